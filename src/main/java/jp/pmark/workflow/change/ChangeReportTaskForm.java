package jp.pmark.workflow.change;

import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.ProcessTaskForm;

/**
 * What the task forms of {@code PmarkChangeReportProcess} share: the process, their task
 * and contract, the report the task is about (its business key) and who submits.
 *
 * @param <I> the record of the form's input fields
 */
abstract class ChangeReportTaskForm<I extends Record> extends ProcessTaskForm<I> {

	final ChangeReports reports;

	final CurrentUser currentUser;

	ChangeReportTaskForm(String taskKey, FormContract<I> contract, ChangeReports reports, CurrentUser currentUser) {
		super(ChangeReportProcess.PROCESS, taskKey, contract);
		this.reports = reports;
		this.currentUser = currentUser;
	}

}
