package jp.pmark.workflow.intake;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubmittedDocumentRepository extends JpaRepository<SubmittedDocument, Long> {

	@Query("select new jp.pmark.workflow.intake.DocumentSummary(d.id, d.documentType, d.fileName, d.mediaType, "
			+ "d.sizeBytes, d.onPaper) from SubmittedDocument d where d.applicationId = ?1 order by d.id")
	List<DocumentSummary> summaries(Long applicationId);

}
