package jp.pmark.workflow.common;

/**
 * The server side of a user task's Camunda Form: a Spring bean per user task, found by
 * its process and task ids ({@link TaskForms}). Its {@link #contract()} says what the
 * form submits (a record) and what it only shows.
 * <ul>
 * <li>When the task is created, {@link #prepare} shows the case (view fields) and
 * prefills input fields.</li>
 * <li>When the form is submitted (Tasklist's {@code submit-form}, on any mount of the
 * engine's API), the submission is bound to the record (a key the contract does not
 * accept is refused), {@link #validate} refuses what breaks a rule, and only then
 * {@link #complete} records the decision in the product's tables and sets the variables
 * the process routes on. A refusal is HTTP 400 with the Japanese message; the task stays
 * open and nothing is saved.</li>
 * </ul>
 * A task is completed only by submitting its form: the submitted values are not stored as
 * process variables.
 *
 * @param <I> the record of the form's input fields
 */
public interface TaskForm<I extends Record> {

	/** The process the task belongs to. */
	ProcessModel process();

	/** The user task's id in the BPMN, e.g. {@code Task_CheckReceipt}. */
	String taskKey();

	/** What the form submits and shows. */
	FormContract<I> contract();

	/** Shows the case on the form and prefills its fields. */
	default void prepare(FormView view) {
	}

	/** Adds a refusal for every broken rule. */
	default void validate(I input, FormContext context, Rules rules) {
	}

	/** Records the decision and sets the variables the process routes on. */
	void complete(I input, FormContext context);

}
