package jp.pmark.workflow.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentReviewAreaRepository extends JpaRepository<DocumentReviewArea, Long> {

	List<DocumentReviewArea> findByReviewIdOrderById(Long reviewId);

}
