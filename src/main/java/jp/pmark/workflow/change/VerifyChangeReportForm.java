package jp.pmark.workflow.change;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;

import org.springframework.stereotype.Component;

/**
 * 変更報告を確認する (reception, CHG-2..CHG-4): the reported values beside the record, the
 * documents, and for a name or head-office change the check on the corporate-number site;
 * apply, ask for the closed registry certificate, or send the report back.
 */
@Component
public class VerifyChangeReportForm implements TaskForm<VerifyChangeReportForm.Input> {

	/** What the form submits. */
	public record Input(boolean oldDetailsConfirmed, ChangeReportVerification.Outcome verificationOutcome,
			String verificationReason) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("reportSummary", "changesText", "documentsText", "needsPublicationCheck", "publicationSiteText");

	private final ChangeReports reports;

	private final ApplicantService applicants;

	private final CurrentUser currentUser;

	VerifyChangeReportForm(ChangeReports reports, ApplicantService applicants, CurrentUser currentUser) {
		this.reports = reports;
		this.applicants = applicants;
		this.currentUser = currentUser;
	}

	@Override
	public ProcessModel process() {
		return ChangeReportProcess.PROCESS;
	}

	@Override
	public FormContract<Input> contract() {
		return CONTRACT;
	}

	@Override
	public String taskKey() {
		return ChangeReportProcess.VERIFY;
	}

	@Override
	public void prepare(FormView view) {
		ChangeReport report = this.reports.get(view.businessKey());
		Applicant applicant = this.applicants.get(report.getApplicantId());
		boolean publicationCheck = needsPublicationCheck(report, applicant);
		view.show("reportSummary", this.reports.summary(report))
			.show("changesText", this.reports.changesText(report))
			.show("documentsText", this.reports.documentsText(report))
			.show("needsPublicationCheck", publicationCheck)
			.show("publicationSiteText",
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
	public void validate(Input input, FormContext context, Rules rules) {
		ChangeReportVerification.Outcome outcome = input.verificationOutcome();
		if (outcome == null) {
			rules.refuse("verificationOutcome", "CHG-7", "確認の結果（反映する・閉鎖事項証明書を求める・差し戻す）を選んでください。",
					"Choose the outcome.");
			return;
		}
		rules.add(IndividualNumbers.check("verificationReason", input.verificationReason()));
		ChangeReport report = this.reports.get(context.businessKey());
		Applicant applicant = this.applicants.get(report.getApplicantId());
		switch (outcome) {
			case APPLY -> {
				boolean certificate = this.reports.documents(report)
					.stream()
					.anyMatch((document) -> document.getDocumentType() == ChangeDocumentType.CLOSED_CERTIFICATE);
				rules.require(!needsPublicationCheck(report, applicant) || input.oldDetailsConfirmed() || certificate,
						"oldDetailsConfirmed", "CHG-4", "法人番号公表サイトで旧商号・旧本店所在地を確認してください。確認できないときは閉鎖事項証明書の提出を求めてください。",
						"Confirm the old details on the corporate-number site, or ask for the closed registry certificate.");
			}
			case REQUEST_CLOSED_CERTIFICATE -> {
				rules.require(report.getKinds().stream().anyMatch(ChangeKind::needsCorporateNumber),
						"verificationOutcome", "CHG-4", "閉鎖事項証明書を求めるのは、事業者名・本店所在地の変更で旧情報を確認できないときです。",
						"The closed registry certificate is asked for a name or head-office change only.");
				rules.require((input.verificationReason() != null), "verificationReason", "CHG-4",
						"閉鎖事項証明書を求める理由を入力してください（事業者に送付します）。", "Enter why; it is sent to the business.");
			}
			case RETURN -> rules.require((input.verificationReason() != null), "verificationReason", "CHG-7",
					"差し戻す理由を入力してください（事業者に送付します）。", "Enter why the report is sent back.");
		}
	}

	@Override
	public void complete(Input input, FormContext context) {
		ChangeReport report = this.reports.get(context.businessKey());
		ChangeReportVerification.Outcome outcome = input.verificationOutcome();
		this.reports.verified(report, outcome, input.oldDetailsConfirmed(), input.verificationReason(),
				this.currentUser.id());
		context.route(ChangeReportProcess.VAR_VERIFICATION_OUTCOME, outcome.name());
	}

}
