package jp.pmark.workflow.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * How a user task is named when it is created, so that Tasklist's search box (which
 * searches task names) finds it by its case. Implemented by the product
 * ({@code identity/CaseTaskNames}); {@link TaskFormsPlugin} calls it on every user task's
 * creation.
 */
public interface TaskNaming {

	/** Names the task that is being created (its model name is already set). */
	void name(DelegateTask task);

}
