package jp.pmark.workflow.incident;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IncidentRepository extends JpaRepository<Incident, Long> {

	Optional<Incident> findByIncidentNumber(String incidentNumber);

	/** The incident, its row locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Incident i where i.incidentNumber = ?1")
	Optional<Incident> lockByIncidentNumber(String incidentNumber);

	List<Incident> findByApplicantIdOrderById(Long applicantId);

	List<Incident> findByDiscoveredOnAndCategory(java.time.LocalDate discoveredOn, IncidentCategory category);

	List<Incident> findByRegistrationIdAndState(Long registrationId, Incident.State state);

}
