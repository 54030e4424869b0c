package jp.pmark.workflow.applicant;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApplicantRepository extends JpaRepository<Applicant, Long> {

	@Query("select a from Applicant a where a.corporateNumber = ?1")
	Optional<Applicant> findByCorporateNumber(String corporateNumber);

}
