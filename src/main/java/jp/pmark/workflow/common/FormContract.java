package jp.pmark.workflow.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.JapaneseDates;
import jp.pmark.workflow.guard.RuleId;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The contract of a Camunda Form, declared once: the fields it submits (the components of
 * a record, typed) and the fields it only shows (view variables the product writes on the
 * task). {@code FormContractsTest} holds every {@code forms/*.form} file to its contract.
 * <p>
 * A submission is bound to the record here, and only here: a key the contract does not
 * accept, or a value of the wrong kind, is refused naming the field (GEN-2), before any
 * rule runs and before anything is saved.
 * <p>
 * Longer than 300 lines on purpose: the binding of every kind of form-js value (text,
 * number, date, checkbox, checklist, select, the engine's typed values) to record
 * components lives in one place, so that every form refuses a wrong value the same way.
 *
 * @param <I> the record of submitted values
 *
 */
public final class FormContract<I extends Record> {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Class<I> inputType;

	private final Map<String, FormField> fields;

	private final Set<String> views;

	private final Set<String> prefills;

	private FormContract(Class<I> inputType, Set<String> views, Set<String> prefills) {
		this.inputType = inputType;
		Map<String, FormField> fields = new LinkedHashMap<>();
		for (RecordComponent component : inputType.getRecordComponents()) {
			fields.put(component.getName(), FormField.of(component));
		}
		this.fields = fields;
		this.views = Set.copyOf(views);
		this.prefills = Set.copyOf(prefills);
		for (String view : views) {
			if (fields.containsKey(view)) {
				throw new IllegalStateException(view + " is both shown and submitted by " + inputType.getName());
			}
		}
		for (String prefill : prefills) {
			if (!fields.containsKey(prefill)) {
				throw new IllegalStateException(prefill + " is prefilled but not submitted by " + inputType.getName());
			}
		}
	}

	/** A form that submits the record's components and shows nothing else. */
	public static <I extends Record> FormContract<I> of(Class<I> inputType) {
		return new FormContract<>(inputType, Set.of(), Set.of());
	}

	/** The same contract, also showing these read-only view fields. */
	public FormContract<I> views(String... names) {
		Set<String> all = new LinkedHashSet<>(this.views);
		all.addAll(Arrays.asList(names));
		return new FormContract<>(this.inputType, all, this.prefills);
	}

	/**
	 * The same contract, with these input fields prefilled when the task is created (the
	 * person may change them).
	 */
	public FormContract<I> prefills(String... names) {
		Set<String> all = new LinkedHashSet<>(this.prefills);
		all.addAll(Arrays.asList(names));
		return new FormContract<>(this.inputType, this.views, all);
	}

	public Class<I> inputType() {
		return this.inputType;
	}

	/** The input fields, in the record's order. */
	public List<FormField> fields() {
		return List.copyOf(this.fields.values());
	}

	public FormField field(String key) {
		return this.fields.get(key);
	}

	/** The read-only fields the form shows (and the option lists it offers). */
	public Set<String> views() {
		return this.views;
	}

	public Set<String> prefills() {
		return this.prefills;
	}

	/**
	 * Binds a submission; each key the contract does not accept and each value of the
	 * wrong kind is refused in {@code rules}, and then null is returned.
	 */
	public I bind(Map<String, ?> given, Rules rules) {
		int before = rules.violations().size();
		Map<String, ?> submitted = plain(given, rules);
		for (String key : submitted.keySet()) {
			if (!this.fields.containsKey(key)) {
				rules.refuse(key, RuleId.GEN_2, "not-input-field-form", key);
			}
		}
		Object[] arguments = new Object[this.fields.size()];
		int index = 0;
		for (FormField field : this.fields.values()) {
			arguments[index++] = value(field, submitted.get(field.key()), rules);
		}
		if (rules.violations().size() > before) {
			return null;
		}
		return construct(arguments);
	}

	/**
	 * The submitted values as plain values: an object, a file or any value the engine
	 * would have to deserialize is refused (a form sends only text, numbers, dates and
	 * true/false), and never deserialized.
	 */
	private static Map<String, ?> plain(Map<String, ?> given, Rules rules) {
		if (!(given instanceof org.camunda.bpm.engine.variable.VariableMap variables)) {
			return given;
		}
		Map<String, Object> plain = new java.util.LinkedHashMap<>();
		for (String key : variables.keySet()) {
			org.camunda.bpm.engine.variable.value.TypedValue typed = variables.getValueTyped(key);
			// checklists arrive as JSON (form-js sends a list so)
			boolean primitive = typed == null || typed.getType() == null || typed.getType().isPrimitiveValueType()
					|| "json".equals(typed.getType().getName());
			if (primitive) {
				plain.put(key, readable(key, typed, rules));
			}
			else {
				rules.refuse(key, RuleId.GEN_2, "must-sent-text-number-date", key);
				plain.put(key, null);
			}
		}
		return plain;
	}

	/**
	 * A value the engine reads only when asked: a JSON variable that is not JSON fails
	 * here, and is refused naming its field rather than failing the whole submission.
	 */
	private static Object readable(String key, org.camunda.bpm.engine.variable.value.TypedValue typed, Rules rules) {
		if (typed == null) {
			return null;
		}
		try {
			return typed.getValue();
		}
		catch (RuntimeException ex) {
			rules.refuse(key, RuleId.GEN_2, "cannot-read-send-well-formed", key);
			return null;
		}
	}

	/** A submission with every field empty. */
	public I empty() {
		return bind(Map.of(), new Rules());
	}

	private I construct(Object[] arguments) {
		try {
			Class<?>[] types = Arrays.stream(this.inputType.getRecordComponents())
				.map(RecordComponent::getType)
				.toArray(Class<?>[]::new);
			Constructor<I> constructor = this.inputType.getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return constructor.newInstance(arguments);
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot create " + this.inputType.getName(), ex);
		}
	}

	private static Object value(FormField field, Object raw, Rules rules) {
		Object value = (raw instanceof SpinJsonNode node) ? node.toString() : raw;
		return switch (field.kind()) {
			case TEXT -> text(field, value, rules);
			case BOOLEAN -> bool(field, value, rules);
			case NUMBER -> number(field, value, rules);
			case DATE -> date(field, value, rules);
			case CHOICE -> choice(field, value, rules);
			case CHOICES -> choices(field, value, rules);
		};
	}

	private static String text(FormField field, Object value, Rules rules) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof String text)) {
			rules.refuse(field.key(), RuleId.GEN_2, "must-text", field.key());
			return null;
		}
		java.util.Optional<jp.pmark.workflow.guard.RuleViolation> control = StoredTexts.controlCharacter(field.key(),
				text);
		if (control.isPresent()) {
			rules.add(control);
			return null;
		}
		String trimmed = text.strip();
		if (IndividualNumbers.containsIndividualNumber(trimmed)) {
			// CHG-5: no field of any form may carry an individual number
			rules.add(IndividualNumbers.check(field.key(), trimmed));
			return null;
		}
		return trimmed.isEmpty() ? null : trimmed;
	}

	private static Object bool(FormField field, Object value, Rules rules) {
		if (value instanceof Boolean bool) {
			return bool;
		}
		if (value != null && !(value instanceof String text && text.isEmpty())) {
			rules.refuse(field.key(), RuleId.GEN_2, "must-true-false", field.key());
		}
		return (field.type() == boolean.class) ? Boolean.FALSE : null;
	}

	private static Object number(FormField field, Object value, Rules rules) {
		if (value == null || (value instanceof String text && text.isEmpty())) {
			return null;
		}
		BigDecimal number;
		if (value instanceof Number given) {
			number = new BigDecimal(given.toString());
		}
		else {
			rules.refuse(field.key(), RuleId.GEN_2, "must-number", field.key());
			return null;
		}
		try {
			long whole = number.longValueExact();
			if (field.type() == Integer.class) {
				return Math.toIntExact(whole);
			}
			return whole;
		}
		catch (ArithmeticException ex) {
			rules.refuse(field.key(), RuleId.GEN_2, "must-whole-number-within-range", field.key());
			return null;
		}
	}

	private static LocalDate date(FormField field, Object value, Rules rules) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			return null;
		}
		// GEN-2: read as a Japanese office worker types it, or refused; never guessed
		java.util.Optional<LocalDate> date = (value instanceof String text) ? JapaneseDates.parse(text)
				: java.util.Optional.empty();
		if (date.isEmpty()) {
			rules.refuse(field.key(), RuleId.GEN_2, "date-unreadable", field.key(), value);
			return null;
		}
		return date.get();
	}

	private static Object choice(FormField field, Object value, Rules rules) {
		if (value == null || (value instanceof String text && text.isEmpty())) {
			return null;
		}
		if (value instanceof String text) {
			for (Enum<?> constant : field.choices().getEnumConstants()) {
				if (constant.name().equals(text)) {
					return constant;
				}
			}
		}
		rules.refuse(field.key(), RuleId.GEN_2, "not-one-choices", field.key(), value);
		return null;
	}

	private static List<Object> choices(FormField field, Object value, Rules rules) {
		if (value == null) {
			return List.of();
		}
		List<Object> items = new ArrayList<>();
		Collection<?> given = null;
		if (value instanceof Collection<?> collection) {
			given = collection;
		}
		else if (value instanceof String text && text.strip().startsWith("[")) {
			try {
				JsonNode array = JSON.readTree(text);
				List<Object> parsed = new ArrayList<>();
				array.forEach((node) -> parsed.add(node.isTextual() ? node.asText() : node));
				given = parsed;
			}
			catch (Exception ex) {
				given = null;
			}
		}
		if (given == null) {
			rules.refuse(field.key(), RuleId.GEN_2, "must-list-choices", field.key());
			return List.of();
		}
		for (Object item : given) {
			if (!(item instanceof String text) || text.isBlank()) {
				rules.refuse(field.key(), RuleId.GEN_2, "holds-value-not-choice", field.key());
				return List.of();
			}
			if (field.choices() == null) {
				items.add(text);
				continue;
			}
			Object constant = choice(field, text, rules);
			if (constant == null) {
				return List.of();
			}
			items.add(constant);
		}
		return List.copyOf(items);
	}

}
