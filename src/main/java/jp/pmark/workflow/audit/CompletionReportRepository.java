package jp.pmark.workflow.audit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompletionReportRepository extends JpaRepository<CompletionReport, Long> {

	Optional<CompletionReport> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

}
