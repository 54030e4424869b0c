package jp.pmark.workflow.audit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditPlanRepository extends JpaRepository<AuditPlan, Long> {

	Optional<AuditPlan> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

}
