package jp.pmark.workflow.common;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.variable.VariableMap;

import org.springframework.stereotype.Component;

/**
 * Finds the {@link TaskForm} of a user task and calls it: on create, on form submission
 * and on completion. {@link TaskFormsPlugin} attaches it to every user task and start
 * form.
 */
@Component("taskForms")
public class TaskForms implements TaskListener {

	private final Map<String, TaskForm> taskForms = new HashMap<>();

	private final Map<String, StartForm> startForms = new HashMap<>();

	/**
	 * The tasks whose form was submitted in a command (rather than completed plainly).
	 */
	private final Map<CommandContext, Set<String>> formSubmissions = Collections.synchronizedMap(new WeakHashMap<>());

	TaskForms(List<TaskForm> taskForms, List<StartForm> startForms) {
		for (TaskForm form : taskForms) {
			TaskForm earlier = this.taskForms.put(key(form.processKey(), form.taskKey()), form);
			if (earlier != null) {
				throw new IllegalStateException("two forms for " + form.processKey() + "/" + form.taskKey());
			}
		}
		for (StartForm form : startForms) {
			this.startForms.put(form.processKey(), form);
		}
	}

	public Optional<TaskForm> find(String processKey, String taskKey) {
		return Optional.ofNullable(this.taskForms.get(key(processKey, taskKey)));
	}

	@Override
	public void notify(DelegateTask task) {
		Optional<TaskForm> form = find(processKey(task), task.getTaskDefinitionKey());
		if (form.isEmpty()) {
			return;
		}
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			form.get().prepare(task);
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			FormInput input = new FormInput(completionValues(task), businessKey(task));
			Rules rules = new Rules();
			form.get().validate(input, rules);
			rules.throwIfAny();
			form.get().complete(input, task);
		}
	}

	/**
	 * The values a completion answered. A form submission (Tasklist) sets a field that
	 * the task prefilled as a task-local variable on the task; a plain completion (REST,
	 * Java) sets every value on the execution. So the task's own values win after a form
	 * submission, and the execution's after a plain completion.
	 */
	private Map<String, Object> completionValues(DelegateTask task) {
		Set<String> submittedTasks = this.formSubmissions.get(Context.getCommandContext());
		boolean viaForm = submittedTasks != null && submittedTasks.contains(task.getId());
		Map<String, Object> values = new HashMap<>();
		if (viaForm) {
			values.putAll(task.getExecution().getVariables());
			values.putAll(task.getVariablesLocal());
		}
		else {
			values.putAll(task.getVariablesLocal());
			values.putAll(task.getExecution().getVariables());
		}
		return values;
	}

	/** Validates a Tasklist form submission before the engine applies it. */
	void validateSubmission(VariableMap submitted, VariableScope scope) {
		if (!(scope instanceof DelegateTask task)) {
			return;
		}
		this.formSubmissions.computeIfAbsent(Context.getCommandContext(), (context) -> new HashSet<>())
			.add(task.getId());
		find(processKey(task), task.getTaskDefinitionKey()).ifPresent((form) -> {
			Map<String, Object> values = new HashMap<>(task.getVariables());
			values.putAll(submitted);
			Rules rules = new Rules();
			form.validate(new FormInput(values, businessKey(task)), rules);
			if (!rules.isEmpty()) {
				throw new RefusedFormException(rules.violations());
			}
		});
	}

	/** Validates a start form submission before the process instance starts. */
	void validateStart(String processKey, VariableMap submitted) {
		StartForm form = this.startForms.get(processKey);
		if (form != null) {
			Rules rules = new Rules();
			form.validate(new FormInput(submitted, null), rules);
			if (!rules.isEmpty()) {
				throw new RefusedFormException(rules.violations());
			}
		}
	}

	private static String processKey(DelegateTask task) {
		return ((ExecutionEntity) task.getExecution()).getProcessDefinition().getKey();
	}

	private static String businessKey(DelegateTask task) {
		return task.getExecution().getProcessBusinessKey();
	}

	private static String key(String processKey, String taskKey) {
		return processKey + "/" + taskKey;
	}

}
