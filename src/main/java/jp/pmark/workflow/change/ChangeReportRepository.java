package jp.pmark.workflow.change;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeReportRepository extends JpaRepository<ChangeReport, Long> {

	Optional<ChangeReport> findByReportNumber(String reportNumber);

	List<ChangeReport> findByApplicantIdOrderById(Long applicantId);

}
