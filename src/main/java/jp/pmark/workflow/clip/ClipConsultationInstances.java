package jp.pmark.workflow.clip;

import java.util.Map;

import jp.pmark.workflow.engine.EngineCalls;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

/**
 * The engine side of consultations: starts the process of a consultation received through
 * the API, on the caller's behalf.
 */
@Component
class ClipConsultationInstances {

	private final RuntimeService runtimeService;

	private final EngineCalls engineCalls;

	ClipConsultationInstances(RuntimeService runtimeService, EngineCalls engineCalls) {
		this.runtimeService = runtimeService;
		this.engineCalls = engineCalls;
	}

	void start(String consultationNumber, Map<String, Object> variables) {
		this.engineCalls.onBehalfOfCaller(() -> this.runtimeService
			.startProcessInstanceByKey(ClipConsultationProcess.KEY, consultationNumber, variables));
	}

}
