package jp.pmark.workflow.intake;

import java.util.Map;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.StartFormRegistration;
import jp.pmark.workflow.common.TaskForms;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

/**
 * 紙の申請を登録する: records a paper application from its start form's submission (checked before
 * the process instance existed), and gives the process instance the application number as
 * business key and the variables it routes on.
 */
@Component("registerPaperApplication")
class RegisterPaperApplication extends StartFormRegistration<PaperApplicationForm.Input, Application> {

	private final PaperApplicationForm form;

	private final IntakeService intake;

	RegisterPaperApplication(PaperApplicationForm form, TaskForms forms, IntakeService intake,
			CurrentUser currentUser) {
		super(form, forms, currentUser);
		this.form = form;
		this.intake = intake;
	}

	@Override
	protected Application register(PaperApplicationForm.Input input, String recordedBy) {
		return this.intake.register(this.form.read(input), recordedBy);
	}

	@Override
	protected String number(Application application) {
		return application.getApplicationNumber();
	}

	@Override
	protected Map<String, Object> routing(Application application) {
		return Variables.createVariables()
			.putValue(AssessmentProcess.VAR_APPLICATION_NUMBER, application.getApplicationNumber())
			.putValue(AssessmentProcess.VAR_APPLICANT_NAME, application.getApplicant().getName());
	}

}
