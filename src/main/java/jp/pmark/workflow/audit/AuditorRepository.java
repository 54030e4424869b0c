package jp.pmark.workflow.audit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditorRepository extends JpaRepository<Auditor, Long> {

	Optional<Auditor> findByUserId(String userId);

	List<Auditor> findByActiveTrueOrderByGradeAscNameAsc();

}
