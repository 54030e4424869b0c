package jp.pmark.workflow.letter;

import jp.pmark.workflow.common.ProcessModel;

/** The ids of {@code bpmn/PmarkLetterDeliveryProcess.bpmn} that code uses. */
public final class LetterDeliveryProcess {

	public static final String KEY = "PmarkLetterDeliveryProcess";

	public static final String MAIL = "Task_MailLetter";

	public static final String HAND_OVER_TO_POST = "Task_HandOverToPost";

	public static final String POST = "Task_PostLetter";

	public static final String RETRY_MAIL = "TimerEvent_RetryMail";

	public static final String VAR_LETTER_ID = "letterId";

	public static final String VAR_BY_POST = "byPost";

	/** What an attempt to mail did: {@link LetterDeliveries#SENT}, RETRY or GIVE_UP. */
	public static final String VAR_MAIL_OUTCOME = "mailOutcome";

	/** The incident Cockpit shows for a letter whose mail kept failing. */
	public static final String INCIDENT_NOT_MAILED = "letterNotMailed";

	/** The variables the process keeps: what its gateway and service tasks read. */
	public static final ProcessModel PROCESS = ProcessModel.of(KEY, VAR_LETTER_ID, VAR_BY_POST, VAR_MAIL_OUTCOME);

	private LetterDeliveryProcess() {
	}

}
