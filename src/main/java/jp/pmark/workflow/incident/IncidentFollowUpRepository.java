package jp.pmark.workflow.incident;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentFollowUpRepository extends JpaRepository<IncidentFollowUp, Long> {

	List<IncidentFollowUp> findByIncidentIdOrderById(Long incidentId);

}
