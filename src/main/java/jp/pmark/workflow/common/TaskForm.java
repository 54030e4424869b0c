package jp.pmark.workflow.common;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The server side of a user task's Camunda Form. A Spring bean per user task, found by
 * its process and task ids; {@link TaskForms} calls it for every user task the engine
 * runs:
 * <ul>
 * <li>when the task is created, {@link #prepare} sets task-local variables that the form
 * shows read-only (the case data a person needs to decide);</li>
 * <li>when the form is submitted (Tasklist) or the task completed (REST, Java),
 * {@link #validate} refuses what breaks a rule, and the task stays open with nothing
 * saved;</li>
 * <li>then {@link #complete} records the decision in the product's tables and sets the
 * variables routing needs.</li>
 * </ul>
 */
public interface TaskForm {

	/** The process definition key, e.g. {@code PmarkAssessmentProcess}. */
	String processKey();

	/** The user task's id in the BPMN, e.g. {@code Task_CheckReceipt}. */
	String taskKey();

	/** Sets the read-only case view as task-local variables. */
	default void prepare(DelegateTask task) {
	}

	/** Adds a refusal for every broken rule. */
	default void validate(FormInput input, Rules rules) {
	}

	/** Records the decision and sets routing variables. */
	default void complete(FormInput input, DelegateTask task) {
	}

}
