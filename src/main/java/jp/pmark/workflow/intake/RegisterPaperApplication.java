package jp.pmark.workflow.intake;

import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * 紙の申請を登録する: records a paper application from its start form, gives the process instance
 * the application number as business key, and keeps only what routing needs.
 */
@Component("registerPaperApplication")
class RegisterPaperApplication implements JavaDelegate {

	private final PaperApplicationForm form;

	private final IntakeService intake;

	private final CurrentUser currentUser;

	RegisterPaperApplication(PaperApplicationForm form, IntakeService intake, CurrentUser currentUser) {
		this.form = form;
		this.intake = intake;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FormInput input = new FormInput(execution.getVariables(), null);
		Rules rules = new Rules();
		this.form.validate(input, rules);
		rules.throwIfAny();
		Application application = this.intake.register(this.form.read(input), this.currentUser.id());
		execution.setProcessBusinessKey(application.getApplicationNumber());
		execution.setVariable(AssessmentProcess.VAR_APPLICATION_NUMBER, application.getApplicationNumber());
		execution.setVariable(AssessmentProcess.VAR_APPLICANT_NAME, application.getApplicant().getName());
		execution.removeVariables(PaperApplicationForm.FIELDS);
	}

}
