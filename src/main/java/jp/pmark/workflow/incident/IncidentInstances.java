package jp.pmark.workflow.incident;

import java.util.Map;
import java.util.Optional;

import jp.pmark.workflow.common.FormValues;
import jp.pmark.workflow.engine.EngineCalls;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * The engine side of incidents: starts the process of a report received through the API,
 * finds reception's open task and submits its form on the caller's behalf.
 */
@Component
class IncidentInstances {

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final FormService formService;

	private final EngineCalls engineCalls;

	IncidentInstances(RuntimeService runtimeService, TaskService taskService, FormService formService,
			EngineCalls engineCalls) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.formService = formService;
		this.engineCalls = engineCalls;
	}

	/** Starts the process of an incident recorded through the API. */
	void start(String incidentNumber, Map<String, Object> variables) {
		this.engineCalls.onBehalfOfCaller(
				() -> this.runtimeService.startProcessInstanceByKey(IncidentProcess.KEY, incidentNumber, variables));
	}

	/**
	 * Completes reception's task, if it is open, with its own form's answers, on the
	 * caller's behalf; whether it was open.
	 */
	boolean submitIfOpen(String incidentNumber, String taskKey, ReceiveReportForm.Input answers) {
		Optional<Task> task = openTask(incidentNumber, taskKey);
		task.ifPresent((open) -> this.engineCalls.onBehalfOfCaller(
				() -> this.formService.submitTaskForm(open.getId(), FormValues.of(answers).toVariables())));
		return task.isPresent();
	}

	private Optional<Task> openTask(String incidentNumber, String taskKey) {
		return this.engineCalls.onBehalfOfCaller(() -> Optional.ofNullable(this.taskService.createTaskQuery()
			.processDefinitionKey(IncidentProcess.KEY)
			.processInstanceBusinessKey(incidentNumber)
			.taskDefinitionKey(taskKey)
			.singleResult()));
	}

}
