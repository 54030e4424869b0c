package jp.pmark.workflow.clip;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** CLIP-4: who completed the e-learning, when. */
public interface LearningCompletionRepository extends JpaRepository<LearningCompletion, Long> {

	/** The completions of a business from (inclusive) until (exclusive), oldest first. */
	List<LearningCompletion> findByBusinessIdAndCompletedAtGreaterThanEqualAndCompletedAtLessThanOrderByCompletedAt(
			Long businessId, Instant from, Instant until);

	Optional<LearningCompletion> findFirstByEmployeeIdOrderByCompletedAtDesc(Long employeeId);

}
