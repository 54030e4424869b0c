package jp.pmark.workflow.webapps;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist, Cockpit, Admin and the welcome page speak Japanese (SPEC §1: staff are
 * Japanese, issue 14): our {@code locales/ja.json} has an entry for every key of the
 * English file Camunda bundles, keeps its placeholders, and the app's configuration
 * offers it. A Camunda update that adds a key fails here until it is translated.
 */
class WebappTranslationsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");

	private static final Pattern JAPANESE = Pattern.compile("[\\u3040-\\u30ff\\u4e00-\\u9fff]");

	@ParameterizedTest(name = "SPEC §1 {0}: every key of Camunda's English file has a Japanese entry")
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void everyKeyTranslated(String app) throws IOException {
		JsonNode english = bundled(app, "en.json", "camunda-webapp-webjar");
		JsonNode japanese = bundled(app, "ja.json", "classes");
		Map<String, String> problems = new TreeMap<>();
		int translated = 0;
		for (Iterator<Map.Entry<String, JsonNode>> it = english.get("labels").fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> entry = it.next();
			String key = entry.getKey();
			String en = entry.getValue().asText();
			JsonNode ja = japanese.get("labels").get(key);
			if (ja == null || !ja.isTextual()) {
				problems.put(key, "no Japanese entry");
			}
			else if (!"s".equals(en) && !en.isBlank() && ja.asText().isBlank()) {
				// "s" is an English plural ending, which Japanese has not
				problems.put(key, "empty");
			}
			else if (!placeholders(en).equals(placeholders(ja.asText()))) {
				problems.put(key, "placeholders " + placeholders(en) + " became " + placeholders(ja.asText()));
			}
			else if (JAPANESE.matcher(ja.asText()).find()) {
				translated++;
			}
		}
		assertThat(problems).as("keys of %s's en.json", app).isEmpty();
		assertThat(translated).as("entries of %s in Japanese", app)
			.isGreaterThan(english.get("labels").size() * 9 / 10);
		if (english.has("dateLocales")) {
			assertThat(japanese.get("dateLocales").get("longDateFormat").get("LL").asText()).isEqualTo("YYYY年M月D日");
			assertThat(japanese.get("dateLocales").get("months").get(10).asText()).isEqualTo("11月");
		}
	}

	@ParameterizedTest(name = "SPEC §1 {0}: Japanese first, English for English browsers, no Camunda 8 banner")
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void configurationOffersJapanese(String app) throws IOException {
		String config = text(ours(app, "scripts/config.js"));
		assertThat(config.replaceAll("\\s+", "")).contains("availableLocales:['ja','en']")
			.contains("fallbackLocale:'ja'");
		assertThat(text(ours(app, "styles/user-styles.css")))
			.containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
	}

	private static List<String> placeholders(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group().replaceAll("\\s+", ""));
		}
		Collections.sort(found);
		return found;
	}

	private static JsonNode bundled(String app, String file, String from) throws IOException {
		String name = "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + file;
		for (URL url : Collections.list(WebappTranslationsTest.class.getClassLoader().getResources(name))) {
			if (url.toString().contains(from)) {
				return JSON.readTree(text(url).replace("\uFEFF", ""));
			}
		}
		throw new AssertionError(name + " not found in " + from);
	}

	private static URL ours(String app, String file) {
		URL url = WebappTranslationsTest.class.getClassLoader()
			.getResource("META-INF/resources/webjars/camunda/app/" + app + "/" + file);
		assertThat(url).as(app + "/" + file).isNotNull();
		assertThat(url.toString()).as("served from the product, not the webjar").doesNotContain("webjar-7");
		return url;
	}

	private static String text(URL url) throws IOException {
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
