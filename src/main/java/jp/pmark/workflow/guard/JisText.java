package jp.pmark.workflow.guard;

import java.util.List;

/**
 * A name brought into JIS X 0208 level 1/2 characters (INT-11).
 *
 * @param original the text as given, kept beside the degraded form
 * @param text the text in JIS X 0208 characters (and ASCII), where every known variant
 * was degraded; a character with no known degraded form stays as it was
 * @param unknownCharacters the characters outside JIS X 0208 with no known degraded form,
 * for a person to decide
 */
public record JisText(String original, String text, List<String> unknownCharacters) {

	public JisText {
		unknownCharacters = List.copyOf(unknownCharacters);
	}

	/** True when a character was replaced by its level 1/2 form. */
	public boolean degraded() {
		return !this.original.equals(this.text);
	}

	/** True when a person must decide how to write a character (INT-11). */
	public boolean needsReview() {
		return !this.unknownCharacters.isEmpty();
	}

}
