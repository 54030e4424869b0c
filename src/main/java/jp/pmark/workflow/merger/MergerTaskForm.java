package jp.pmark.workflow.merger;

import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.TaskForm;

/**
 * What the task forms of {@code PmarkMergerProcess} share: the process, their task and
 * contract, the case the task is about (its business key) and who submits.
 *
 * @param <I> the record of the form's input fields
 */
abstract class MergerTaskForm<I extends Record> implements TaskForm<I> {

	private final String taskKey;

	private final FormContract<I> contract;

	final MergerCases cases;

	final CurrentUser currentUser;

	MergerTaskForm(String taskKey, FormContract<I> contract, MergerCases cases, CurrentUser currentUser) {
		this.taskKey = taskKey;
		this.contract = contract;
		this.cases = cases;
		this.currentUser = currentUser;
	}

	@Override
	public ProcessModel process() {
		return MergerProcess.PROCESS;
	}

	@Override
	public FormContract<I> contract() {
		return this.contract;
	}

	@Override
	public String taskKey() {
		return this.taskKey;
	}

	/** The case the task is about, now at the step the form is: what a manager sees. */
	MergerCase reached(String businessKey, MergerCase.State state) {
		MergerCase mergerCase = this.cases.get(businessKey);
		this.cases.reached(mergerCase, state);
		return mergerCase;
	}

}
