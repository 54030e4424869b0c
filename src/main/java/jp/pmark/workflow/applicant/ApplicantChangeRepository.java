package jp.pmark.workflow.applicant;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantChangeRepository extends JpaRepository<ApplicantChange, Long> {

	List<ApplicantChange> findByApplicantIdOrderById(Long applicantId);

}
