package jp.pmark.workflow.merger;

import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
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

	private final MergerCases cases;

	private final ApplicantService applicants;

	private final CurrentUser currentUser;

	RegisterMergerCase(MergerCaseStartForm form, MergerCases cases, ApplicantService applicants,
			CurrentUser currentUser) {
		this.form = form;
		this.cases = cases;
		this.applicants = applicants;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FormInput input = new FormInput(execution.getVariables(), null);
		Rules rules = new Rules();
		this.form.validate(input, rules);
		rules.throwIfAny();
		MergerCase mergerCase = this.cases.register(this.form.read(input), this.currentUser.id());
		execution.setProcessBusinessKey(mergerCase.getCaseNumber());
		execution.removeVariables(MergerCaseStartForm.FIELDS);
		execution.setVariable(MergerProcess.VAR_CASE_NUMBER, mergerCase.getCaseNumber());
		execution.setVariable(MergerProcess.VAR_APPLICANT_NAME,
				this.applicants.get(mergerCase.getApplicantId()).getName());
		execution.setVariable(MergerProcess.VAR_MERGER_TYPE, mergerCase.getMergerType());
		execution.setVariable(MergerProcess.VAR_IN_EFFECT, this.cases.inEffect(mergerCase));
		execution.setVariable(MergerProcess.VAR_DOCUMENTS_DUE, !mergerCase.documentsDue().isEmpty());
	}

}
