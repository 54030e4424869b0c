package jp.pmark.workflow.intake;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StartConfirmationRepository extends JpaRepository<StartConfirmation, Long> {

	Optional<StartConfirmation> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

}
