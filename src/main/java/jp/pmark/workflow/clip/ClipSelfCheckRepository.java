package jp.pmark.workflow.clip;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The self-checks of the CLIP businesses. */
public interface ClipSelfCheckRepository extends JpaRepository<ClipSelfCheck, Long> {

	Optional<ClipSelfCheck> findFirstByBusinessIdOrderByIdDesc(Long businessId);

	List<ClipSelfCheck> findByBusinessIdOrderById(Long businessId);

}
