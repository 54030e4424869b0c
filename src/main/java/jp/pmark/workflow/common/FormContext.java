package jp.pmark.workflow.common;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Where a submitted form is checked and recorded: its case, and the process variables it
 * may route on. Only the variables the process keeps ({@link ProcessModel}) are written,
 * on the process instance, never on the task.
 */
public final class FormContext {

	private final String businessKey;

	private final DelegateExecution execution;

	private final ProcessModel process;

	FormContext(String businessKey, DelegateExecution execution, ProcessModel process) {
		this.businessKey = businessKey;
		this.execution = execution;
		this.process = process;
	}

	/** The case's number (the business key); null for a start form. */
	public String businessKey() {
		return this.businessKey;
	}

	/** Sets a variable the process routes on. */
	public void route(String name, Object value) {
		if (!this.process.keeps(name)) {
			throw new IllegalStateException(name + " is not a variable of " + this.process.key());
		}
		this.execution.getProcessInstance().setVariable(name, value);
	}

	/** A variable the process keeps. */
	public Object routing(String name) {
		if (!this.process.keeps(name)) {
			throw new IllegalStateException(name + " is not a variable of " + this.process.key());
		}
		return this.execution.getProcessInstance().getVariable(name);
	}

}
