package jp.pmark.workflow.registration;

import jp.pmark.workflow.common.ProcessModel;

/**
 * The ids of {@code bpmn/PmarkRegistrationProcess.bpmn} that code uses: the life cycle of
 * one registration, from its recording (JIP-2) to its renewal, lapse or cancellation.
 */
public final class RegistrationProcess {

	public static final String KEY = "PmarkRegistrationProcess";

	public static final String REMINDER_DUE = "TimerEvent_RenewalReminderDue";

	public static final String WINDOW_OPENED = "TimerEvent_RenewalWindowOpened";

	public static final String WINDOW_CLOSED = "TimerEvent_RenewalWindowClosed";

	public static final String VALIDITY_ENDED = "TimerEvent_ValidityEnded";

	public static final String RENEWAL_CONCLUDED = "MessageEvent_RenewalConcluded";

	public static final String END_RENEWED = "EndEvent_Renewed";

	public static final String END_LAPSED = "EndEvent_Lapsed";

	public static final String END_CANCELLED = "EndEvent_Cancelled";

	public static final String MSG_RENEWAL_CONCLUDED = "Msg_RenewalConcluded";

	public static final String MSG_REGISTRATION_CANCELLED = "Msg_RegistrationCancelled";

	public static final String VAR_REGISTRATION_ID = "registrationId";

	public static final String VAR_REGISTRATION_NUMBER = "registrationNumber";

	public static final String VAR_APPLICANT_NAME = "applicantName";

	/** The renewal whose assessment just ended, given with the message. */
	public static final String VAR_CONCLUDED_APPLICATION = "concludedApplication";

	/** RENEWED, PENDING or NONE: what {@code Task_CheckRenewal} found. */
	public static final String VAR_RENEWAL_STATE = "renewalState";

	/**
	 * The variables the process keeps: what its gateways, timers, assignments and task
	 * list columns read (README, "Process variables").
	 */
	public static final ProcessModel PROCESS = ProcessModel.of(KEY, VAR_REGISTRATION_ID, VAR_REGISTRATION_NUMBER,
			VAR_APPLICANT_NAME, VAR_CONCLUDED_APPLICATION, VAR_RENEWAL_STATE);

	private RegistrationProcess() {
	}

}
