package jp.pmark.workflow.change;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeReportItemRepository extends JpaRepository<ChangeReportItem, Long> {

	List<ChangeReportItem> findByChangeReportIdOrderById(Long changeReportId);

}
