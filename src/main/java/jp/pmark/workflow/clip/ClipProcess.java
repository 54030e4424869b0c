package jp.pmark.workflow.clip;

import jp.pmark.workflow.common.ProcessModel;

/**
 * The ids of {@code bpmn/PmarkClipProcess.bpmn} (CLIPマークの認証と更新) that code refers to:
 * enrolment, the first certification, and each year's reminder, renewal and lapse.
 */
public final class ClipProcess {

	public static final String KEY = "PmarkClipProcess";

	public static final String FIRST_CERTIFICATION = "CallActivity_FirstCertification";

	public static final String RENEWAL = "CallActivity_Renewal";

	public static final String REMINDER_DUE = "TimerEvent_RenewalReminderDue";

	public static final String RENEWAL_OPENS = "TimerEvent_RenewalOpens";

	public static final String VALIDITY_ENDS = "TimerEvent_ValidityEnds";

	public static final String END_LAPSED = "EndEvent_Lapsed";

	public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

	public static final String VAR_ENROLMENT_NUMBER = "enrolmentNumber";

	/** The business's name, as every task of the case shows it. */
	public static final String VAR_APPLICANT_NAME = "applicantName";

	/** The business's dedicated advisor (CLIP-2), the guidance tasks' assignee. */
	public static final String VAR_ADVISOR = "advisor";

	/** 1 until the first certification, then one more each renewal. */
	public static final String VAR_CYCLE = "cycle";

	/** What the review ended in: CERTIFY or WITHDRAW. */
	public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";

	public static final String CERTIFY = "CERTIFY";

	public static final String WITHDRAW = "WITHDRAW";

	/** The variables the process keeps (README, "Process variables"). */
	public static final ProcessModel PROCESS = ProcessModel.of(KEY, VAR_ENROLMENT_NUMBER, VAR_APPLICANT_NAME,
			VAR_ADVISOR, VAR_CYCLE, VAR_REVIEW_OUTCOME);

	private ClipProcess() {
	}

}
