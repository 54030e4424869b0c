package jp.pmark.workflow.merger;

import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.ProcessTaskForm;

/**
 * What the task forms of {@code PmarkMergerProcess} share: the process, their task and
 * contract, the case the task is about (its business key) and who submits.
 *
 * @param <I> the record of the form's input fields
 */
abstract class MergerTaskForm<I extends Record> extends ProcessTaskForm<I> {

	final MergerCases cases;

	final CurrentUser currentUser;

	MergerTaskForm(String taskKey, FormContract<I> contract, MergerCases cases, CurrentUser currentUser) {
		super(MergerProcess.PROCESS, taskKey, contract);
		this.cases = cases;
		this.currentUser = currentUser;
	}

	/** The case the task is about, now at the step the form is: what a manager sees. */
	MergerCase reached(String businessKey, MergerCase.State state) {
		MergerCase mergerCase = this.cases.get(businessKey);
		this.cases.reached(mergerCase, state);
		return mergerCase;
	}

}
