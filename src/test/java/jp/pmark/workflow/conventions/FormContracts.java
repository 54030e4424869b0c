package jp.pmark.workflow.conventions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormField;

/**
 * Holds each Camunda Form file to the contract declared in Java for the task or start
 * event that uses it:
 * <ul>
 * <li>every input field (not disabled) is a field of the contract, of a kind its
 * component submits, and every contract field has an input in the form;</li>
 * <li>every read-only field is disabled (form-js submits {@code readonly} fields, never
 * disabled ones) and declared as a view; every declared view is shown or used;</li>
 * <li>a radio, select, checklist or tag list offers options: fixed values (the codes of
 * its enum), or an option list the view provides, never on a start form (Tasklist gives a
 * start form no variables);</li>
 * <li>no view or prefill has the name of a variable the process keeps.</li>
 * </ul>
 */
final class FormContracts {

	/** Where a form is used and by which contract. */
	record Use(String formId, String where, FormContract<?> contract, Set<String> processVariables, boolean startForm) {
	}

	private static final Set<String> KEYED_INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "checklist",
			"radio", "select", "taglist", "datetime");

	private final ObjectMapper json = new ObjectMapper();

	private final Map<String, JsonNode> forms = new LinkedHashMap<>();

	private final List<String> problems = new ArrayList<>();

	FormContracts(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".form")).sorted().toList()) {
				JsonNode form = this.json.readTree(file.toFile());
				this.forms.put(form.path("id").asText(), form);
			}
		}
	}

	Set<String> formIds() {
		return this.forms.keySet();
	}

	/** The problems of every use, and the forms no task or start event uses. */
	List<String> check(List<Use> uses) {
		Set<String> used = new HashSet<>();
		for (Use use : uses) {
			used.add(use.formId());
			JsonNode form = this.forms.get(use.formId());
			if (form == null) {
				this.problems.add(use.where() + " uses form '" + use.formId() + "', which is not in forms/");
				continue;
			}
			check(use, form);
		}
		for (String id : this.forms.keySet()) {
			if (!used.contains(id)) {
				this.problems.add("form " + id + " is used by no task or start event");
			}
		}
		return this.problems;
	}

	private void check(Use use, JsonNode form) {
		String at = "form " + use.formId() + " (" + use.where() + ")";
		FormContract<?> contract = use.contract();
		String text = form.toString();
		Map<String, JsonNode> inputs = new HashMap<>();
		Set<String> shown = new HashSet<>();
		for (JsonNode component : components(form)) {
			String type = component.path("type").asText();
			if (!component.has("key") || !KEYED_INPUTS.contains(type)) {
				continue;
			}
			String key = component.path("key").asText();
			if (component.path("disabled").asBoolean(false)) {
				shown.add(key);
				if (!contract.views().contains(key)) {
					this.problems.add(at + ": read-only field '" + key + "' is not a view of its contract");
				}
				continue;
			}
			if (component.path("readonly").asBoolean(false) || component.path("readonly").isTextual()) {
				this.problems
					.add(at + ": field '" + key + "' is readonly but not disabled, so form-js would submit it");
			}
			inputs.put(key, component);
			FormField field = contract.field(key);
			if (field == null) {
				this.problems.add(at + ": input field '" + key + "' is not in its contract "
						+ contract.inputType().getSimpleName());
				continue;
			}
			checkKind(at, field, component);
			checkOptions(at, use, field, component);
		}
		for (FormField field : contract.fields()) {
			if (!inputs.containsKey(field.key())) {
				this.problems.add(at + ": contract field '" + field.key() + "' has no input in the form");
			}
		}
		for (String view : contract.views()) {
			if (!shown.contains(view) && !text.contains("\"" + view + "\"") && !text.contains(view + " ")
					&& !text.contains("(" + view + ")")) {
				this.problems.add(at + ": view '" + view + "' is shown nowhere in the form");
			}
			if (use.processVariables().contains(view)) {
				this.problems.add(at + ": view '" + view + "' has the name of a process variable");
			}
		}
		for (String prefill : contract.prefills()) {
			if (use.processVariables().contains(prefill)) {
				this.problems.add(at + ": prefill '" + prefill + "' has the name of a process variable");
			}
		}
		if (use.startForm() && !contract.views().isEmpty()) {
			this.problems.add(at + ": a start form gets no variables, so it cannot show views");
		}
	}

	private void checkKind(String at, FormField field, JsonNode component) {
		String type = component.path("type").asText();
		Set<FormField.Kind> allowed = switch (type) {
			case "textfield" -> Set.of(FormField.Kind.TEXT, FormField.Kind.DATE);
			case "textarea" -> Set.of(FormField.Kind.TEXT);
			case "number" -> Set.of(FormField.Kind.NUMBER);
			case "checkbox" -> Set.of(FormField.Kind.BOOLEAN);
			case "checklist", "taglist" -> Set.of(FormField.Kind.CHOICES);
			case "radio", "select" -> Set.of(FormField.Kind.CHOICE, FormField.Kind.TEXT);
			default -> Set.of();
		};
		if ("datetime".equals(type)) {
			// issue 14: form-js's date picker reads a typed date by the browser's
			// language
			// (2026/11/20 becomes 8/6/2027 in English) and empties 令和8年11月20日 silently
			this.problems.add(at + ": field '" + field.key()
					+ "' is a datetime; a date is a textfield, read by the product (JapaneseDates)");
			return;
		}
		if (!allowed.contains(field.kind())) {
			this.problems.add(at + ": field '" + field.key() + "' is a " + type + " but its contract expects "
					+ field.kind() + " (" + field.type().getSimpleName() + ")");
		}
	}

	private void checkOptions(String at, Use use, FormField field, JsonNode component) {
		String type = component.path("type").asText();
		if (!Set.of("radio", "select", "checklist", "taglist").contains(type)) {
			return;
		}
		JsonNode values = component.path("values");
		JsonNode valuesKey = component.path("valuesKey");
		if (values.isArray() && !values.isEmpty()) {
			List<String> allowed = field.allowedValues();
			for (JsonNode option : values) {
				String value = option.path("value").asText();
				if (!allowed.isEmpty() && !allowed.contains(value)) {
					this.problems
						.add(at + ": option '" + value + "' of '" + field.key() + "' is not one of " + allowed);
				}
			}
			return;
		}
		if (!valuesKey.isTextual() || valuesKey.asText().isEmpty()) {
			this.problems.add(at + ": '" + field.key() + "' offers no options (no values and no valuesKey)");
			return;
		}
		if (use.startForm()) {
			this.problems.add(at + ": '" + field.key() + "' takes its options from '" + valuesKey.asText()
					+ "', but a start form gets no variables, so it would offer none");
		}
		else if (!use.contract().views().contains(valuesKey.asText())) {
			this.problems.add(at + ": '" + field.key() + "' takes its options from '" + valuesKey.asText()
					+ "', which is not a view of its contract");
		}
	}

	/** Every component, groups opened. */
	static List<JsonNode> components(JsonNode form) {
		List<JsonNode> all = new ArrayList<>();
		collect(form.path("components"), all);
		return all;
	}

	private static void collect(JsonNode components, List<JsonNode> all) {
		for (JsonNode component : components) {
			all.add(component);
			if (component.has("components")) {
				collect(component.path("components"), all);
			}
		}
	}

	/** The form with this id. */
	JsonNode form(String id) {
		return this.forms.get(id);
	}

}
