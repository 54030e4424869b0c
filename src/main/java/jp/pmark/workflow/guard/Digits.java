package jp.pmark.workflow.guard;

import java.text.Normalizer;

/** Normalisation shared by the number guards. */
final class Digits {

	private Digits() {
	}

	/**
	 * NFKC (full-width digits become ASCII), then spaces and hyphen-like marks dropped.
	 */
	static String normalize(String value) {
		String nfkc = Normalizer.normalize(value, Normalizer.Form.NFKC);
		StringBuilder digits = new StringBuilder(nfkc.length());
		nfkc.codePoints().filter((c) -> !isSeparator(c)).forEach(digits::appendCodePoint);
		return digits.toString();
	}

	static boolean isSeparator(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '\u2010' || c == '\u2011'
				|| c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2212' || c == '\u30FC';
	}

	static boolean allAsciiDigits(String value) {
		return !value.isEmpty() && value.chars().allMatch((c) -> c >= '0' && c <= '9');
	}

	/** The n-th digit from the right (n = 1 is the last). */
	static int fromRight(String digits, int n) {
		return digits.charAt(digits.length() - n) - '0';
	}

}
