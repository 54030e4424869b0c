package jp.pmark.workflow.clip;

/** The reviewer's decision on a self-check (CLIP-3). */
public enum ReviewResult {

	/** Every legal duty is met: certify. */
	CERTIFY,

	/** Something falls short: back to the business and its advisor, with the reasons. */
	RETURN

}
