package jp.pmark.workflow.clip;

import java.util.Optional;

import jp.pmark.workflow.common.FormValues;
import jp.pmark.workflow.engine.EngineCalls;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * The engine side of the CLIP API: starts the process of an enrolment received through
 * the API, and submits the advisor's self-check task with the business's own answers when
 * the business sends them.
 */
@Component
class ClipInstances {

	private static final ThreadLocal<Boolean> API_SUBMISSION = ThreadLocal.withInitial(() -> false);

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final FormService formService;

	private final EngineCalls engineCalls;

	private final ClipEnrolments enrolments;

	ClipInstances(RuntimeService runtimeService, TaskService taskService, FormService formService,
			EngineCalls engineCalls, ClipEnrolments enrolments) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.formService = formService;
		this.engineCalls = engineCalls;
		this.enrolments = enrolments;
	}

	/**
	 * Whether the form being submitted now came through the API (the business itself).
	 */
	static boolean apiSubmission() {
		return API_SUBMISSION.get();
	}

	/** Starts the process of an enrolment recorded through the API. */
	void start(ClipBusiness business) {
		this.engineCalls.onBehalfOfCaller(() -> this.runtimeService.startProcessInstanceByKey(ClipProcess.KEY,
				business.getEnrolmentNumber(), this.enrolments.variables(business)));
	}

	/**
	 * Completes the advisor's self-check task, if it is open, with the business's
	 * answers, on the caller's behalf; whether it was open.
	 */
	boolean submitSelfCheckIfOpen(String enrolmentNumber, SelfCheckForm.Input answers) {
		Optional<Task> task = this.engineCalls
			.onBehalfOfCaller(() -> Optional.ofNullable(this.taskService.createTaskQuery()
				.processDefinitionKey(ClipReviewProcess.KEY)
				.processInstanceBusinessKey(enrolmentNumber)
				.taskDefinitionKey(ClipReviewProcess.RECEIVE_SELF_CHECK)
				.singleResult()));
		task.ifPresent((open) -> {
			API_SUBMISSION.set(true);
			try {
				this.engineCalls.onBehalfOfCaller(
						() -> this.formService.submitTaskForm(open.getId(), FormValues.of(answers).toVariables()));
			}
			finally {
				API_SUBMISSION.remove();
			}
		});
		return task.isPresent();
	}

}
