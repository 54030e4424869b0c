package jp.pmark.workflow.incident;

import jp.pmark.workflow.common.ProcessModel;

/** The ids of {@code bpmn/PmarkIncidentProcess.bpmn} that code refers to. */
public final class IncidentProcess {

	public static final String KEY = "PmarkIncidentProcess";

	public static final String RECEIVE_PROMPT = "Task_ReceivePromptReport";

	public static final String RECEIVE_FINAL = "Task_ReceiveFinalReport";

	public static final String PROMPT_OVERDUE = "BoundaryEvent_PromptReportOverdue";

	public static final String FINAL_OVERDUE = "BoundaryEvent_FinalReportOverdue";

	public static final String FOLLOW_UP_PROMPT = "Task_FollowUpPromptReport";

	public static final String FOLLOW_UP_FINAL = "Task_FollowUpFinalReport";

	public static final String NOTIFY_JIPDEC = "Task_NotifyJipdecOfSecondaryDamage";

	public static final String JUDGE = "Task_JudgeIncident";

	public static final String SUSPENSION_ENDS = "TimerEvent_SuspensionEnds";

	public static final String END_JUDGED = "EndEvent_Judged";

	public static final String END_SUSPENSION_ENDED = "EndEvent_SuspensionEnded";

	public static final String VAR_INCIDENT_NUMBER = "incidentNumber";

	public static final String VAR_APPLICANT_NAME = "applicantName";

	public static final String VAR_REGISTRATION_NUMBER = "registrationNumber";

	public static final String VAR_PROMPT_WAIT = "promptWait";

	public static final String VAR_FINAL_WAIT = "finalWait";

	public static final String VAR_SECONDARY_DAMAGE = "secondaryDamage";

	public static final String VAR_MEASURE = "measure";

	/**
	 * The variables the process keeps: what its gateways, timers, assignments and task
	 * list columns read (README, "Process variables").
	 */
	public static final ProcessModel PROCESS = ProcessModel.of(KEY, VAR_INCIDENT_NUMBER, VAR_APPLICANT_NAME,
			VAR_REGISTRATION_NUMBER, VAR_PROMPT_WAIT, VAR_FINAL_WAIT, VAR_SECONDARY_DAMAGE, VAR_MEASURE);

	private IncidentProcess() {
	}

}
