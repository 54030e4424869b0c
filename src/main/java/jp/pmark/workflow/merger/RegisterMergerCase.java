package jp.pmark.workflow.merger;

import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * 合併・分社等の案件を登録する: records the case from its start form, classified by the decision table;
 * the case number becomes the business key.
 */
@Component("registerMergerCase")
class RegisterMergerCase implements JavaDelegate {

	private final MergerCaseStartForm form;

	private final TaskForms forms;

	private final MergerCases cases;

	private final ApplicantService applicants;

	private final CurrentUser currentUser;

	RegisterMergerCase(MergerCaseStartForm form, TaskForms forms, MergerCases cases, ApplicantService applicants,
			CurrentUser currentUser) {
		this.form = form;
		this.forms = forms;
		this.cases = cases;
		this.applicants = applicants;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		MergerCaseStartForm.Input input = this.forms.startSubmission(execution, this.form);
		MergerCase mergerCase = TaskForms
			.refusing(() -> this.cases.register(this.form.read(input), this.currentUser.id()));
		execution.setProcessBusinessKey(mergerCase.getCaseNumber());
		execution.setVariable(MergerProcess.VAR_CASE_NUMBER, mergerCase.getCaseNumber());
		execution.setVariable(MergerProcess.VAR_APPLICANT_NAME,
				this.applicants.get(mergerCase.getApplicantId()).getName());
		execution.setVariable(MergerProcess.VAR_MERGER_TYPE, mergerCase.getMergerType());
		execution.setVariable(MergerProcess.VAR_IN_EFFECT, this.cases.inEffect(mergerCase));
		execution.setVariable(MergerProcess.VAR_DOCUMENTS_DUE, !mergerCase.documentsDue().isEmpty());
	}

}
