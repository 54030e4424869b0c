package jp.pmark.workflow.clip;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;

/** CLIP-4: the answer sheets employees sent. */
public interface LearningAttemptRepository extends JpaRepository<LearningAttempt, Long> {

	long countByEmployeeIdAndAttemptedAtAfter(Long employeeId, Instant after);

	long countByEmployeeId(Long employeeId);

}
