package jp.pmark.workflow.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The bundles of refusal messages against the code that uses them. */
class MessagesTest {

	/** Where the code names a message: {@code RuleId.FEE_7, "choose-main-industry"}. */
	private static final Pattern USE = Pattern.compile("RuleId\\.([A-Z]+_\\d+)\\s*,\\s*\"([a-z0-9]+(?:-[a-z0-9]+)*)\"");

	/**
	 * The messages whose rule the code picks at run time, not by a {@code RuleId.X}
	 * beside the key: the rules it can pick, for each key.
	 */
	private static final Map<String, List<RuleId>> PICKED_AT_RUN_TIME = Map.of(
			// intake.DocumentList.Entry#rule: INT-7 for its documents, else INT-3 or
			// REN-4
			"mandatory-document-missing", List.of(RuleId.INT_3, RuleId.INT_7, RuleId.REN_4),
			"mandatory-document-missing-choose", List.of(RuleId.INT_3, RuleId.INT_7, RuleId.REN_4),
			// incident.IncidentsApi#code and #date
			"not-a-code", List.of(RuleId.INC_1, RuleId.INC_2, RuleId.INC_7), "date-format", List.of(RuleId.INC_2));

	private static final Pattern KEY = Pattern.compile("([A-Z]{2,5}-\\d+)\\.([a-z0-9]+(?:-[a-z0-9]+)*)");

	static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	/**
	 * The message keys the code uses: a {@code RuleId.X} with its key, and those above.
	 */
	static Set<String> keysUsed() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file, StandardCharsets.UTF_8);
				Matcher use = USE.matcher(source);
				while (use.find()) {
					used.add(RuleId.valueOf(use.group(1)).messageKey(use.group(2)));
				}
				PICKED_AT_RUN_TIME.forEach((key, rules) -> {
					if (source.contains("\"" + key + "\"")) {
						rules.forEach((rule) -> used.add(rule.messageKey(key)));
					}
				});
			}
		}
		return used;
	}

	@Test
	@DisplayName("GEN-2: messages_ja.properties and messages.properties hold the same keys, each a rule id of the spec and a key")
	void sameKeys() throws IOException {
		Properties japanese = bundle("messages_ja.properties");
		Properties english = bundle("messages.properties");
		assertThat(japanese.stringPropertyNames()).hasSizeGreaterThan(200)
			.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		for (String key : japanese.stringPropertyNames()) {
			Matcher parts = KEY.matcher(key);
			assertThat(parts.matches()).as("%s is <RULE-ID>.<key>", key).isTrue();
			assertThatNoException().as(key).isThrownBy(() -> RuleId.of(parts.group(1)));
		}
	}

	@Test
	@DisplayName("GEN-2: every message the code names is in both bundles, and every message of the bundles is named by the code")
	void everyKeyUsedExists() throws IOException {
		Set<String> used = keysUsed();
		Set<String> japanese = bundle("messages_ja.properties").stringPropertyNames();
		Set<String> english = bundle("messages.properties").stringPropertyNames();
		assertThat(used).hasSizeGreaterThan(200);
		assertThat(used).as("keys missing from messages_ja.properties").isSubsetOf(japanese);
		assertThat(used).as("keys missing from messages.properties").isSubsetOf(english);
		Set<String> unused = new HashSet<>(japanese);
		unused.removeAll(used);
		assertThat(unused).as("messages no code names").isEmpty();
	}

	@Test
	@DisplayName("GEN-2: every message is a MessageFormat pattern whose single quotes are doubled ('' for ')")
	void patterns() throws IOException {
		for (String name : List.of("messages_ja.properties", "messages.properties")) {
			Properties bundle = bundle(name);
			for (String key : bundle.stringPropertyNames()) {
				String message = bundle.getProperty(key);
				assertThatNoException().as("%s in %s", key, name).isThrownBy(() -> new MessageFormat(message));
				assertThat(message.replace("''", "")).as("%s in %s", key, name).doesNotContain("'");
			}
		}
	}

	@Test
	@DisplayName("GEN-2: a refusal reads its Japanese and English message by rule id; quotes, 「」 and numbers come out as written")
	void resolves() {
		Messages messages = Messages.bundled();
		assertThat(RuleViolation.of("industry", RuleId.FEE_7, "choose-main-industry"))
			.isEqualTo(new RuleViolation("industry", "FEE-7", "主たる業種を選んでください。", "Choose the main industry."));
		assertThat(messages.japanese("GEN-2.most-characters", 1000, 12345))
			.isEqualTo("1000文字以内で入力してください（12345文字あります）。");
		assertThat(messages.english("GEN-2.not-one-choices", "kind", "X"))
			.isEqualTo("kind: 'X' is not one of the choices.");
		assertThat(messages.japanese("GEN-2.not-one-choices", "kind", "X")).isEqualTo("「kind」の「X」は選択肢にありません。");
		assertThat(messages.english("AUD-6.assistant-auditors-may-join-only"))
			.isEqualTo("Assistant auditors may join only with the applicant's consent.");
		assertThat(messages.japanese("GEN-2.enter-field", (Object) null)).isEqualTo("nullを入力してください。");
	}

}
