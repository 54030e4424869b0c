package jp.pmark.workflow.common;

/**
 * The server side of a process's start form: refuses a start that breaks a rule, before
 * the process instance exists.
 */
public interface StartForm {

	String processKey();

	void validate(FormInput input, Rules rules);

}
