package jp.pmark.workflow.intake;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.common.CaseFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents an application carries, as intake received them: for the forms that list
 * them (receipt check, start confirmation, document review) and the intake API.
 */
@Service
public class SubmittedDocuments implements CaseFiles {

	private final Applications applications;

	private final SubmittedDocumentRepository documents;

	SubmittedDocuments(Applications applications, SubmittedDocumentRepository documents) {
		this.applications = applications;
		this.documents = documents;
	}

	public List<DocumentSummary> documents(String applicationNumber) {
		return this.documents.summaries(this.applications.get(applicationNumber).getId());
	}

	@Override
	public String processKey() {
		return AssessmentProcess.KEY;
	}

	/** A document the application carries in a file (not one that came on paper). */
	@Override
	@Transactional(readOnly = true)
	public Optional<CaseFile> file(String applicationNumber, long fileId) {
		Long applicationId = this.applications.find(applicationNumber).map(Application::getId).orElse(null);
		return this.documents.findById(fileId)
			.filter((document) -> document.getApplicationId().equals(applicationId) && !document.isOnPaper()
					&& document.getContent() != null)
			.map((document) -> new CaseFile(document.getFileName(), document.getMediaType(), document.getContent()));
	}

	/**
	 * The documents of the application as a task's form lists them: each a link that
	 * opens the file (issue 14), in the order of the application's list.
	 */
	@Transactional(readOnly = true)
	public String documentLinks(String taskId, String applicationNumber) {
		DocumentList list = DocumentList.of(this.applications.get(applicationNumber));
		return CaseFiles.markdown(taskId, documents(applicationNumber).stream()
			.sorted(Comparator.comparingInt((DocumentSummary summary) -> list.entry(summary.type()).number()))
			.map((summary) -> new CaseFiles.Listed(summary.describe(list), summary.onPaper() ? null : summary.id()))
			.toList());
	}

	/** The documents of the application as a list, one per line. */
	@Transactional(readOnly = true)
	public String documentList(String applicationNumber) {
		List<DocumentSummary> summaries = documents(applicationNumber);
		if (summaries.isEmpty()) {
			return "（提出書類の記録なし）";
		}
		DocumentList list = DocumentList.of(this.applications.get(applicationNumber));
		return summaries.stream()
			.sorted(Comparator.comparingInt((DocumentSummary summary) -> list.entry(summary.type()).number()))
			.map((summary) -> summary.describe(list))
			.collect(Collectors.joining("\n"));
	}

}
