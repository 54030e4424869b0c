package jp.pmark.workflow.common;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A form's values as form-js submits them through Tasklist: texts ({@code ""} when
 * empty), booleans, numbers, dates as {@code yyyy-MM-dd}, choices as their codes and
 * checklists as arrays. Made from the form's input record, so whoever fills a form in
 * code (the demo, the tests) fills exactly the fields of its contract.
 */
public final class FormValues {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Class<? extends Record> inputType;

	private final Map<String, Object> values;

	private FormValues(Class<? extends Record> inputType, Map<String, Object> values) {
		this.inputType = inputType;
		this.values = values;
	}

	/** The values of a filled form. */
	public static FormValues of(Record input) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (RecordComponent component : input.getClass().getRecordComponents()) {
			try {
				values.put(component.getName(), wire(component.getType(), component.getAccessor().invoke(input)));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return new FormValues(input.getClass(), values);
	}

	/**
	 * The same values with one field answered differently; the field must be one of the
	 * form's.
	 */
	public FormValues with(String key, Object value) {
		RecordComponent component = component(key);
		Map<String, Object> changed = new LinkedHashMap<>(this.values);
		changed.put(key, wire(component.getType(), value));
		return new FormValues(this.inputType, changed);
	}

	/** The same values with several fields answered differently. */
	public FormValues with(Map<String, ?> answers) {
		FormValues result = this;
		for (Map.Entry<String, ?> answer : answers.entrySet()) {
			result = result.with(answer.getKey(), answer.getValue());
		}
		return result;
	}

	public Map<String, Object> asMap() {
		return java.util.Collections.unmodifiableMap(this.values);
	}

	public Object get(String key) {
		return this.values.get(key);
	}

	/**
	 * As the engine's REST API hands them to the engine: arrays as JSON variables, the
	 * rest untyped.
	 */
	public VariableMap toVariables() {
		VariableMap variables = Variables.createVariables();
		this.values.forEach((key, value) -> {
			if (value instanceof List<?> list) {
				variables.putValueTyped(key, SpinValues.jsonValue(json(list)).create());
			}
			else {
				variables.put(key, value);
			}
		});
		return variables;
	}

	/** The body of a {@code submit-form} call, as Tasklist sends it. */
	public String toSubmitFormJson() {
		Map<String, Object> variables = new LinkedHashMap<>();
		this.values.forEach((key, value) -> {
			Map<String, Object> variable = new LinkedHashMap<>();
			if (value instanceof List<?> list) {
				variable.put("type", "Json");
				variable.put("value", json(list));
			}
			else {
				variable.put("value", value);
			}
			variables.put(key, variable);
		});
		return json(Map.of("variables", variables));
	}

	private RecordComponent component(String key) {
		for (RecordComponent component : this.inputType.getRecordComponents()) {
			if (component.getName().equals(key)) {
				return component;
			}
		}
		throw new IllegalArgumentException(key + " is not a field of " + this.inputType.getName());
	}

	private static Object wire(Class<?> type, Object value) {
		if (value == null) {
			return (type == String.class) ? "" : (type == boolean.class) ? Boolean.FALSE : null;
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream()
				.map((item) -> (item instanceof Enum<?> e) ? e.name() : String.valueOf(item))
				.toList();
		}
		return value;
	}

	private static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
