package jp.pmark.workflow.guard;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The individual number (個人番号, マイナンバー) detector, CHG-5. An individual number must never
 * be stored: a field or a text that holds one is refused, with a message that does not
 * repeat the number.
 *
 * <p>
 * After NFKC normalisation, a run of digits that may be broken by single spaces or
 * hyphens (as people write {@code 1234-5678-9018}) is an individual number when it has
 * exactly 12 digits and a valid check digit.
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
		String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder run = new StringBuilder();
		int pendingSeparators = 0;
		for (int i = 0; i < nfkc.length(); i++) {
			char c = nfkc.charAt(i);
			if (c >= '0' && c <= '9') {
				run.append(c);
				pendingSeparators = 0;
			}
			else if (run.length() > 0 && Digits.isSeparator(c) && pendingSeparators == 0) {
				// one separator may break a run: 1234-5678-9018, 1234 5678 9018
				pendingSeparators = 1;
			}
			else {
				if (isIndividualNumber(run)) {
					return true;
				}
				run.setLength(0);
				pendingSeparators = 0;
			}
		}
		return isIndividualNumber(run);
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
