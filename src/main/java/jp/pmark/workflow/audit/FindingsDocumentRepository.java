package jp.pmark.workflow.audit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FindingsDocumentRepository extends JpaRepository<FindingsDocument, Long> {

	Optional<FindingsDocument> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

}
