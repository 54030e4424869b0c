package jp.pmark.workflow.common;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;

/**
 * One input field of a Camunda Form: its key and the kind of value form-js submits for it
 * (through Tasklist's {@code submit-form}).
 *
 * @param key the field's key in the {@code .form} file, the record component's name
 * @param kind what form-js sends
 * @param type the Java type the value is bound to
 * @param choices the enum whose constant names are the allowed values (a select, radio or
 * checklist of codes), or null
 */
public record FormField(String key, Kind kind, Class<?> type, Class<? extends Enum<?>> choices) {

	/** What form-js sends for a field, and which form components may carry it. */
	public enum Kind {

		/** a text field or text area: a string, {@code ""} when empty. */
		TEXT,
		/** a checkbox: a boolean. */
		BOOLEAN,
		/** a number field: a number, null when empty. */
		NUMBER,
		/** a date field: {@code yyyy-MM-dd}, null when empty. */
		DATE,
		/** a radio or select: one of its option values, null when none. */
		CHOICE,
		/** a checklist or tag list: an array of its option values. */
		CHOICES

	}

	/** The field a record component stands for. */
	static FormField of(RecordComponent component) {
		Class<?> type = component.getType();
		String key = component.getName();
		if (type == String.class) {
			return new FormField(key, Kind.TEXT, type, null);
		}
		if (type == boolean.class || type == Boolean.class) {
			return new FormField(key, Kind.BOOLEAN, type, null);
		}
		if (type == Integer.class || type == Long.class) {
			return new FormField(key, Kind.NUMBER, type, null);
		}
		if (type == LocalDate.class) {
			return new FormField(key, Kind.DATE, type, null);
		}
		if (type.isEnum()) {
			return new FormField(key, Kind.CHOICE, type, enumType(type));
		}
		if (type == List.class) {
			Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
			if (element == String.class) {
				return new FormField(key, Kind.CHOICES, type, null);
			}
			if (element instanceof Class<?> elementClass && elementClass.isEnum()) {
				return new FormField(key, Kind.CHOICES, type, enumType(elementClass));
			}
		}
		throw new IllegalStateException("form field " + key + " of " + component.getDeclaringRecord().getSimpleName()
				+ " has a type no form component submits: " + component.getGenericType());
	}

	@SuppressWarnings("unchecked")
	private static Class<? extends Enum<?>> enumType(Class<?> type) {
		return (Class<? extends Enum<?>>) type;
	}

	/** The allowed values of a choice, or an empty list when any text is allowed. */
	public List<String> allowedValues() {
		if (this.choices == null) {
			return List.of();
		}
		return java.util.Arrays.stream(this.choices.getEnumConstants()).map(Enum::name).toList();
	}

}
