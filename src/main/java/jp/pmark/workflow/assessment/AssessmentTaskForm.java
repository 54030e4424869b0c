package jp.pmark.workflow.assessment;

import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.ProcessTaskForm;

/**
 * A user task's form of the assessment process: its task id and its contract, and the two
 * things every such form reads, the case ({@link Applications}) and who submits it
 * ({@link CurrentUser}). Each form adds what it shows, checks and records.
 *
 * @param <I> the record of the form's input fields
 */
public abstract class AssessmentTaskForm<I extends Record> extends ProcessTaskForm<I> {

	protected final Applications applications;

	protected final CurrentUser currentUser;

	protected AssessmentTaskForm(String taskKey, FormContract<I> contract, Applications applications,
			CurrentUser currentUser) {
		super(AssessmentProcess.PROCESS, taskKey, contract);
		this.applications = applications;
		this.currentUser = currentUser;
	}

}
