package jp.pmark.workflow.change;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.CaseNotes;
import org.springframework.stereotype.Component;

/**
 * A change report that arrived while an assessment runs shows on that assessment's forms,
 * in the case summary (CHG-1, CHG-7).
 */
@Component
class ChangeCaseNotes implements CaseNotes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
		.withZone(ZoneId.of("Asia/Tokyo"));

	private final ChangeReportRepository reports;

	private final ChangeReportItemRepository items;

	ChangeCaseNotes(ChangeReportRepository reports, ChangeReportItemRepository items) {
		this.reports = reports;
		this.items = items;
	}

	@Override
	public List<String> notes(Application application) {
		return this.reports.findByApplicantIdOrderById(application.getApplicant().getId())
			.stream()
			.filter((report) -> !report.getReceivedAt().isBefore(application.getReceivedAt()))
			.map((report) -> "変更報告：" + report.getReportNumber() + "（" + DAY.format(report.getReceivedAt()) + "受付、"
					+ report.kindNames() + "）" + report.getStatus().japaneseName() + "："
					+ String.join("、",
							this.items.findByChangeReportIdOrderById(report.getId())
								.stream()
								.map((item) -> item.getField().japaneseName() + " "
										+ ((item.getOldValue() == null) ? "（なし）" : item.getOldValue()) + " → "
										+ item.getNewValue())
								.toList()))
			.toList();
	}

}
