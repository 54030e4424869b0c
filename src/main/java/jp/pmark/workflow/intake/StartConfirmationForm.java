package jp.pmark.workflow.intake;

import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 審査着手を確認する (assessment managers, INT-8, INT-10): the audit must not start until a) to d)
 * are all confirmed; the record of who confirmed what and when justifies the start.
 */
@Component
class StartConfirmationForm implements TaskForm {

	static final String[] CONFIRMATIONS = { "documentsSatisfy", "informationSufficient", "withinScope",
			"notDisqualified", "trainingAllEmployees", "internalAuditAllDepartments" };

	private final Applications applications;

	private final ReceiptCheckRepository receiptChecks;

	private final DisqualificationScreeningRepository screenings;

	private final StartConfirmationRepository confirmations;

	private final CurrentUser currentUser;

	StartConfirmationForm(Applications applications, ReceiptCheckRepository receiptChecks,
			DisqualificationScreeningRepository screenings, StartConfirmationRepository confirmations,
			CurrentUser currentUser) {
		this.applications = applications;
		this.receiptChecks = receiptChecks;
		this.screenings = screenings;
		this.confirmations = confirmations;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return AssessmentProcess.KEY;
	}

	@Override
	public String taskKey() {
		return AssessmentProcess.CONFIRM_ASSESSMENT_START;
	}

	@Override
	public void prepare(DelegateTask task) {
		String number = task.getExecution().getProcessBusinessKey();
		Application application = this.applications.get(number);
		StringBuilder earlier = new StringBuilder();
		this.receiptChecks.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.ifPresent((check) -> earlier.append("書類確認：")
				.append(check.getOutcome().japaneseName())
				.append("（")
				.append(check.getCheckedBy())
				.append("）\n"));
		this.screenings.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.ifPresent((screening) -> earlier.append("欠格事由：")
				.append(screening.getOutcome().japaneseName())
				.append("（")
				.append(screening.getScreenedBy())
				.append("）\n"));
		CaseView.of(task)
			.set("caseSummary", this.applications.caseSummary(number))
			.set("documentList", this.applications.documentList(number))
			.set("earlierChecks", earlier.toString().stripTrailing());
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		String decision = input.text("startDecision");
		rules.require("START".equals(decision) || "NOT_START".equals(decision), "startDecision", "INT-8",
				"審査に着手するかどうかを選んでください。", "Choose whether the assessment starts.");
		rules.add(IndividualNumbers.check("startComment", input.text("startComment")));
		if ("START".equals(decision)) {
			String[] labels = { "a) 申請書及び申請関連書類が要求事項を満たしている", "b) 審査に十分な情報がある", "c) 審査対象の範囲に含まれる", "d) 欠格事由に該当しない",
					"教育が全ての従業者に実施されている（INT-10）", "内部監査が全ての部門に実施されている（INT-10）" };
			for (int i = 0; i < CONFIRMATIONS.length; i++) {
				rules.require(input.bool(CONFIRMATIONS[i]), CONFIRMATIONS[i], (i >= 4) ? "INT-10" : "INT-8",
						"「" + labels[i] + "」が確認できないため、審査に着手できません。",
						"The assessment cannot start until '" + CONFIRMATIONS[i] + "' is confirmed.");
			}
		}
		else if ("NOT_START".equals(decision)) {
			rules.require(input.has("startComment"), "startComment", "INT-8", "着手しない理由を入力してください（申請者に送付します）。",
					"Enter why the assessment does not start.");
		}
	}

	@Override
	@Transactional
	public void complete(FormInput input, DelegateTask task) {
		Application application = this.applications.get(input.businessKey());
		StartConfirmation confirmation = this.confirmations.save(new StartConfirmation(application.getId(),
				input.bool("documentsSatisfy"), input.bool("informationSufficient"), input.bool("withinScope"),
				input.bool("notDisqualified"), input.bool("trainingAllEmployees"),
				input.bool("internalAuditAllDepartments"), input.text("startComment"), this.currentUser.id()));
		boolean started = "START".equals(input.text("startDecision")) && confirmation.isConfirmed();
		if (started) {
			this.applications.setStatus(input.businessKey(), ApplicationStatus.UNDER_ASSESSMENT, this.currentUser.id(),
					"審査着手の確認（a〜d）");
		}
		else {
			this.applications.setStatus(input.businessKey(), ApplicationStatus.NOT_STARTED, this.currentUser.id(),
					input.text("startComment"));
		}
		task.setVariable(AssessmentProcess.VAR_START_CONFIRMED, started);
	}

}
