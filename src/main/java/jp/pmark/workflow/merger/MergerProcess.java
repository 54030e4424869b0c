package jp.pmark.workflow.merger;

import jp.pmark.workflow.common.ProcessModel;

/** The ids of {@code bpmn/PmarkMergerProcess.bpmn} that code uses. */
public final class MergerProcess {

	public static final String KEY = "PmarkMergerProcess";

	public static final String EFFECTIVE_DATE = "TimerEvent_EffectiveDate";

	public static final String RECEIVE_DOCUMENTS = "Task_ReceiveMergerDocuments";

	public static final String CONFIRM_OUTCOME = "Task_ConfirmMergerOutcome";

	public static final String END = "EndEvent_OutcomeApplied";

	public static final String VAR_CASE_NUMBER = "mergerCaseNumber";

	public static final String VAR_APPLICANT_NAME = "applicantName";

	public static final String VAR_MERGER_TYPE = "mergerType";

	public static final String VAR_IN_EFFECT = "inEffect";

	public static final String VAR_DOCUMENTS_DUE = "documentsDue";

	/**
	 * The variables the process keeps: what its gateways, timers, assignments and task
	 * list columns read (README, "Process variables").
	 */
	public static final ProcessModel PROCESS = ProcessModel.of(KEY, VAR_CASE_NUMBER, VAR_APPLICANT_NAME,
			VAR_MERGER_TYPE, VAR_IN_EFFECT, VAR_DOCUMENTS_DUE);

	private MergerProcess() {
	}

}
