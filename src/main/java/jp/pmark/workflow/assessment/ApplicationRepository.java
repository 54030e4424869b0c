package jp.pmark.workflow.assessment;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<Application, Long> {

	// a string query: Hibernate caches its plan (a derived query is translated anew each
	// call, which cost a quarter of an intake's time)
	@Query("select a from Application a where a.applicationNumber = ?1")
	Optional<Application> findByApplicationNumber(String applicationNumber);

	/** The application, its row locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Application a where a.applicationNumber = ?1")
	Optional<Application> lockByApplicationNumber(String applicationNumber);

	@Query("select a from Application a where a.applicant.id = ?1 and a.id <> ?2 order by a.id desc")
	List<Application> findEarlier(Long applicantId, Long excludedId);

	List<Application> findByRenewalOfRegistrationIdOrderByIdDesc(Long registrationId);

	List<Application> findByApplicantIdOrderByIdDesc(Long applicantId);

}
