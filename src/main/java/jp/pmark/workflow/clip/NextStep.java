package jp.pmark.workflow.clip;

/** What the advisor decides after a guidance session (CLIP-2). */
public enum NextStep {

	/** More guidance: another session follows. */
	GUIDE,

	/** The business is ready: its self-check and declaration are due. */
	SELF_CHECK,

	/** The business leaves the scheme (or does not renew). */
	WITHDRAW

}
