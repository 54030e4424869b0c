package jp.pmark.workflow.audit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImprovementReportRepository extends JpaRepository<ImprovementReport, Long> {

	List<ImprovementReport> findByFindingsDocumentIdOrderById(Long findingsDocumentId);

	Optional<ImprovementReport> findFirstByFindingsDocumentIdOrderByIdDesc(Long findingsDocumentId);

}
