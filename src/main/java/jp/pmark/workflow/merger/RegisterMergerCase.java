package jp.pmark.workflow.merger;

import java.util.Map;

import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.StartFormRegistration;
import jp.pmark.workflow.common.TaskForms;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

/**
 * 合併・分社等の案件を登録する: records the case from its start form, classified by the decision table;
 * the case number becomes the business key.
 */
@Component("registerMergerCase")
class RegisterMergerCase extends StartFormRegistration<MergerCaseStartForm.Input, MergerCase> {

	private final MergerCaseStartForm form;

	private final MergerCases cases;

	private final ApplicantService applicants;

	RegisterMergerCase(MergerCaseStartForm form, TaskForms forms, MergerCases cases, ApplicantService applicants,
			CurrentUser currentUser) {
		super(form, forms, currentUser);
		this.form = form;
		this.cases = cases;
		this.applicants = applicants;
	}

	@Override
	protected MergerCase register(MergerCaseStartForm.Input input, String recordedBy) {
		return this.cases.register(this.form.read(input), recordedBy);
	}

	@Override
	protected String number(MergerCase mergerCase) {
		return mergerCase.getCaseNumber();
	}

	@Override
	protected Map<String, Object> routing(MergerCase mergerCase) {
		return Variables.createVariables()
			.putValue(MergerProcess.VAR_CASE_NUMBER, mergerCase.getCaseNumber())
			.putValue(MergerProcess.VAR_APPLICANT_NAME, this.applicants.get(mergerCase.getApplicantId()).getName())
			.putValue(MergerProcess.VAR_MERGER_TYPE, mergerCase.getMergerType())
			.putValue(MergerProcess.VAR_IN_EFFECT, this.cases.inEffect(mergerCase))
			.putValue(MergerProcess.VAR_DOCUMENTS_DUE, !mergerCase.documentsDue().isEmpty());
	}

}
