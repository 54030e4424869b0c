package jp.pmark.workflow.change;

import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.TaskForm;

/**
 * What the task forms of {@code PmarkChangeReportProcess} share: the process, their task
 * and contract, the report the task is about (its business key) and who submits.
 *
 * @param <I> the record of the form's input fields
 */
abstract class ChangeReportTaskForm<I extends Record> implements TaskForm<I> {

	private final String taskKey;

	private final FormContract<I> contract;

	final ChangeReports reports;

	final CurrentUser currentUser;

	ChangeReportTaskForm(String taskKey, FormContract<I> contract, ChangeReports reports, CurrentUser currentUser) {
		this.taskKey = taskKey;
		this.contract = contract;
		this.reports = reports;
		this.currentUser = currentUser;
	}

	@Override
	public ProcessModel process() {
		return ChangeReportProcess.PROCESS;
	}

	@Override
	public FormContract<I> contract() {
		return this.contract;
	}

	@Override
	public String taskKey() {
		return this.taskKey;
	}

}
