package jp.pmark.workflow.assessment;

import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.TaskForm;

/**
 * A user task's form of the assessment process: its task id and its contract, and the two
 * things every such form reads, the case ({@link Applications}) and who submits it
 * ({@link CurrentUser}). Each form adds what it shows, checks and records.
 *
 * @param <I> the record of the form's input fields
 */
public abstract class AssessmentTaskForm<I extends Record> implements TaskForm<I> {

	protected final Applications applications;

	protected final CurrentUser currentUser;

	private final String taskKey;

	private final FormContract<I> contract;

	protected AssessmentTaskForm(String taskKey, FormContract<I> contract, Applications applications,
			CurrentUser currentUser) {
		this.taskKey = taskKey;
		this.contract = contract;
		this.applications = applications;
		this.currentUser = currentUser;
	}

	@Override
	public ProcessModel process() {
		return AssessmentProcess.PROCESS;
	}

	@Override
	public String taskKey() {
		return this.taskKey;
	}

	@Override
	public FormContract<I> contract() {
		return this.contract;
	}

}
