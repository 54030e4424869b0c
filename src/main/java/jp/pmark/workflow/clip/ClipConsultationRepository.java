package jp.pmark.workflow.clip;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The complaint and leak consultations of CLIP businesses (CLIP-4). */
public interface ClipConsultationRepository extends JpaRepository<ClipConsultation, Long> {

	Optional<ClipConsultation> findByConsultationNumber(String consultationNumber);

	List<ClipConsultation> findByBusinessIdOrderById(Long businessId);

}
