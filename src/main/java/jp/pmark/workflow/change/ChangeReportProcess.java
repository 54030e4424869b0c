package jp.pmark.workflow.change;

import jp.pmark.workflow.common.ProcessModel;

/** The ids of {@code bpmn/PmarkChangeReportProcess.bpmn} that code uses. */
public final class ChangeReportProcess {

	public static final String KEY = "PmarkChangeReportProcess";

	public static final String VERIFY = "Task_VerifyChangeReport";

	public static final String RECEIVE_CLOSED_CERTIFICATE = "Task_ReceiveClosedCertificate";

	public static final String END_APPLIED = "EndEvent_Applied";

	public static final String END_RETURNED = "EndEvent_Returned";

	public static final String VAR_REPORT_NUMBER = "changeReportNumber";

	public static final String VAR_APPLICANT_NAME = "applicantName";

	public static final String VAR_KINDS = "changeKinds";

	public static final String VAR_VERIFICATION_OUTCOME = "verificationOutcome";

	public static final String VAR_CERTIFICATE_OUTCOME = "certificateOutcome";

	/**
	 * The variables the process keeps: what its gateways, timers, assignments and task
	 * list columns read (README, "Process variables").
	 */
	public static final ProcessModel PROCESS = ProcessModel.of(KEY, VAR_REPORT_NUMBER, VAR_APPLICANT_NAME, VAR_KINDS,
			VAR_VERIFICATION_OUTCOME, VAR_CERTIFICATE_OUTCOME);

	private ChangeReportProcess() {
	}

}
