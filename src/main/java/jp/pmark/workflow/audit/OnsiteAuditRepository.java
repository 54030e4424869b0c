package jp.pmark.workflow.audit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OnsiteAuditRepository extends JpaRepository<OnsiteAudit, Long> {

	Optional<OnsiteAudit> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

}
