package jp.pmark.workflow.clip;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Each year's certifications of the CLIP businesses. */
public interface ClipCertificationRepository extends JpaRepository<ClipCertification, Long> {

	List<ClipCertification> findByBusinessIdOrderByCycle(Long businessId);

	Optional<ClipCertification> findFirstByBusinessIdOrderByCycleDesc(Long businessId);

}
