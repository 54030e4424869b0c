package jp.pmark.workflow.letter;

/**
 * To whom a letter goes: the lines of its address block as the letter prints them (〒 and
 * address, organisation, department and person with 様, or 御中), and the mail address it is
 * sent to, if any.
 *
 * @param text the address block, one line per line
 * @param email where the letter is mailed; null when it goes by post
 * @param grantingBody the granting body (JIPDEC), whose mail address is configured
 * ({@code pmark.letters.granting-body-email})
 */
public record Addressee(String text, String email, boolean grantingBody) {

	/** An applicant or other business, mailed at {@code email} (null: by post). */
	public static Addressee of(String text, String email) {
		return new Addressee(text, (email == null || email.isBlank()) ? null : email.strip(), false);
	}

	/** The granting body, mailed at the configured address. */
	static Addressee grantingBody(String text) {
		return new Addressee(text, null, true);
	}

}
