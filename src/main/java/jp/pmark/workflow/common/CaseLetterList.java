package jp.pmark.workflow.common;

import java.util.Set;

/**
 * The letters the body sent in a case (GEN-3), as every task form of the case lists them
 * (its {@value #VIEW} text): each a link that opens its PDF, for a person the task is
 * offered to.
 */
public interface CaseLetterList {

	/** The view field every task form has. */
	String VIEW = "caseLetters";

	/** The letters of the cases as a Markdown list of links, for the task's form. */
	String markdown(String taskId, Set<String> caseKeys);

}
