package jp.pmark.workflow.registration;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationKind;
import jp.pmark.workflow.assessment.Applications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import org.springframework.stereotype.Component;

/**
 * Listens to the end of every assessment: when a renewal's assessment ends, however it
 * ends, the registration it renews learns the outcome (REN-3, REN-5).
 */
@Component("renewalOutcome")
class RenewalOutcome implements ExecutionListener {

	private final Applications applications;

	private final RegistrationLifecycle lifecycle;

	RenewalOutcome(Applications applications, RegistrationLifecycle lifecycle) {
		this.applications = applications;
		this.lifecycle = lifecycle;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String businessKey = execution.getProcessBusinessKey();
		if (businessKey == null) {
			return;
		}
		this.applications.find(businessKey)
			.filter((application) -> application.getKind() == ApplicationKind.RENEWAL)
			.filter((application) -> application.getRenewalOfRegistrationId() != null)
			.ifPresent(this::concluded);
	}

	private void concluded(Application renewal) {
		this.lifecycle.renewalConcluded(renewal);
	}

}
