package jp.pmark.workflow.common;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jp.pmark.workflow.engine.Authenticated;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * A task as a door to its case's files and letters: who is logged in to the webapps,
 * whether the task is offered to them (the engine's task query, run as them: the same
 * rule as their task list), and which case numbers it stands for.
 */
@Component
public class TaskCases {

	/**
	 * The process variable by which a process that is not the case's own (an invoice's)
	 * names its application.
	 */
	public static final String APPLICATION_NUMBER = "applicationNumber";

	private final IdentityService identityService;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final String engineName;

	TaskCases(ProcessEngine engine) {
		this.identityService = engine.getIdentityService();
		this.taskService = engine.getTaskService();
		this.runtimeService = engine.getRuntimeService();
		this.engineName = engine.getName();
	}

	/** The person logged in to the webapps in this request's session. */
	public Optional<Authenticated> webappUser(HttpServletRequest request) {
		return Authenticated.inWebappSession(request.getSession(false), this.engineName);
	}

	/**
	 * The task, when it is offered to the person: the engine's task query, as them, and
	 * the engine's check that they may read it.
	 */
	public Optional<Task> offered(String taskId, Authenticated caller) {
		this.identityService.setAuthentication(caller.userId(), caller.groupIds());
		try {
			return Optional.ofNullable(this.taskService.createTaskQuery().taskId(taskId).singleResult())
				.filter(this::readable);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	/**
	 * True when the engine lets the authenticated person read the task (its form). The
	 * task query finds a task by its candidate groups alone; the read check also applies
	 * what the model narrows the offer to ({@code restrictedToUsers}, e.g. only the audit
	 * team among the auditors, {@code excludedUsers}).
	 */
	public boolean readable(Task task) {
		try {
			this.taskService.getIdentityLinksForTask(task.getId());
			return true;
		}
		catch (AuthorizationException ex) {
			return false;
		}
	}

	/** The task's process instance, when it has one with a business key. */
	public Optional<ProcessInstance> instance(Task task) {
		if (task.getProcessInstanceId() == null) {
			return Optional.empty();
		}
		return Optional
			.ofNullable(this.runtimeService.createProcessInstanceQuery()
				.processInstanceId(task.getProcessInstanceId())
				.singleResult())
			.filter((instance) -> instance.getBusinessKey() != null);
	}

	/**
	 * The numbers of the cases the task works on: its process instance's business key,
	 * and the application an invoice's process names.
	 */
	public Set<String> caseKeys(Task task) {
		Set<String> keys = new LinkedHashSet<>();
		instance(task).ifPresent((instance) -> {
			keys.add(instance.getBusinessKey());
			if (this.runtimeService.getVariable(instance.getId(), APPLICATION_NUMBER) instanceof String number) {
				keys.add(number);
			}
		});
		return keys;
	}

}
