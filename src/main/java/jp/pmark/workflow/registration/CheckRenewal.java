package jp.pmark.workflow.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * {@code Task_CheckRenewal} (REN-3): at the end of validity, whether a renewal continues
 * the registration; writes the answer the gateway routes on.
 */
@Component("checkRenewal")
class CheckRenewal implements JavaDelegate {

	private final RegistrationLifecycle lifecycle;

	CheckRenewal(RegistrationLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long registrationId = ((Number) execution.getVariable(RegistrationProcess.VAR_REGISTRATION_ID)).longValue();
		String concluded = (String) execution.getVariable(RegistrationProcess.VAR_CONCLUDED_APPLICATION);
		execution.setVariable(RegistrationProcess.VAR_RENEWAL_STATE,
				this.lifecycle.renewalState(registrationId, concluded).name());
	}

}
