package jp.pmark.workflow.applicant;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicantRepository extends JpaRepository<Applicant, Long> {

	Optional<Applicant> findByCorporateNumber(String corporateNumber);

}
