package jp.pmark.workflow.merger;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MergerCaseRepository extends JpaRepository<MergerCase, Long> {

	Optional<MergerCase> findByCaseNumber(String caseNumber);

	List<MergerCase> findByApplicantIdOrderById(Long applicantId);

}
