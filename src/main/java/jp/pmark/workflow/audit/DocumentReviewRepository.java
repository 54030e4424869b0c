package jp.pmark.workflow.audit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentReviewRepository extends JpaRepository<DocumentReview, Long> {

	Optional<DocumentReview> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

}
