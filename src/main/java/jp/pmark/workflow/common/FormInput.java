package jp.pmark.workflow.common;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The values of a submitted form (or a started process), read the way Tasklist sends
 * them: texts, booleans, numbers, dates as {@code yyyy-MM-dd} text, and checklists as
 * JSON arrays.
 */
public final class FormInput {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private final Map<String, Object> values;

	private final String businessKey;

	public FormInput(Map<String, Object> values, String businessKey) {
		this.values = values;
		this.businessKey = businessKey;
	}

	/** The application number: the process instance's business key. */
	public String businessKey() {
		return this.businessKey;
	}

	public boolean has(String key) {
		Object value = this.values.get(key);
		return value != null && !(value instanceof String text && text.isBlank());
	}

	public Object raw(String key) {
		return this.values.get(key);
	}

	/** Trimmed text, or null when empty. */
	public String text(String key) {
		Object value = this.values.get(key);
		if (value == null) {
			return null;
		}
		String text = value.toString().trim();
		return text.isEmpty() ? null : text;
	}

	public boolean bool(String key) {
		Object value = this.values.get(key);
		if (value instanceof Boolean bool) {
			return bool;
		}
		return value != null && Boolean.parseBoolean(value.toString().trim());
	}

	/** A whole number (yen, people), or null when empty or not a number. */
	public Long number(String key) {
		Object value = this.values.get(key);
		if (value instanceof Number number) {
			return number.longValue();
		}
		String text = text(key);
		if (text == null) {
			return null;
		}
		try {
			return Long.parseLong(text.replace(",", "").replace("，", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A date, from {@code yyyy-MM-dd} text or a date value, or null. */
	public LocalDate date(String key) {
		Object value = this.values.get(key);
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof Date date) {
			return date.toInstant().atZone(TOKYO).toLocalDate();
		}
		String text = text(key);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The values of a checklist or tag list: a JSON array, a collection, or
	 * comma-separated text.
	 */
	public List<String> list(String key) {
		Object value = this.values.get(key);
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).toList();
		}
		if (value instanceof SpinJsonNode node) {
			return parseJsonArray(node.toString());
		}
		String text = value.toString().trim();
		if (text.startsWith("[")) {
			return parseJsonArray(text);
		}
		List<String> items = new ArrayList<>();
		for (String item : text.split(",")) {
			if (!item.isBlank()) {
				items.add(item.trim());
			}
		}
		return items;
	}

	/** The lines of a text area, each trimmed, empty lines left out. */
	public List<String> lines(String key) {
		String text = text(key);
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::trim).filter((line) -> !line.isEmpty()).toList();
	}

	private static List<String> parseJsonArray(String json) {
		try {
			return JSON.readValue(json, new TypeReference<List<Object>>() {
			}).stream().map(String::valueOf).toList();
		}
		catch (Exception ex) {
			return List.of();
		}
	}

}
