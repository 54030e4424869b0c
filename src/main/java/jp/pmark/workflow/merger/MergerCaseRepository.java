package jp.pmark.workflow.merger;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MergerCaseRepository extends JpaRepository<MergerCase, Long> {

	Optional<MergerCase> findByCaseNumber(String caseNumber);

	@Query("select m from MergerCase m where m.applicantId = ?1 order by m.id")
	List<MergerCase> findByApplicantIdOrderById(Long applicantId);

}
