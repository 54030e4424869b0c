package jp.pmark.workflow.audit;

import java.util.Optional;

import jp.pmark.workflow.assessment.Application;

import org.springframework.stereotype.Service;

/** The assessment completion reports (審査終了報告書), as the decision reads them. */
@Service
public class CompletionReports {

	private final CompletionReportRepository reports;

	CompletionReports(CompletionReportRepository reports) {
		this.reports = reports;
	}

	/** The application's latest completion report, if it has one. */
	public Optional<CompletionReport> latest(Application application) {
		return this.reports.findFirstByApplicationIdOrderByIdDesc(application.getId());
	}

}
