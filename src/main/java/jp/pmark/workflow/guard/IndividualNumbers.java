package jp.pmark.workflow.guard;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The individual number (個人番号, マイナンバー) detector, CHG-5. An individual number must never
 * be stored: a field or a text that holds one is refused, with a message that does not
 * repeat the number.
 *
 * <p>
 * After removing format characters (Unicode Cf, e.g. a zero-width space) and NFKC
 * normalisation, digits broken by single spaces or hyphens (as people write
 * {@code 1234-5678-9018}) hold an individual number when some consecutive groups of them
 * make exactly 12 digits with a valid check digit.
 */
public final class IndividualNumbers {

	private IndividualNumbers() {
	}

	/** Checks a field or a free text. */
	public static Optional<RuleViolation> check(String field, String text) {
		return containsIndividualNumber(text) ? Optional.of(Guard.INDIVIDUAL_NUMBER.violation(field))
				: Optional.empty();
	}

	/**
	 * True when the text holds a 12-digit number with a valid individual-number check
	 * digit.
	 */
	public static boolean containsIndividualNumber(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		String nfkc = Normalizer.normalize(withoutFormatCharacters(text), Normalizer.Form.NFKC);
		List<String> groups = new ArrayList<>();
		StringBuilder group = new StringBuilder();
		boolean separated = false;
		for (int i = 0; i < nfkc.length(); i++) {
			char c = nfkc.charAt(i);
			if (c >= '0' && c <= '9') {
				group.append(c);
				separated = false;
			}
			else if (group.length() > 0 && Digits.isSeparator(c) && !separated) {
				// one separator may break a run: 1234-5678-9018, 1234 5678 9018
				groups.add(group.toString());
				group.setLength(0);
				separated = true;
			}
			else {
				if (containsIn(groups, group)) {
					return true;
				}
				groups.clear();
				group.setLength(0);
				separated = false;
			}
		}
		return containsIn(groups, group);
	}

	/**
	 * Whether some consecutive digit groups of one run make an individual number: the
	 * number may stand beside other digits ({@code 東京都港区1-1 123456789018}).
	 */
	private static boolean containsIn(List<String> groups, CharSequence last) {
		List<String> all = new ArrayList<>(groups);
		if (last.length() > 0) {
			all.add(last.toString());
		}
		for (int from = 0; from < all.size(); from++) {
			StringBuilder digits = new StringBuilder();
			for (int to = from; to < all.size() && digits.length() < 12; to++) {
				digits.append(all.get(to));
				if (isIndividualNumber(digits)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The text without format characters (Unicode Cf: zero-width spaces and joiners,
	 * direction marks), which would otherwise hide a number's digits from the detector.
	 */
	static String withoutFormatCharacters(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints()
			.filter((codePoint) -> Character.getType(codePoint) != Character.FORMAT)
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/**
	 * True for exactly 12 ASCII digits whose last digit is the individual-number check
	 * digit.
	 */
	public static boolean isIndividualNumber(CharSequence digits) {
		if (digits.length() != 12) {
			return false;
		}
		String value = digits.toString();
		return Digits.allAsciiDigits(value) && value.charAt(11) - '0' == checkDigit(value.substring(0, 11));
	}

	/**
	 * CHG-5: r = Σ Pn×Qn mod 11 over the first eleven digits, Pn the n-th from the right,
	 * Qn = n+1 for n ≤ 6 and n−5 for n ≥ 7; the check digit is 0 when r ≤ 1, else 11 − r.
	 */
	static int checkDigit(String elevenDigits) {
		int sum = 0;
		for (int n = 1; n <= 11; n++) {
			int q = (n <= 6) ? n + 1 : n - 5;
			sum += Digits.fromRight(elevenDigits, n) * q;
		}
		int r = sum % 11;
		return (r <= 1) ? 0 : 11 - r;
	}

}
