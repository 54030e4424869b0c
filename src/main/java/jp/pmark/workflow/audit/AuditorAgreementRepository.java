package jp.pmark.workflow.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditorAgreementRepository extends JpaRepository<AuditorAgreement, Long> {

	List<AuditorAgreement> findByAuditorId(Long auditorId);

}
