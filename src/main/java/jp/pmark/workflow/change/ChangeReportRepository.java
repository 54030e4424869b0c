package jp.pmark.workflow.change;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChangeReportRepository extends JpaRepository<ChangeReport, Long> {

	Optional<ChangeReport> findByReportNumber(String reportNumber);

	@Query("select c from ChangeReport c where c.applicantId = ?1 order by c.id")
	List<ChangeReport> findByApplicantIdOrderById(Long applicantId);

}
