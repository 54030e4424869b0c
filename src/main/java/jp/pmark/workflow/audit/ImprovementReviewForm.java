package jp.pmark.workflow.audit;

import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.intake.Application;
import jp.pmark.workflow.intake.Applications;
import jp.pmark.workflow.intake.AssessmentProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;

/**
 * 改善報告書を確認する (the team leader, FND-4): the corrective action is complete, or more is
 * asked within the same deadline.
 */
@Component
class ImprovementReviewForm implements TaskForm {

	private final Applications applications;

	private final FindingsDocumentRepository documents;

	private final NonconformityRepository nonconformities;

	private final ImprovementReportRepository reports;

	private final CurrentUser currentUser;

	ImprovementReviewForm(Applications applications, FindingsDocumentRepository documents,
			NonconformityRepository nonconformities, ImprovementReportRepository reports, CurrentUser currentUser) {
		this.applications = applications;
		this.documents = documents;
		this.nonconformities = nonconformities;
		this.reports = reports;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return AssessmentProcess.KEY;
	}

	@Override
	public String taskKey() {
		return AssessmentProcess.REVIEW_IMPROVEMENT_REPORT;
	}

	@Override
	public void prepare(DelegateTask task) {
		String number = task.getExecution().getProcessBusinessKey();
		Application application = this.applications.get(number);
		FindingsDocument document = this.documents.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.orElseThrow();
		StringBuilder findings = new StringBuilder("改善報告の期限 " + document.getImprovementDeadline() + "\n");
		for (Nonconformity nonconformity : this.nonconformities.findByFindingsDocumentIdOrderBySeq(document.getId())) {
			findings.append(nonconformity.getSeq()).append(". ").append(nonconformity.getDescription()).append('\n');
		}
		ImprovementReport report = this.reports.findFirstByFindingsDocumentIdOrderByIdDesc(document.getId())
			.orElseThrow();
		CaseView.of(task)
			.set("caseSummary", this.applications.caseSummary(number))
			.set("findingsText", findings.toString().stripTrailing())
			.set("reportText",
					"受付日 " + report.getReceivedOn() + "（" + ("ONLINE".equals(report.getChannel()) ? "オンライン" : "書面")
							+ "）\n" + report.getSummary() + "\nエビデンス：" + report.getEvidence());
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		String outcome = input.text("improvementOutcome");
		rules.require("ACCEPTED".equals(outcome) || "MORE_REQUESTED".equals(outcome), "improvementOutcome", "FND-4",
				"是正処置が完了したか、追加の報告を求めるかを選んでください。", "Choose whether the corrective action is complete.");
		if ("MORE_REQUESTED".equals(outcome)) {
			rules.require(input.has("reviewComment"), "reviewComment", "FND-4", "追加で報告を求める事項を入力してください（申請者に送付します）。",
					"Enter what more is needed; it is sent to the applicant.");
		}
		rules.add(IndividualNumbers.check("reviewComment", input.text("reviewComment")));
	}

	@Override
	public void complete(FormInput input, DelegateTask task) {
		Application application = this.applications.get(input.businessKey());
		FindingsDocument document = this.documents.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.orElseThrow();
		ImprovementReport report = this.reports.findFirstByFindingsDocumentIdOrderByIdDesc(document.getId())
			.orElseThrow();
		report.review(input.text("improvementOutcome"), input.text("reviewComment"), this.currentUser.id());
		this.reports.save(report);
		this.applications.journal(
				input.businessKey(), "IMPROVEMENT_REVIEWED", "ACCEPTED".equals(input.text("improvementOutcome"))
						? "改善報告を確認し、是正処置の完了を認めました" : "追加の改善報告を求めました：" + input.text("reviewComment"),
				this.currentUser.id());
		task.setVariable(AssessmentProcess.VAR_IMPROVEMENT_OUTCOME, input.text("improvementOutcome"));
	}

}
