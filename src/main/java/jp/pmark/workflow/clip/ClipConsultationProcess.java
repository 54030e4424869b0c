package jp.pmark.workflow.clip;

import jp.pmark.workflow.common.ProcessModel;

/** The ids of {@code bpmn/PmarkClipConsultationProcess.bpmn} that code refers to. */
public final class ClipConsultationProcess {

	public static final String KEY = "PmarkClipConsultationProcess";

	public static final String HANDLE = "Task_HandleConsultation";

	public static final String REPORT_AS_INCIDENT = "Task_ReportAsIncident";

	public static final String END_ANSWERED = "EndEvent_ConsultationAnswered";

	public static final String VAR_CONSULTATION_NUMBER = "consultationNumber";

	public static final String VAR_BUSINESS_NAME = "businessName";

	public static final String VAR_KIND = "consultationKind";

	public static final String VAR_OUTCOME = "consultationOutcome";

	/**
	 * The variables the process keeps: what its gateways and task list columns read
	 * (README, "Process variables").
	 */
	public static final ProcessModel PROCESS = ProcessModel.of(KEY, VAR_CONSULTATION_NUMBER, VAR_BUSINESS_NAME,
			VAR_KIND, VAR_OUTCOME);

	private ClipConsultationProcess() {
	}

}
