package jp.pmark.workflow.audit;

import java.time.LocalDate;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.AssessmentTaskForm;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;

/**
 * 改善報告書を受け付ける (reception, FND-3): the task stays in reception's list until the report
 * arrives on paper; an online report (API) ends it; the deadline timer on the engine ends
 * it when the 3 months pass.
 */
@Component
public class ImprovementReceiptForm extends AssessmentTaskForm<ImprovementReceiptForm.Input> {

	/** What the form submits. */
	public record Input(LocalDate reportReceivedOn, String reportSummary, String reportEvidence) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "findingsText")
		.prefills("reportReceivedOn");

	private final FindingsDocumentRepository documents;

	private final NonconformityRepository nonconformities;

	private final ImprovementReportRepository reports;

	private final Improvements improvements;

	private final JapaneseBusinessCalendar calendar;

	ImprovementReceiptForm(Applications applications, FindingsDocumentRepository documents,
			NonconformityRepository nonconformities, ImprovementReportRepository reports, Improvements improvements,
			JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		super(AssessmentProcess.RECEIVE_IMPROVEMENT_REPORT, CONTRACT, applications, currentUser);
		this.documents = documents;
		this.nonconformities = nonconformities;
		this.reports = reports;
		this.improvements = improvements;
		this.calendar = calendar;
	}

	@Override
	public void prepare(FormView view) {
		String number = view.businessKey();
		Application application = this.applications.get(number);
		FindingsDocument document = this.documents.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.orElseThrow();
		StringBuilder text = new StringBuilder(
				"指摘事項文書 発行日 " + document.getIssuedOn() + "／改善報告の期限 " + document.getImprovementDeadline() + "\n");
		for (Nonconformity nonconformity : this.nonconformities.findByFindingsDocumentIdOrderBySeq(document.getId())) {
			text.append(nonconformity.getSeq()).append(". ").append(nonconformity.getDescription()).append('\n');
		}
		this.reports.findFirstByFindingsDocumentIdOrderByIdDesc(document.getId())
			.filter((report) -> "MORE_REQUESTED".equals(report.getReviewResult()))
			.ifPresent((report) -> text.append("追加の報告を依頼した事項：").append(report.getReviewComment()));
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("findingsText", text.toString().stripTrailing())
			.prefill("reportReceivedOn", this.calendar.today());
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		LocalDate received = input.reportReceivedOn();
		rules.require(received != null && !received.isAfter(this.calendar.today()), "reportReceivedOn", RuleId.FND_3,
				"enter-day-report-arrived-today");
		rules.require((input.reportSummary() != null), "reportSummary", RuleId.FND_3, "enter-what-report-says");
		rules.require((input.reportEvidence() != null), "reportEvidence", RuleId.FND_3, "list-evidence-attached");
		rules.add(IndividualNumbers.check("reportSummary", input.reportSummary()));
		rules.add(IndividualNumbers.check("reportEvidence", input.reportEvidence()));
	}

	@Override
	public void complete(Input input, FormContext context) {
		this.improvements.record(this.applications.get(context.businessKey()), input.reportReceivedOn(), "PAPER",
				input.reportSummary(), input.reportEvidence(), this.currentUser.id());
	}

}
