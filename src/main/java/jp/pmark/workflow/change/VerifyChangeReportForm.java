package jp.pmark.workflow.change;

import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;

import org.springframework.stereotype.Component;

/**
 * 変更報告を確認する (reception, CHG-2..CHG-4): the reported values beside the record, the
 * documents, and for a name or head-office change the check on the corporate-number site;
 * apply, ask for the closed registry certificate, or send the report back.
 */
@Component
public class VerifyChangeReportForm extends ChangeReportTaskForm<VerifyChangeReportForm.Input> {

	/** What the form submits. */
	public record Input(boolean oldDetailsConfirmed, ChangeReportVerification.Outcome verificationOutcome,
			String verificationReason) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("reportSummary", "changesText", "documentLinks", "needsPublicationCheck", "publicationSiteText");

	private final ApplicantService applicants;

	private final ChangeReportFiles files;

	VerifyChangeReportForm(ChangeReports reports, ApplicantService applicants, ChangeReportFiles files,
			CurrentUser currentUser) {
		super(ChangeReportProcess.VERIFY, CONTRACT, reports, currentUser);
		this.applicants = applicants;
		this.files = files;
	}

	@Override
	public void prepare(FormView view) {
		ChangeReport report = this.reports.get(view.businessKey());
		String corporateNumber = this.applicants.get(report.getApplicantId()).getCorporateNumber();
		boolean publicationCheck = ChangeReportRules.needsPublicationCheck(report.getKinds(), corporateNumber);
		view.show("reportSummary", this.reports.summary(report))
			.show("changesText", this.reports.changesText(report))
			.show("documentLinks", this.files.links(view.taskId(), report))
			.show("needsPublicationCheck", publicationCheck)
			.show("publicationSiteText", ChangeReportTexts.publicationSite(publicationCheck, corporateNumber));
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		ChangeReport report = this.reports.get(context.businessKey());
		String corporateNumber = this.applicants.get(report.getApplicantId()).getCorporateNumber();
		boolean certificate = this.reports.documents(report)
			.stream()
			.anyMatch((document) -> document.getDocumentType() == ChangeDocumentType.CLOSED_CERTIFICATE);
		ChangeReportRules.checkVerification(input, report.getKinds(),
				ChangeReportRules.needsPublicationCheck(report.getKinds(), corporateNumber), certificate, rules);
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
