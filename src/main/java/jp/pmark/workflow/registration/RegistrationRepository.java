package jp.pmark.workflow.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

	Optional<Registration> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

	Optional<Registration> findByRegistrationNumber(String registrationNumber);

	/** The registrations under one number, the latest renewal first. */
	List<Registration> findByBaseNumberOrderByRenewalCountDesc(String baseNumber);

	List<Registration> findByApplicantIdOrderByIdDesc(Long applicantId);

	/**
	 * The registrations in one status whose validity ends between the days, the earliest
	 * first (the managers' view of renewal windows about to close).
	 */
	List<Registration> findByStatusAndValidUntilBetweenOrderByValidUntilAsc(RegistrationStatus status, LocalDate from,
			LocalDate to);

	/** The registration that renews the given one. */
	Optional<Registration> findByPreviousRegistrationId(Long previousRegistrationId);

}
