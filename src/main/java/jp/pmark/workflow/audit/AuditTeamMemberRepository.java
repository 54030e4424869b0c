package jp.pmark.workflow.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditTeamMemberRepository extends JpaRepository<AuditTeamMember, Long> {

	List<AuditTeamMember> findByTeamIdOrderById(Long teamId);

}
