package jp.pmark.workflow.clip;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The advisors' guidance sessions. */
public interface ClipGuidanceSessionRepository extends JpaRepository<ClipGuidanceSession, Long> {

	List<ClipGuidanceSession> findByBusinessIdAndCycleOrderById(Long businessId, int cycle);

	List<ClipGuidanceSession> findByBusinessIdOrderById(Long businessId);

}
