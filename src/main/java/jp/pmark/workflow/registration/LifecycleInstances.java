package jp.pmark.workflow.registration;

import java.util.Map;

import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.engine.EngineCalls;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Component;

/**
 * The engine's side of a registration's life cycle ({@code PmarkRegistrationProcess}):
 * started, told, moved and found, on the product's behalf (the caller's right was checked
 * where the change began).
 */
@Component
class LifecycleInstances {

	private final RuntimeService runtimeService;

	private final EngineCalls engineCalls;

	LifecycleInstances(RuntimeService runtimeService, EngineCalls engineCalls) {
		this.runtimeService = runtimeService;
		this.engineCalls = engineCalls;
	}

	/**
	 * JIP-2: the life cycle of a recorded registration, under its application's number.
	 */
	void start(Registration registration, String applicationNumber, String applicantName) {
		this.engineCalls.onBehalfOfCaller(
				() -> this.runtimeService.startProcessInstanceByKey(RegistrationProcess.KEY, applicationNumber,
						Map.of(RegistrationProcess.VAR_REGISTRATION_ID, registration.getId(),
								RegistrationProcess.VAR_REGISTRATION_NUMBER, registration.getRegistrationNumber(),
								RegistrationProcess.VAR_APPLICANT_NAME, applicantName)));
	}

	/** The running life cycle of the registration, or null. */
	ProcessInstance of(Registration registration) {
		return this.engineCalls.onBehalfOfCaller(() -> this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(RegistrationProcess.KEY)
			.variableValueEquals(RegistrationProcess.VAR_REGISTRATION_ID, registration.getId())
			.singleResult());
	}

	/**
	 * REN-3: a renewal's assessment ended; a life cycle waiting past validity learns it.
	 */
	void renewalConcluded(Long registrationId) {
		correlate(RegistrationProcess.MSG_RENEWAL_CONCLUDED, registrationId);
	}

	/** MRG-1 INC-6: the registration ended; its life cycle ends and its timers stop. */
	void ended(Long registrationId) {
		correlate(RegistrationProcess.MSG_REGISTRATION_CANCELLED, registrationId);
	}

	/**
	 * JIP-2: the life cycle goes back to the timer the corrected dates call for; its
	 * timers are computed again.
	 */
	void restartAt(Registration registration, String activityId) {
		this.engineCalls.onBehalfOfCaller(() -> {
			ProcessInstance instance = of(registration);
			if (instance == null) {
				return;
			}
			ActivityInstance tree = this.runtimeService.getActivityInstance(instance.getId());
			// start first: cancelling the last activity first would end the instance
			var modification = this.runtimeService.createProcessInstanceModification(instance.getId())
				.startBeforeActivity(activityId);
			for (ActivityInstance child : tree.getChildActivityInstances()) {
				modification.cancelActivityInstance(child.getId());
			}
			modification.execute();
		});
	}

	/** Whether the assessment of the application is running. */
	boolean assessmentRunning(String applicationNumber) {
		return this.engineCalls.onBehalfOfCaller(() -> this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.processInstanceBusinessKey(applicationNumber)
			.count() > 0);
	}

	private void correlate(String message, Long registrationId) {
		this.engineCalls.onBehalfOfCaller(() -> this.runtimeService.createMessageCorrelation(message)
			.processInstanceVariableEquals(RegistrationProcess.VAR_REGISTRATION_ID, registrationId)
			.correlateAll());
	}

}
