package jp.pmark.workflow.registration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JipdecReportRepository extends JpaRepository<JipdecReport, Long> {

	List<JipdecReport> findByApplicationId(Long applicationId);

}
