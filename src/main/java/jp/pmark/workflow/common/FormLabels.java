package jp.pmark.workflow.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.guard.Messages;
import jp.pmark.workflow.guard.RuleViolation;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Japanese labels of the forms' fields, so that a refusal in Tasklist names a field
 * as the person sees it (「登記事項証明書の発行日」), not by its key (issue 14: refusals read as
 * Japanese sentences only). A key that forms label differently gets its shortest label
 * without the part in brackets (登録番号).
 */
final class FormLabels {

	private static final Map<String, String> LABELS = load();

	private FormLabels() {
	}

	/** The violations with each field's key in their message replaced by its label. */
	static List<RuleViolation> named(List<RuleViolation> violations) {
		return violations.stream().map(FormLabels::named).toList();
	}

	static RuleViolation named(RuleViolation violation) {
		String label = (violation.field() != null) ? LABELS.get(violation.field()) : null;
		if (label == null || notOfTheForm(violation)) {
			return violation;
		}
		return new RuleViolation(violation.field(), violation.ruleId(),
				violation.messageJa().replace("「" + violation.field() + "」", "「" + label + "」"), violation.messageEn());
	}

	/**
	 * A key the form does not have (sent by a tool, never by Tasklist) is named as sent:
	 * its label is another form's.
	 */
	private static boolean notOfTheForm(RuleViolation violation) {
		return violation.messageJa()
			.equals(Messages.bundled().japanese("GEN-2.not-input-field-form", violation.field()));
	}

	/** The label of a field, when a form has one. */
	static String of(String key) {
		return LABELS.get(key);
	}

	private static Map<String, String> load() {
		ObjectMapper json = new ObjectMapper();
		Map<String, Set<String>> labels = new HashMap<>();
		try {
			for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
				try (InputStream in = form.getInputStream()) {
					collect(json.readTree(in).path("components"), labels);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> chosen = new HashMap<>();
		labels.forEach(
				(key, given) -> chosen.put(key,
						(given.size() == 1) ? given.iterator().next() : given.stream()
							.map((label) -> label.replaceAll("（[^）]*）", "").strip())
							.min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
							.orElseThrow()));
		return Map.copyOf(chosen);
	}

	private static void collect(JsonNode components, Map<String, Set<String>> labels) {
		for (JsonNode component : components) {
			String key = component.path("key").asText("");
			String label = component.path("label").asText("");
			if (!key.isEmpty() && !label.isEmpty() && !component.path("disabled").asBoolean(false)) {
				labels.computeIfAbsent(key, (k) -> new TreeSet<>()).add(label);
			}
			collect(component.path("components"), labels);
		}
	}

}
