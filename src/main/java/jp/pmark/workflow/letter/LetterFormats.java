package jp.pmark.workflow.letter;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.pmark.workflow.guard.JapaneseDates;

/**
 * What the letters' templates call to show values ({@code ${fmt.text(value)}},
 * {@code ${fmt.bothYears(date)}}; layout.html lists them).
 */
public final class LetterFormats {

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	/** A value as text: dates {@code 2026-11-23} as 2026年11月23日. */
	public String text(Object value) {
		if (value == null) {
			return "―";
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "：" + text(entry.getValue()))
				.collect(Collectors.joining("、"));
		}
		if (value instanceof List<?> list) {
			return list.stream().map(this::text).collect(Collectors.joining("、"));
		}
		Matcher matcher = ISO_DATE.matcher(String.valueOf(value));
		StringBuilder text = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(text, Integer.parseInt(matcher.group(1)) + "年"
					+ Integer.parseInt(matcher.group(2)) + "月" + Integer.parseInt(matcher.group(3)) + "日");
		}
		matcher.appendTail(text);
		return text.toString();
	}

	/**
	 * A date {@code 2026-11-23} in the era and the Western year, as letters give it.
	 */
	public String bothYears(Object value) {
		if (value == null) {
			return "―";
		}
		try {
			LocalDate date = LocalDate.parse(String.valueOf(value));
			return JapaneseDates.inEra(date) + "（" + JapaneseDates.show(date) + "）";
		}
		catch (java.time.format.DateTimeParseException ex) {
			return text(value);
		}
	}

	/**
	 * The items without those labels, given as one text separated by commas (a template
	 * shows them its own way).
	 */
	public Map<String, Object> without(Map<String, Object> items, String labels) {
		Map<String, Object> rest = new LinkedHashMap<>(items);
		for (String label : labels.split(",")) {
			rest.remove(label.strip());
		}
		return rest;
	}

	public boolean isList(Object value) {
		return value instanceof List<?>;
	}

	public boolean isMap(Object value) {
		return value instanceof Map<?, ?>;
	}

}
