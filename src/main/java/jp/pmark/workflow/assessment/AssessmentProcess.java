package jp.pmark.workflow.assessment;

import jp.pmark.workflow.common.ProcessModel;

/**
 * The ids of {@code bpmn/PmarkAssessmentProcess.bpmn} that code uses: one place, never
 * string literals scattered through delegates and tests.
 */
public final class AssessmentProcess {

	public static final String KEY = "PmarkAssessmentProcess";

	public static final String START = "StartEvent_ApplicationReceived";

	// user tasks
	public static final String CHECK_RECEIPT = "Task_CheckReceipt";

	public static final String SCREEN_DISQUALIFICATION = "Task_ScreenDisqualification";

	public static final String CONFIRM_ASSESSMENT_START = "Task_ConfirmAssessmentStart";

	public static final String MAKE_AUDIT_PLAN = "Task_MakeAuditPlan";

	public static final String APPOINT_AUDIT_TEAM = "Task_AppointAuditTeam";

	public static final String REVIEW_DOCUMENTS = "Task_ReviewDocuments";

	public static final String DECIDE_ONSITE_AUDIT = "Task_DecideOnsiteAudit";

	public static final String SCHEDULE_ONSITE_AUDIT = "Task_ScheduleOnsiteAudit";

	public static final String RECORD_ONSITE_AUDIT = "Task_RecordOnsiteAudit";

	public static final String INVOICE_ONSITE_AUDIT = "Task_InvoiceOnsiteAudit";

	public static final String WRITE_FINDINGS_DOCUMENT = "Task_WriteFindingsDocument";

	public static final String RECEIVE_IMPROVEMENT_REPORT = "Task_ReceiveImprovementReport";

	public static final String REVIEW_IMPROVEMENT_REPORT = "Task_ReviewImprovementReport";

	public static final String WRITE_COMPLETION_REPORT = "Task_WriteCompletionReport";

	public static final String DECIDE_ELIGIBILITY = "Task_DecideEligibility";

	public static final String RECORD_REGISTRATION = "Task_RecordRegistration";

	// service tasks
	public static final String REGISTER_PAPER_APPLICATION = "Task_RegisterPaperApplication";

	public static final String ISSUE_ACCEPTANCE_NOTICE = "Task_IssueAcceptanceNotice";

	public static final String REPORT_TO_JIPDEC = "Task_ReportToJipdec";

	// events
	public static final String IMPROVEMENT_REPORT_OVERDUE = "BoundaryEvent_ImprovementReportOverdue";

	public static final String CONTRACT_DEADLINE_PASSED = "BoundaryEvent_ContractDeadlinePassed";

	public static final String END_NOT_RECEIVED = "EndEvent_NotReceived";

	public static final String END_NOT_ACCEPTED = "EndEvent_NotAccepted";

	public static final String END_DISQUALIFIED = "EndEvent_Disqualified";

	public static final String END_TRANSFERRED = "EndEvent_Transferred";

	public static final String END_NOT_STARTED = "EndEvent_NotStarted";

	public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

	public static final String END_TERMINATED = "EndEvent_Terminated";

	public static final String END_DENIED = "EndEvent_Denied";

	public static final String END_DECISION_VOID = "EndEvent_DecisionVoid";

	public static final String END_REGISTERED = "EndEvent_Registered";

	// messages
	public static final String MSG_IMPROVEMENT_REPORT_SUBMITTED = "Msg_ImprovementReportSubmitted";

	public static final String MSG_REGISTRATION_REPORTED = "Msg_RegistrationReported";

	// variables routing needs, and what Tasklist shows on each task
	public static final String VAR_APPLICATION_NUMBER = "applicationNumber";

	public static final String VAR_APPLICANT_NAME = "applicantName";

	public static final String VAR_RECEIPT_OUTCOME = "receiptOutcome";

	public static final String VAR_SCREENING_OUTCOME = "screeningOutcome";

	public static final String VAR_START_CONFIRMED = "startConfirmed";

	public static final String VAR_TEAM_LEADER = "teamLeader";

	public static final String VAR_ONSITE_DISCUSSION_NEEDED = "onsiteDiscussionNeeded";

	public static final String VAR_ONSITE_DECISION = "onsiteDecision";

	public static final String VAR_ONSITE_DATE = "onsiteAuditDate";

	public static final String VAR_ONSITE_OUTCOME = "onsiteOutcome";

	public static final String VAR_NONCONFORMITIES_FOUND = "nonconformitiesFound";

	public static final String VAR_IMPROVEMENT_DEADLINE_AT = "improvementDeadlineAt";

	public static final String VAR_IMPROVEMENT_OUTCOME = "improvementOutcome";

	public static final String VAR_IMPROVEMENT_DEADLINE_PASSED = "improvementDeadlinePassed";

	public static final String VAR_ELIGIBILITY_DECISION = "eligibilityDecision";

	public static final String VAR_CONTRACT_DEADLINE_AT = "contractDeadlineAt";

	/**
	 * The variables the process keeps: what its gateways, timers, assignments and task
	 * list columns read (README, "Process variables").
	 */
	public static final ProcessModel PROCESS = ProcessModel.of(KEY, VAR_APPLICATION_NUMBER, VAR_APPLICANT_NAME,
			VAR_RECEIPT_OUTCOME, VAR_SCREENING_OUTCOME, VAR_START_CONFIRMED, VAR_TEAM_LEADER,
			VAR_ONSITE_DISCUSSION_NEEDED, VAR_ONSITE_DECISION, VAR_ONSITE_DATE, VAR_ONSITE_OUTCOME,
			VAR_NONCONFORMITIES_FOUND, VAR_IMPROVEMENT_DEADLINE_AT, VAR_IMPROVEMENT_OUTCOME,
			VAR_IMPROVEMENT_DEADLINE_PASSED, VAR_ELIGIBILITY_DECISION, VAR_CONTRACT_DEADLINE_AT);

	private AssessmentProcess() {
	}

}
