package jp.pmark.workflow.intake;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisqualificationScreeningRepository extends JpaRepository<DisqualificationScreening, Long> {

	Optional<DisqualificationScreening> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

}
