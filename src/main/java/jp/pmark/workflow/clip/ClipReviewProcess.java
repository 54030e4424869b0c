package jp.pmark.workflow.clip;

import jp.pmark.workflow.common.ProcessModel;

/**
 * The ids of {@code bpmn/PmarkClipReviewProcess.bpmn} (CLIPマークの指導と審査), which
 * {@link ClipProcess} calls for the first certification and for each renewal: the
 * advisor's guidance, the self-check's receipt and the reviewers' decision.
 */
public final class ClipReviewProcess {

	public static final String KEY = "PmarkClipReviewProcess";

	public static final String GUIDE = "Task_Guide";

	public static final String RECEIVE_SELF_CHECK = "Task_ReceiveSelfCheck";

	public static final String REVIEW = "Task_ReviewSelfCheck";

	public static final String END_CERTIFY = "EndEvent_ToCertify";

	public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

	/**
	 * The advisor's choice after a session: GUIDE (more), SELF_CHECK, WITHDRAW; not named
	 * like the form's field, so that Tasklist never fills the next session's form with
	 * it.
	 */
	public static final String VAR_NEXT_STEP = "guidanceNextStep";

	/** The reviewer's decision: CERTIFY or RETURN. */
	public static final String VAR_REVIEW_RESULT = "reviewResult";

	/** The variables the process keeps: the caller's copies and its own routing. */
	public static final ProcessModel PROCESS = ProcessModel.of(KEY, ClipProcess.VAR_APPLICANT_NAME,
			ClipProcess.VAR_ADVISOR, ClipProcess.VAR_CYCLE, VAR_NEXT_STEP, VAR_REVIEW_RESULT,
			ClipProcess.VAR_REVIEW_OUTCOME);

	private ClipReviewProcess() {
	}

}
