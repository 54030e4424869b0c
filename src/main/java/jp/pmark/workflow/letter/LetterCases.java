package jp.pmark.workflow.letter;

import java.util.Optional;

/**
 * The numbers of the applications letters belong to, from the assessment case (which the
 * letters may not import).
 */
public interface LetterCases {

	/** The application number of an application, by its id. */
	Optional<String> applicationNumber(long applicationId);

}
