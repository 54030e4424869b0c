package jp.pmark.workflow.audit;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.AssessmentTaskForm;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;

/**
 * 改善報告書を確認する (the team leader, FND-4): the corrective action is complete, or more is
 * asked within the same deadline.
 */
@Component
public class ImprovementReviewForm extends AssessmentTaskForm<ImprovementReviewForm.Input> {

	/** 是正処置の完了を認める / 追加の報告を求める (FND-4). */
	public enum ImprovementOutcome {

		ACCEPTED, MORE_REQUESTED

	}

	/** What the form submits. */
	public record Input(ImprovementOutcome improvementOutcome, String reviewComment) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "findingsText", "reportText");

	private final FindingsDocumentRepository documents;

	private final NonconformityRepository nonconformities;

	private final ImprovementReportRepository reports;

	ImprovementReviewForm(Applications applications, FindingsDocumentRepository documents,
			NonconformityRepository nonconformities, ImprovementReportRepository reports, CurrentUser currentUser) {
		super(AssessmentProcess.REVIEW_IMPROVEMENT_REPORT, CONTRACT, applications, currentUser);
		this.documents = documents;
		this.nonconformities = nonconformities;
		this.reports = reports;
	}

	@Override
	public void prepare(FormView view) {
		String number = view.businessKey();
		Application application = this.applications.get(number);
		FindingsDocument document = this.documents.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.orElseThrow();
		StringBuilder findings = new StringBuilder("改善報告の期限 " + document.getImprovementDeadline() + "\n");
		for (Nonconformity nonconformity : this.nonconformities.findByFindingsDocumentIdOrderBySeq(document.getId())) {
			findings.append(nonconformity.getSeq()).append(". ").append(nonconformity.getDescription()).append('\n');
		}
		ImprovementReport report = this.reports.findFirstByFindingsDocumentIdOrderByIdDesc(document.getId())
			.orElseThrow();
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("findingsText", findings.toString().stripTrailing())
			.show("reportText",
					"受付日 " + report.getReceivedOn() + "（" + ("ONLINE".equals(report.getChannel()) ? "オンライン" : "書面")
							+ "）\n" + report.getSummary() + "\nエビデンス：" + report.getEvidence());
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		ImprovementOutcome outcome = input.improvementOutcome();
		rules.require(outcome != null, "improvementOutcome", RuleId.FND_4, "choose-whether-corrective-action");
		if (outcome == ImprovementOutcome.MORE_REQUESTED) {
			rules.require((input.reviewComment() != null), "reviewComment", RuleId.FND_4,
					"enter-what-more-needed-sent");
		}
		rules.add(IndividualNumbers.check("reviewComment", input.reviewComment()));
	}

	@Override
	public void complete(Input input, FormContext context) {
		Application application = this.applications.get(context.businessKey());
		FindingsDocument document = this.documents.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.orElseThrow();
		ImprovementReport report = this.reports.findFirstByFindingsDocumentIdOrderByIdDesc(document.getId())
			.orElseThrow();
		report.review(input.improvementOutcome().name(), input.reviewComment(), this.currentUser.id());
		this.reports.save(report);
		this.applications.journal(context.businessKey(), "IMPROVEMENT_REVIEWED",
				input.improvementOutcome() == ImprovementOutcome.ACCEPTED ? "改善報告を確認し、是正処置の完了を認めました"
						: "追加の改善報告を求めました：" + input.reviewComment(),
				this.currentUser.id());
		context.route(AssessmentProcess.VAR_IMPROVEMENT_OUTCOME, input.improvementOutcome().name());
	}

}
