package jp.pmark.workflow.intake;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceiptCheckRepository extends JpaRepository<ReceiptCheck, Long> {

	Optional<ReceiptCheck> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

}
