package jp.pmark.workflow.change;

import java.util.Optional;

import jp.pmark.workflow.common.CaseFiles;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files a change report carries (its proofs), opened from the report's task forms
 * (issue 14).
 */
@Component
class ChangeReportFiles implements CaseFiles {

	private final ChangeReports reports;

	ChangeReportFiles(ChangeReports reports) {
		this.reports = reports;
	}

	@Override
	public String processKey() {
		return ChangeReportProcess.KEY;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseFile> file(String reportNumber, long fileId) {
		return this.reports.find(reportNumber)
			.flatMap((report) -> this.reports.documents(report)
				.stream()
				.filter((document) -> document.getId() == fileId && !document.isOnPaper()
						&& document.getContent() != null)
				.findFirst())
			.map((document) -> new CaseFile(document.getFileName(), document.getMediaType(), document.getContent()));
	}

	/** The report's documents as its forms list them: each file a link that opens it. */
	@Transactional(readOnly = true)
	String links(String taskId, ChangeReport report) {
		return CaseFiles.markdown(taskId,
				this.reports.documents(report)
					.stream()
					.map((document) -> new CaseFiles.Listed(document.describe(),
							document.isOnPaper() ? null : document.getId()))
					.toList());
	}

}
