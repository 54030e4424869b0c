package jp.pmark.workflow.audit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditTeamRepository extends JpaRepository<AuditTeam, Long> {

	Optional<AuditTeam> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

}
