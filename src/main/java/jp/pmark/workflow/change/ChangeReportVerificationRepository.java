package jp.pmark.workflow.change;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeReportVerificationRepository extends JpaRepository<ChangeReportVerification, Long> {

	List<ChangeReportVerification> findByChangeReportIdOrderById(Long changeReportId);

}
