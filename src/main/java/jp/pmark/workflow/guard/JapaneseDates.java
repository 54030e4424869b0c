package jp.pmark.workflow.guard;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a Japanese office worker types them, read exactly or refused, never guessed
 * (GEN-2): {@code 2026/11/20}, {@code 2026-11-20}, {@code 2026.11.20}, {@code 20261120},
 * {@code 2026年11月20日}, {@code 令和8年11月20日} (also 元年, the other modern eras and their
 * initials {@code R8.11.20}), in full-width or half-width characters, with or without a
 * day of the week in brackets. Anything else, a day that does not exist, an era year that
 * the era does not have, or a month/day/year order is refused; a date is never read from
 * the browser's language.
 */
public final class JapaneseDates {

	/** How the product shows a date to people. */
	public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu年M月d日");

	private static final Pattern WESTERN = Pattern
		.compile("(\\d{4})(?:[-/.](\\d{1,2})[-/.](\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日|(\\d{2})(\\d{2}))");

	private static final Pattern ERA = Pattern
		.compile("(令和|平成|昭和|大正|明治|[RHSTM])(\\d{1,2}|元)(?:[-/.](\\d{1,2})[-/.](\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)");

	private static final Map<String, JapaneseEra> ERAS = Map.of("令和", JapaneseEra.REIWA, "R", JapaneseEra.REIWA, "平成",
			JapaneseEra.HEISEI, "H", JapaneseEra.HEISEI, "昭和", JapaneseEra.SHOWA, "S", JapaneseEra.SHOWA, "大正",
			JapaneseEra.TAISHO, "T", JapaneseEra.TAISHO, "明治", JapaneseEra.MEIJI, "M", JapaneseEra.MEIJI);

	private JapaneseDates() {
	}

	/** The date the text spells, or empty when it spells none. */
	public static Optional<LocalDate> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
			.replaceAll("[\\s\\u3000]", "")
			.replaceAll("[\\u2010-\\u2015\\u2212\\u30FC\\uFF70]", "-")
			.replaceAll("\\((?:[日月火水木金土]|[日月火水木金土]曜日?)\\)$", "")
			.toUpperCase(java.util.Locale.ROOT);
		try {
			Matcher western = WESTERN.matcher(plain);
			if (western.matches()) {
				int year = Integer.parseInt(western.group(1));
				String month = first(western.group(2), western.group(4), western.group(6));
				String day = first(western.group(3), western.group(5), western.group(7));
				return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
			}
			Matcher era = ERA.matcher(plain);
			if (era.matches()) {
				int year = "元".equals(era.group(2)) ? 1 : Integer.parseInt(era.group(2));
				String month = first(era.group(3), era.group(5));
				String day = first(era.group(4), era.group(6));
				return Optional.of(LocalDate.from(
						JapaneseDate.of(ERAS.get(era.group(1)), year, Integer.parseInt(month), Integer.parseInt(day))));
			}
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** The date as the product shows it: {@code 2026年11月20日}. */
	public static String show(LocalDate date) {
		return (date != null) ? SHOWN.format(date) : "";
	}

	/**
	 * The date as a Japanese letter gives it, in the era: {@code 令和8年11月20日} ({@code 元年}
	 * for the first year).
	 */
	public static String inEra(LocalDate date) {
		JapaneseDate japanese = JapaneseDate.from(date);
		int year = japanese.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
		String era = japanese.getEra().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPAN);
		return era + ((year == 1) ? "元" : String.valueOf(year)) + "年" + date.getMonthValue() + "月"
				+ date.getDayOfMonth() + "日";
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		throw new IllegalStateException("no group matched");
	}

}
