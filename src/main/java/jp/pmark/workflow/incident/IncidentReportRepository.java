package jp.pmark.workflow.incident;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentReportRepository extends JpaRepository<IncidentReport, Long> {

	List<IncidentReport> findByIncidentIdOrderById(Long incidentId);

}
