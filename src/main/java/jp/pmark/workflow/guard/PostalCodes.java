package jp.pmark.workflow.guard;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Japanese postal codes as staff and applicants write them: {@code 〒105-0004},
 * {@code １０５－０００４}, {@code 1050004} are all stored as {@code 105-0004}; anything that is
 * not seven digits is refused with a message (GEN-2).
 */
public final class PostalCodes {

	private static final Pattern DIGITS = Pattern.compile("([0-9]{3})-?([0-9]{4})");

	private PostalCodes() {
	}

	/**
	 * The code as {@code 123-4567} when it can be read as one (full-width digits, the 〒
	 * mark, spaces and any dash accepted); otherwise the text as given, for
	 * {@link #check} to refuse.
	 */
	public static String normalize(String text) {
		if (text == null) {
			return null;
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
			.replace("〒", "")
			.replaceAll("[\\s\\u3000]", "")
			.replaceAll("[\\u2010-\\u2015\\u2212\\u30FC\\uFF70]", "-");
		java.util.regex.Matcher matcher = DIGITS.matcher(plain);
		return matcher.matches() ? matcher.group(1) + "-" + matcher.group(2) : text;
	}

	/** Refuses a code that is given but is not seven digits. */
	public static Optional<RuleViolation> check(String field, String code) {
		if (code == null || code.isBlank() || DIGITS.matcher(normalize(code)).matches()) {
			return Optional.empty();
		}
		return Optional.of(RuleViolation.of(field, RuleId.GEN_2, "postal-code-digits"));
	}

}
