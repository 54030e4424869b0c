package jp.pmark.workflow.intake;

import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * 紙の申請を登録する: records a paper application from its start form's submission (checked before
 * the process instance existed), and gives the process instance the application number as
 * business key and the variables it routes on.
 */
@Component("registerPaperApplication")
class RegisterPaperApplication implements JavaDelegate {

	private final PaperApplicationForm form;

	private final TaskForms forms;

	private final IntakeService intake;

	private final CurrentUser currentUser;

	RegisterPaperApplication(PaperApplicationForm form, TaskForms forms, IntakeService intake,
			CurrentUser currentUser) {
		this.form = form;
		this.forms = forms;
		this.intake = intake;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PaperApplicationForm.Input input = this.forms.startSubmission(execution, this.form);
		Application application = TaskForms
			.refusing(() -> this.intake.register(this.form.read(input), this.currentUser.id()));
		execution.setProcessBusinessKey(application.getApplicationNumber());
		execution.setVariable(AssessmentProcess.VAR_APPLICATION_NUMBER, application.getApplicationNumber());
		execution.setVariable(AssessmentProcess.VAR_APPLICANT_NAME, application.getApplicant().getName());
	}

}
