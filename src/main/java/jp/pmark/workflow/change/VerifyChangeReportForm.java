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
import jp.pmark.workflow.guard.RuleId;

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
			rules.refuse("verificationOutcome", RuleId.CHG_7, "choose-outcome");
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
						"oldDetailsConfirmed", RuleId.CHG_4, "confirm-old-details-corporate-number");
			}
			case REQUEST_CLOSED_CERTIFICATE -> {
				rules.require(report.getKinds().stream().anyMatch(ChangeKind::needsCorporateNumber),
						"verificationOutcome", RuleId.CHG_4, "closed-registry-certificate-asked");
				rules.require((input.verificationReason() != null), "verificationReason", RuleId.CHG_4,
						"enter-why-sent-business");
			}
			case RETURN -> rules.require((input.verificationReason() != null), "verificationReason", RuleId.CHG_7,
					"enter-why-report-sent-back");
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
