package jp.pmark.workflow.change;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeReportDocumentRepository extends JpaRepository<ChangeReportDocument, Long> {

	List<ChangeReportDocument> findByChangeReportIdOrderById(Long changeReportId);

}
