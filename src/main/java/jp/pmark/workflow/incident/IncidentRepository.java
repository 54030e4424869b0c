package jp.pmark.workflow.incident;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentRepository extends JpaRepository<Incident, Long> {

	Optional<Incident> findByIncidentNumber(String incidentNumber);

	List<Incident> findByApplicantIdOrderById(Long applicantId);

	List<Incident> findByRegistrationIdAndState(Long registrationId, Incident.State state);

}
