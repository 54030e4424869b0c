package jp.pmark.workflow.engine;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * What a form submission is handed to instead of the engine's default (which would keep
 * every submitted value as a process variable): the product's form contracts and rules
 * ({@code common.TaskForms}). {@link TaskFormsPlugin} puts it in the engine's place.
 */
public interface FormSubmissions {

	/** The names of the fields a task's form only shows. */
	Set<String> viewNames(String processKey, String taskKey);

	/** What a task's form shows, by field name. */
	Map<String, Object> view(String processKey, DelegateTask task);

	/** A task form submitted: checked, recorded, routing written; or refused. */
	void submit(String processKey, DelegateTask task, VariableMap submitted);

	/** A start form submitted: checked, recorded, routing written; or refused. */
	void submitStart(String processKey, VariableMap submitted, VariableScope execution);

	/** Refuses any work on a suspended task, saying why. */
	void refuseSuspended(boolean formSubmission);

	/** Refuses a plain {@code complete} of a task that has a form. */
	void refusePlainCompletion(String processKey, DelegateTask task);

	/** Checks, as the task completes, that it was completed through its form. */
	void checkCompletion(String processKey, DelegateTask task);

}
