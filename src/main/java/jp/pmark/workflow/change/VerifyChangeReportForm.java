package jp.pmark.workflow.change;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;

/**
 * 変更報告を確認する (reception, CHG-2..CHG-4): the reported values beside the record, the
 * documents, and for a name or head-office change the check on the corporate-number site;
 * apply, ask for the closed registry certificate, or send the report back.
 */
@Component
class VerifyChangeReportForm implements TaskForm {

	private final ChangeReports reports;

	private final ApplicantService applicants;

	private final CurrentUser currentUser;

	VerifyChangeReportForm(ChangeReports reports, ApplicantService applicants, CurrentUser currentUser) {
		this.reports = reports;
		this.applicants = applicants;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return ChangeReportProcess.KEY;
	}

	@Override
	public String taskKey() {
		return ChangeReportProcess.VERIFY;
	}

	@Override
	public void prepare(DelegateTask task) {
		ChangeReport report = this.reports.get(task.getExecution().getProcessBusinessKey());
		Applicant applicant = this.applicants.get(report.getApplicantId());
		boolean publicationCheck = needsPublicationCheck(report, applicant);
		CaseView.of(task)
			.set("reportSummary", this.reports.summary(report))
			.set("changesText", this.reports.changesText(report))
			.set("documentsText", this.reports.documentsText(report))
			.set("needsPublicationCheck", publicationCheck)
			.set("publicationSiteText",
					publicationCheck
							? "法人番号 " + applicant.getCorporateNumber() + " の変更履歴で、旧商号・旧本店所在地（現在の記録の値）を確認してください。"
							: "（この報告では確認不要です）");
	}

	/** CHG-4: a name or head-office change of a business with a corporate number. */
	static boolean needsPublicationCheck(ChangeReport report, Applicant applicant) {
		return applicant.getCorporateNumber() != null
				&& report.getKinds().stream().anyMatch(ChangeKind::needsCorporateNumber);
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		ChangeReportVerification.Outcome outcome = outcome(input);
		if (outcome == null) {
			rules.refuse("verificationOutcome", "CHG-7", "確認の結果（反映する・閉鎖事項証明書を求める・差し戻す）を選んでください。",
					"Choose the outcome.");
			return;
		}
		rules.add(IndividualNumbers.check("verificationReason", input.text("verificationReason")));
		ChangeReport report = this.reports.get(input.businessKey());
		Applicant applicant = this.applicants.get(report.getApplicantId());
		switch (outcome) {
			case APPLY -> {
				boolean certificate = this.reports.documents(report)
					.stream()
					.anyMatch((document) -> document.getDocumentType() == ChangeDocumentType.CLOSED_CERTIFICATE);
				rules.require(
						!needsPublicationCheck(report, applicant) || input.bool("oldDetailsConfirmed") || certificate,
						"oldDetailsConfirmed", "CHG-4", "法人番号公表サイトで旧商号・旧本店所在地を確認してください。確認できないときは閉鎖事項証明書の提出を求めてください。",
						"Confirm the old details on the corporate-number site, or ask for the closed registry certificate.");
			}
			case REQUEST_CLOSED_CERTIFICATE -> {
				rules.require(report.getKinds().stream().anyMatch(ChangeKind::needsCorporateNumber),
						"verificationOutcome", "CHG-4", "閉鎖事項証明書を求めるのは、事業者名・本店所在地の変更で旧情報を確認できないときです。",
						"The closed registry certificate is asked for a name or head-office change only.");
				rules.require(input.has("verificationReason"), "verificationReason", "CHG-4",
						"閉鎖事項証明書を求める理由を入力してください（事業者に送付します）。", "Enter why; it is sent to the business.");
			}
			case RETURN -> rules.require(input.has("verificationReason"), "verificationReason", "CHG-7",
					"差し戻す理由を入力してください（事業者に送付します）。", "Enter why the report is sent back.");
		}
	}

	@Override
	public void complete(FormInput input, DelegateTask task) {
		ChangeReport report = this.reports.get(input.businessKey());
		ChangeReportVerification.Outcome outcome = outcome(input);
		this.reports.verified(report, outcome, input.bool("oldDetailsConfirmed"), input.text("verificationReason"),
				this.currentUser.id());
		task.setVariable(ChangeReportProcess.VAR_VERIFICATION_OUTCOME, outcome.name());
	}

	private static ChangeReportVerification.Outcome outcome(FormInput input) {
		try {
			return input.has("verificationOutcome")
					? ChangeReportVerification.Outcome.valueOf(input.text("verificationOutcome")) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
