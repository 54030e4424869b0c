package jp.pmark.workflow.common;

/**
 * The server side of a process's start form: its contract, and the rules that refuse a
 * start before the process instance exists. The process's first service task reads the
 * submission with {@link TaskForms#startSubmission}; the submitted values never become
 * process variables.
 *
 * @param <I> the record of the form's input fields
 */
public interface StartForm<I extends Record> {

	ProcessModel process();

	FormContract<I> contract();

	/** Adds a refusal for every broken rule. */
	void validate(I input, Rules rules);

}
