package jp.pmark.workflow.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the product makes on a caller's behalf, after it checked the
 * caller's right itself (the API's group check): a payment from the bank correlates with
 * its invoice's process, an online report moves its assessment on. Camunda's own checks
 * would require granting whole groups the right to update every process instance; here
 * they are off for the call, while the caller stays the authenticated user in the
 * engine's history.
 * <p>
 * Why internals: the public API has no way to run a call without authorization checks
 * other than the internal command executor's {@code runWithoutAuthorization}.
 */
@Component
public class EngineCalls {

	private final ProcessEngine processEngine;

	EngineCalls(ProcessEngine processEngine) {
		this.processEngine = processEngine;
	}

	public <T> T onBehalfOfCaller(Supplier<T> call) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.processEngine
			.getProcessEngineConfiguration();
		return configuration.getCommandExecutorTxRequired()
			.execute((commandContext) -> commandContext.runWithoutAuthorization(call::get));
	}

	public void onBehalfOfCaller(Runnable call) {
		onBehalfOfCaller(() -> {
			call.run();
			return null;
		});
	}

}
