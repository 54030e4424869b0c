package jp.pmark.workflow.merger;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MergerDocumentRepository extends JpaRepository<MergerDocument, Long> {

	List<MergerDocument> findByMergerCaseIdOrderById(Long mergerCaseId);

}
