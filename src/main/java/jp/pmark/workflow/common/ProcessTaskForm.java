package jp.pmark.workflow.common;

/**
 * A user task's form of one process: the process, its task id and its contract, given
 * once; each process's forms add the case they read ({@code AssessmentTaskForm},
 * {@code ChangeReportTaskForm}, {@code MergerTaskForm}). Every one also shows the letters
 * of its case ({@link CaseLetterList#VIEW}).
 *
 * @param <I> the record of the form's input fields
 */
public abstract class ProcessTaskForm<I extends Record> implements TaskForm<I> {

	private final ProcessModel process;

	private final String taskKey;

	private final FormContract<I> contract;

	protected ProcessTaskForm(ProcessModel process, String taskKey, FormContract<I> contract) {
		this.process = process;
		this.taskKey = taskKey;
		// every task form lists the letters of its case (GEN-3)
		this.contract = contract.views(CaseLetterList.VIEW);
	}

	@Override
	public ProcessModel process() {
		return this.process;
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
