package jp.pmark.workflow.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assumptions.assumeThat;

/** RuleId and the spec: one entry per rule, each with the section that defines it. */
class RuleIdTest {

	/** The product spec, kept in the repository (the build may run without ../shared). */
	static final Path SPEC = Path.of("docs/SPEC.md");

	/** The shared spec it is copied from, where this repository sits beside it. */
	static final Path SHARED_SPEC = Path.of("../shared/SPEC.md");

	/**
	 * A section: {@code ## 4. Fees and invoices (FEE)}; subsections (###) stay in theirs.
	 */
	private static final Pattern SECTION = Pattern.compile("^## (\\d+)\\. ");

	/**
	 * A rule is defined by a list item that starts with its id:
	 * {@code - FEE-7 The size …}.
	 */
	private static final Pattern RULE = Pattern.compile("^- ([A-Z]{2,5}-\\d+) ");

	/**
	 * The rule ids the spec defines, in its order, each with its section ({@code §4}).
	 */
	static Map<String, String> rulesOf(Path spec) throws IOException {
		Map<String, String> rules = new LinkedHashMap<>();
		String section = null;
		for (String line : Files.readAllLines(spec, StandardCharsets.UTF_8)) {
			Matcher heading = SECTION.matcher(line);
			if (heading.find()) {
				section = "§" + heading.group(1);
			}
			Matcher rule = RULE.matcher(line);
			if (rule.find()) {
				assertThat(rules.put(rule.group(1), section)).as("%s is defined once", rule.group(1)).isNull();
			}
		}
		return rules;
	}

	@Test
	@DisplayName("RuleId: every rule of docs/SPEC.md has an entry, and every entry is a rule of the spec")
	void oneEntryPerRuleOfTheSpec() throws IOException {
		Map<String, String> spec = rulesOf(SPEC);
		assertThat(spec).as("rule ids in %s", SPEC).hasSizeGreaterThan(80);
		Map<String, RuleId> entries = Arrays.stream(RuleId.values())
			.collect(Collectors.toMap(RuleId::id, Function.identity()));
		assertThat(spec.keySet()).as("rules of the spec without a RuleId entry").isSubsetOf(entries.keySet());
		assertThat(entries.keySet()).as("RuleId entries that are no rule of the spec").isSubsetOf(spec.keySet());
	}

	@Test
	@DisplayName("RuleId: each entry is named after its id (FEE_7 for FEE-7) and carries the spec section that defines it")
	void namesAndSections() throws IOException {
		Map<String, String> spec = rulesOf(SPEC);
		for (RuleId rule : RuleId.values()) {
			assertThat(rule.name()).isEqualTo(rule.id().replace('-', '_'));
			assertThat(rule.section()).as("section of %s", rule.id()).isEqualTo(spec.get(rule.id()));
			assertThat(RuleId.of(rule.id())).isSameAs(rule);
			assertThat(rule).hasToString(rule.id());
		}
		assertThatIllegalArgumentException().isThrownBy(() -> RuleId.of("FEE-99"));
	}

	@Test
	@DisplayName("RuleId: docs/SPEC.md defines the same rules, in the same sections, as the shared spec it is copied from")
	void copyOfTheSharedSpec() throws IOException {
		assumeThat(Files.exists(SHARED_SPEC)).as("%s beside the repository", SHARED_SPEC).isTrue();
		assertThat(rulesOf(SPEC)).as("rules of %s against %s", SPEC, SHARED_SPEC).isEqualTo(rulesOf(SHARED_SPEC));
	}

}
