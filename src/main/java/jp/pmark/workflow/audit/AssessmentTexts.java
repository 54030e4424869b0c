package jp.pmark.workflow.audit;

import java.util.List;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import org.springframework.stereotype.Component;

/**
 * The assessment's records as the later steps show them: the findings document with each
 * nonconformity (FND-2), the improvement reports and their review (FND-3, FND-4), and the
 * earlier assessment's results for the comparison (FND-2 iv, REN-5).
 */
@Component
public class AssessmentTexts {

	private final Applications applications;

	private final OnsiteAuditRepository audits;

	private final FindingsDocumentRepository documents;

	private final NonconformityRepository nonconformities;

	private final ImprovementReportRepository reports;

	private final CompletionReportRepository completionReports;

	AssessmentTexts(Applications applications, OnsiteAuditRepository audits, FindingsDocumentRepository documents,
			NonconformityRepository nonconformities, ImprovementReportRepository reports,
			CompletionReportRepository completionReports) {
		this.applications = applications;
		this.audits = audits;
		this.documents = documents;
		this.nonconformities = nonconformities;
		this.reports = reports;
		this.completionReports = completionReports;
	}

	/** FND-2: the findings document's contents, each nonconformity on its own line. */
	public String findings(Application application) {
		return this.documents.findFirstByApplicationIdOrderByIdDesc(application.getId()).map((document) -> {
			StringBuilder text = new StringBuilder();
			text.append("指摘事項文書 発行日 ")
				.append(document.getIssuedOn())
				.append("／現地審査日 ")
				.append(document.getOnsiteAuditOn())
				.append("／責任者 ")
				.append(document.getResponsiblePerson())
				.append("\n適合性についての意見：")
				.append(document.getConformityOpinion())
				.append("\n不適合：\n");
			for (Nonconformity nonconformity : this.nonconformities
				.findByFindingsDocumentIdOrderBySeq(document.getId())) {
				text.append("  ")
					.append(nonconformity.getSeq())
					.append(". ")
					.append(nonconformity.getDescription())
					.append('\n');
			}
			if (document.getComparisonWithPrevious() != null) {
				text.append("前回審査との比較：").append(document.getComparisonWithPrevious()).append('\n');
			}
			if (document.getDifferenceExplanation() != null) {
				text.append("現地で示した内容との相違：").append(document.getDifferenceExplanation()).append('\n');
			}
			text.append("改善報告の期限：").append(document.getImprovementDeadline());
			return text.toString();
		}).orElse("現地審査で不適合の指摘はありませんでした（指摘事項文書なし、FND-5）。");
	}

	/** FND-3, FND-4: every improvement report received and how the team judged it. */
	public String improvements(Application application) {
		return this.documents.findFirstByApplicationIdOrderByIdDesc(application.getId()).map((document) -> {
			List<ImprovementReport> received = this.reports.findByFindingsDocumentIdOrderById(document.getId());
			if (received.isEmpty()) {
				return "改善報告書は届いていません。";
			}
			StringBuilder text = new StringBuilder();
			int seq = 0;
			for (ImprovementReport report : received) {
				text.append("改善報告 ")
					.append(++seq)
					.append("（")
					.append(report.getReceivedOn())
					.append("受付、")
					.append("ONLINE".equals(report.getChannel()) ? "オンライン" : "書面")
					.append("）：")
					.append(report.getSummary())
					.append("\n  エビデンス：")
					.append(report.getEvidence())
					.append("\n  審査担当の確認：")
					.append(review(report))
					.append('\n');
			}
			return text.toString().stripTrailing();
		}).orElse("（指摘事項がないため改善報告はありません）");
	}

	private static String review(ImprovementReport report) {
		if (report.getReviewResult() == null) {
			return "未確認";
		}
		return ("ACCEPTED".equals(report.getReviewResult()) ? "是正処置の完了を認めた" : "追加の報告を求めた")
				+ ((report.getReviewComment() == null) ? "" : "（" + report.getReviewComment() + "）");
	}

	/**
	 * FND-2 iv, REN-5: the earlier assessment's results, for the comparison: its outcome,
	 * the nonconformities it found and the team's opinion at its end; empty when there
	 * was none.
	 */
	public String earlierAssessment(Application application) {
		return this.applications.earlierAssessment(application.getApplicationNumber())
			.map(this::earlierResults)
			.orElse("");
	}

	private String earlierResults(Application earlier) {
		StringBuilder text = new StringBuilder();
		text.append("前回の審査：")
			.append(earlier.getApplicationNumber())
			.append("（")
			.append(earlier.getKind().japaneseName())
			.append("、")
			.append(earlier.getAppliedOn())
			.append("申請、")
			.append(earlier.getStatus().japaneseName())
			.append("）\n");
		this.audits.findFirstByApplicationIdOrderByIdDesc(earlier.getId())
			.ifPresent((audit) -> text.append("前回の現地審査：").append(audit.getHeldOn()).append('\n'));
		this.documents.findFirstByApplicationIdOrderByIdDesc(earlier.getId()).ifPresentOrElse((document) -> {
			text.append("前回の指摘事項文書（").append(document.getIssuedOn()).append("発行）の不適合：\n");
			for (Nonconformity nonconformity : this.nonconformities
				.findByFindingsDocumentIdOrderBySeq(document.getId())) {
				text.append("  ")
					.append(nonconformity.getSeq())
					.append(". ")
					.append(nonconformity.getDescription())
					.append('\n');
			}
		}, () -> text.append("前回の審査では不適合の指摘はありませんでした。\n"));
		this.completionReports.findFirstByApplicationIdOrderByIdDesc(earlier.getId())
			.ifPresent((report) -> text.append("前回の審査終了報告書の意見：")
				.append("ELIGIBLE".equals(report.getEligibilityOpinion()) ? "付与適格" : "付与適格否認")
				.append((report.getOpinionReason() == null) ? "" : "（" + report.getOpinionReason() + "）")
				.append('\n'));
		return text.toString().stripTrailing();
	}

}
