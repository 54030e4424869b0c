package jp.pmark.workflow.guard;

import java.util.Optional;

/**
 * The corporate number (法人番号) guard, CHG-6: 13 digits, the first a check digit.
 *
 * <p>
 * CHG-5: a corporate-number field refuses every 12-digit value, since an individual
 * number is 12 digits and about one random 12-digit string in eleven passes its check.
 */
public final class CorporateNumbers {

	private CorporateNumbers() {
	}

	/** The value with full-width digits, spaces and hyphens normalised away. */
	public static String normalize(String value) {
		return Digits.normalize(value);
	}

	/**
	 * Checks a corporate-number field. An empty value passes (whether it is required is
	 * the caller's rule).
	 * @return the refusal, if any
	 */
	public static Optional<RuleViolation> check(String field, String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String digits = normalize(value);
		if (!Digits.allAsciiDigits(digits)) {
			return Optional.of(Guard.CORPORATE_NUMBER_FORMAT.violation(field));
		}
		if (digits.length() == 12) {
			return Optional.of(Guard.INDIVIDUAL_NUMBER_AS_CORPORATE_NUMBER.violation(field));
		}
		if (digits.length() != 13) {
			return Optional.of(Guard.CORPORATE_NUMBER_FORMAT.violation(field));
		}
		if (!hasValidCheckDigit(digits)) {
			return Optional.of(Guard.CORPORATE_NUMBER_CHECK_DIGIT.violation(field));
		}
		return Optional.empty();
	}

	/**
	 * True for 13 ASCII digits whose first digit is the check digit of the other twelve.
	 */
	public static boolean isValid(String value) {
		return value != null && value.length() == 13 && Digits.allAsciiDigits(value) && hasValidCheckDigit(value);
	}

	private static boolean hasValidCheckDigit(String thirteenDigits) {
		return thirteenDigits.charAt(0) - '0' == checkDigit(thirteenDigits.substring(1));
	}

	/**
	 * CHG-6: 9 − (Σ Pn×Qn mod 9), Pn the n-th digit from the right of the twelve, Qn = 1
	 * for odd n and 2 for even n.
	 */
	public static int checkDigit(String twelveDigits) {
		int sum = 0;
		for (int n = 1; n <= 12; n++) {
			sum += Digits.fromRight(twelveDigits, n) * ((n % 2 == 1) ? 1 : 2);
		}
		return 9 - (sum % 9);
	}

}
