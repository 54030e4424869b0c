package jp.pmark.workflow.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.common.ConflictException;
import jp.pmark.workflow.common.Recorded;
import jp.pmark.workflow.common.RuleViolationException;
import jp.pmark.workflow.engine.EngineCalls;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Improvement reports (FND-3): received on paper by reception, or online through the API.
 */
@Service
public class Improvements {

	private final Applications applications;

	private final FindingsDocumentRepository documents;

	private final ImprovementReportRepository reports;

	private final RuntimeService runtimeService;

	private final EngineCalls engineCalls;

	Improvements(Applications applications, FindingsDocumentRepository documents, ImprovementReportRepository reports,
			RuntimeService runtimeService, EngineCalls engineCalls) {
		this.engineCalls = engineCalls;
		this.applications = applications;
		this.documents = documents;
		this.reports = reports;
		this.runtimeService = runtimeService;
	}

	/** Records a report; the caller has checked it. */
	@Transactional
	public ImprovementReport record(Application application, LocalDate receivedOn, String channel, String summary,
			String evidence, String by) {
		FindingsDocument document = this.documents.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.orElseThrow(() -> new RuleViolationException(
					RuleViolation.of("applicationNumber", RuleId.FND_3, "application-no-findings-document")));
		ImprovementReport report = this.reports
			.save(new ImprovementReport(document.getId(), receivedOn, channel, summary, evidence, by));
		this.applications.journal(application.getApplicationNumber(), "IMPROVEMENT_REPORT_RECEIVED",
				"改善報告書を受け付けました（" + receivedOn + "、" + ("ONLINE".equals(channel) ? "オンライン" : "書面") + "）", by);
		return report;
	}

	/**
	 * An improvement report submitted online: recorded, then the assessment moves on to
	 * its review. The same report again is the one recorded; another one while the first
	 * awaits its review is a conflict (409); refused when the assessment is not waiting
	 * for one.
	 */
	@Transactional
	public Recorded<ImprovementReport> receiveOnline(String applicationNumber, LocalDate receivedOn, String summary,
			String evidence, String by) {
		Application application = this.applications.lock(applicationNumber);
		List<ImprovementReport> unreviewed = this.documents.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.map((document) -> this.reports.findByFindingsDocumentIdOrderById(document.getId())
				.stream()
				.filter((report) -> report.getReviewResult() == null)
				.toList())
			.orElse(List.of());
		Optional<ImprovementReport> same = unreviewed.stream()
			.filter((report) -> "ONLINE".equals(report.getChannel()) && Objects.equals(report.getSummary(), summary)
					&& Objects.equals(report.getEvidence(), evidence))
			.reduce((first, second) -> second);
		if (same.isPresent()) {
			// the same report sent again (twice at once, or a retry after a lost answer)
			return Recorded.repeat(same.get());
		}
		boolean waiting = this.engineCalls.onBehalfOfCaller(() -> this.runtimeService.createExecutionQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.processInstanceBusinessKey(applicationNumber)
			.messageEventSubscriptionName(AssessmentProcess.MSG_IMPROVEMENT_REPORT_SUBMITTED)
			.count() > 0);
		if (!waiting && !unreviewed.isEmpty()) {
			// another report came first (at the same moment, on this node or another) and
			// waits for the team's review: this one is not a repeat of it
			ImprovementReport first = unreviewed.get(unreviewed.size() - 1);
			throw new ConflictException(RuleViolation.of("summary", RuleId.FND_3, "improvement-report-differs",
					applicationNumber, first.getReceivedOn()));
		}
		if (!waiting) {
			throw new RuleViolationException(RuleViolation.of("applicationNumber", RuleId.FND_3,
					"application-not-waiting-improvement", applicationNumber));
		}
		ImprovementReport report = record(application, receivedOn, "ONLINE", summary, evidence, by);
		this.engineCalls.onBehalfOfCaller(
				() -> this.runtimeService.createMessageCorrelation(AssessmentProcess.MSG_IMPROVEMENT_REPORT_SUBMITTED)
					.processInstanceBusinessKey(applicationNumber)
					.correlate());
		return Recorded.first(report);
	}

}
