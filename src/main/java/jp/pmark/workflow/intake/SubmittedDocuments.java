package jp.pmark.workflow.intake;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jp.pmark.workflow.assessment.Applications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents an application carries, as intake received them: for the forms that list
 * them (receipt check, start confirmation, document review) and the intake API.
 */
@Service
public class SubmittedDocuments {

	private final Applications applications;

	private final SubmittedDocumentRepository documents;

	SubmittedDocuments(Applications applications, SubmittedDocumentRepository documents) {
		this.applications = applications;
		this.documents = documents;
	}

	public List<DocumentSummary> documents(String applicationNumber) {
		return this.documents.summaries(this.applications.get(applicationNumber).getId());
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
