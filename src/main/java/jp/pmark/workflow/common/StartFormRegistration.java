package jp.pmark.workflow.common;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The step right after a start form (…を登録する): reads the form's submission, checked before
 * the process instance existed, records the case through the feature's service (a refusal
 * goes back to the form), and gives the process instance the case's number as business
 * key and the variables it routes on, nothing more.
 *
 * @param <I> the start form's input
 * @param <C> the case the feature records
 */
public abstract class StartFormRegistration<I extends Record, C> implements JavaDelegate {

	private final StartForm<I> form;

	private final TaskForms forms;

	private final CurrentUser currentUser;

	protected StartFormRegistration(StartForm<I> form, TaskForms forms, CurrentUser currentUser) {
		this.form = form;
		this.forms = forms;
		this.currentUser = currentUser;
	}

	@Override
	public final void execute(DelegateExecution execution) {
		I input = this.forms.startSubmission(execution, this.form);
		C recorded = TaskForms.refusing(() -> register(input, this.currentUser.id()));
		execution.setProcessBusinessKey(number(recorded));
		execution.setVariables(routing(recorded));
	}

	/** Records the case the form describes. */
	protected abstract C register(I input, String recordedBy);

	/** The case's number, the process instance's business key. */
	protected abstract String number(C recorded);

	/** The variables the process routes on and the task list shows. */
	protected abstract Map<String, Object> routing(C recorded);

}
