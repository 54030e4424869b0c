package jp.pmark.workflow.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.assessment.CaseLetter;

/**
 * The texts of the audit's letters: the team's names (AUD-7), the document review result
 * (DOC-4), the on-site audit notice (SITE-1), the findings document (FND-1), a request
 * for more (FND-4), a withdrawal (DOC-5) and a terminated audit (INT-12). Built from the
 * records alone, tested without Spring or the engine ({@code AuditLettersTest}).
 */
final class AuditLetters {

	private AuditLetters() {
	}

	/** What every audit letter starts with. */
	static Map<String, Object> header(String applicationNumber, String applicantName, LocalDate today) {
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("申請番号", applicationNumber);
		contents.put("申請者", applicantName);
		contents.put("通知日", today.toString());
		return contents;
	}

	/** AUD-7: the applicant is told the names of the team's members. */
	static CaseLetter teamNotice(Map<String, Object> header, List<AuditTeams.Member> members,
			boolean assistantConsent) {
		Map<String, Object> contents = new LinkedHashMap<>(header);
		contents.put("本文", "貴社の付与適格性審査を担当する審査担当を下記のとおり通知します。");
		contents.put("審査担当", names(members));
		if (assistantConsent) {
			contents.put("審査員補", "ご同意いただいたため、主任審査員の指導の下で審査員補が同行します。");
		}
		return new CaseLetter("TEAM_NOTICE", "審査担当の通知について", contents);
	}

	/** DOC-4: the result of the document review, in writing, before the on-site audit. */
	static CaseLetter documentReviewResult(Map<String, Object> header, DocumentReview review,
			List<DocumentReviewArea> areas) {
		Map<String, Object> contents = new LinkedHashMap<>(header);
		contents.put("結果", "CONFORMING".equals(review.getResult()) ? "適合" : "不備あり");
		contents.put("内部規程の審査基準への適合状況", review.getRulesConformity());
		contents.put("具体的な手順等の策定状況", review.getProcedures());
		Map<String, String> byArea = new LinkedHashMap<>();
		for (DocumentReviewArea area : areas) {
			byArea.put(area.getArea().japaneseName(), (area.isPresent() ? "規定あり" : "規定なし") + "：" + area.getComment());
		}
		contents.put("15の事項", byArea);
		if (review.getDeficiencies() != null) {
			contents.put("不備の内容", review.getDeficiencies());
			contents.put("お願い", "不備と判断した事項は現地審査までに改善してください。現地審査で改善状況を確認します。");
		}
		if (review.isOnsiteDiscussionNeeded()) {
			contents.put("現地審査について", "文書審査の結果を踏まえ、現地審査の時期及び実施の可否について別途ご相談します。");
		}
		return new CaseLetter("DOCUMENT_REVIEW_RESULT", "文書審査の結果について", contents);
	}

	/** SITE-1: the date, place and content of the on-site audit, in advance. */
	static CaseLetter onsiteNotice(Map<String, Object> header, OnsiteAudit audit, List<AuditTeams.Member> members) {
		Map<String, Object> contents = new LinkedHashMap<>(header);
		contents.put("日時", audit.getScheduledOn() + " " + audit.getStartTime() + "〜");
		contents.put("場所", audit.getPlace());
		contents.put("審査担当", names(members));
		contents.put("実施内容",
				List.of("(1) トップインタビュー（事業内容・経営方針、事故の有無、申請動機、個人情報保護方針、体制、マネジメントレビュー、継続的改善）",
						"(2) PMS運用状況の確認（個人情報を取り扱う業務ごとの特定、リスクアセスメント、リスク対策、安全管理措置、教育、内部監査）",
						"(3) 現場での実施状況の確認（執務室等での安全管理措置）", "(4) 総括（指摘事項の説明と質問の機会）"));
		contents.put("ご注意", "審査への対応及び立会いは、貴社の役員・従業者が行ってください。役員・従業者以外の方（コンサルタント等）は対応・立会いできません。");
		if (audit.getNoticeText() != null) {
			contents.put("その他", audit.getNoticeText());
		}
		return new CaseLetter("ONSITE_AUDIT_NOTICE", "現地審査の実施について", contents);
	}

	/** FND-1: the findings document goes to the applicant promptly. */
	static CaseLetter findingsDocument(Map<String, Object> header, FindingsDocument document,
			List<Nonconformity> nonconformities) {
		Map<String, Object> contents = new LinkedHashMap<>(header);
		contents.put("発行日", document.getIssuedOn().toString());
		contents.put("現地審査日", document.getOnsiteAuditOn().toString());
		contents.put("責任者", document.getResponsiblePerson());
		contents.put("要求事項に対する適合性についての意見", document.getConformityOpinion());
		contents.put("不適合",
				nonconformities.stream()
					.map((nonconformity) -> nonconformity.getSeq() + ". " + nonconformity.getDescription())
					.toList());
		if (document.getComparisonWithPrevious() != null) {
			contents.put("以前の審査結果との比較", document.getComparisonWithPrevious());
		}
		contents.put("審査現場で提示した内容との相違", document.isDiffersFromOnsite() ? document.getDifferenceExplanation() : "なし");
		contents.put("改善報告書の提出期限", document.getImprovementDeadline() + "（発行日から3か月以内、改善のエビデンスを添えて）");
		return new CaseLetter("FINDINGS_DOCUMENT", "指摘事項文書", contents);
	}

	/** FND-4: more is asked, within the same deadline. */
	static CaseLetter furtherReportRequest(Map<String, Object> header, FindingsDocument document,
			ImprovementReport report) {
		Map<String, Object> contents = new LinkedHashMap<>(header);
		contents.put("本文", "ご提出いただいた改善報告書を確認しましたが、是正処置の完了を確認できませんでした。下記について追加の報告をお願いします。");
		contents.put("追加の報告を求める事項", report.getReviewComment());
		contents.put("提出期限", document.getImprovementDeadline() + "（当初の期限から変わりません）");
		return new CaseLetter("FURTHER_REPORT_REQUEST", "改善報告の追加について", contents);
	}

	/** DOC-5: the applicant withdrew after the discussion. */
	static CaseLetter withdrawal(Map<String, Object> header, String note) {
		Map<String, Object> contents = new LinkedHashMap<>(header);
		contents.put("本文", "文書審査の結果を踏まえたご相談により、申請の取下げを承りました。");
		contents.put("経緯", note);
		contents.put("ご注意", "お支払いいただいた申請料は返金いたしません。");
		return new CaseLetter("WITHDRAWAL_NOTICE", "申請の取下げについて", contents);
	}

	/** INT-12: the audit ended because others than officers and employees attended. */
	static CaseLetter termination(Map<String, Object> header) {
		Map<String, Object> contents = new LinkedHashMap<>(header);
		contents.put("本文", "現地審査において、貴社の役員・従業者以外の者が審査への対応または立会いを行ったため、審査を終了しました。");
		contents.put("ご注意", "この理由により審査が終了した日から1年間は申請できません。お支払いいただいた申請料は返金いたしません。");
		return new CaseLetter("TERMINATION_NOTICE", "付与適格性審査の終了について", contents);
	}

	/** AUD-7, SITE-1: each member as 氏名（役割）. */
	static List<String> names(List<AuditTeams.Member> members) {
		return members.stream()
			.map((member) -> member.auditor().getName() + "（" + member.role().japaneseName() + "）")
			.toList();
	}

}
