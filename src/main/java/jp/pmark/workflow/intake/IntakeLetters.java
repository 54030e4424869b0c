package jp.pmark.workflow.intake;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.pmark.workflow.assessment.CaseLetter;

/**
 * The texts of the letters that end an intake: documents returned (INT-5, with INT-14's
 * hint), disqualified (INT-13), transferred to JIPDEC under 3.1.4 (INT-9), not started
 * (INT-8). Built from the records alone, tested without Spring or the engine
 * ({@code IntakeLettersTest}).
 */
final class IntakeLetters {

	private IntakeLetters() {
	}

	/** What every intake letter starts with. */
	static Map<String, Object> header(String applicationNumber, String applicantName, LocalDate appliedOn,
			LocalDate today) {
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("申請番号", applicationNumber);
		contents.put("申請者", applicantName);
		contents.put("申請日", appliedOn.toString());
		contents.put("通知日", today.toString());
		return contents;
	}

	/**
	 * INT-5: the documents go back at the applicant's cost, with the reason; INT-14: a
	 * business with fewer than two full-time staff is pointed to the CLIP mark.
	 */
	static CaseLetter returned(Map<String, Object> header, ReceiptCheck check, Integer fullTimeStaff) {
		boolean notReceived = check.getOutcome() == ReceiptCheck.Outcome.NOT_RECEIVED;
		Map<String, Object> contents = new LinkedHashMap<>(header);
		contents.put("本文",
				notReceived ? "ご提出いただいた申請書類に不足があるため、受け取ることができません。" : "ご提出いただいた申請書類の記載に不備があるため、受理することができません。");
		contents.put("理由", check.getReason());
		if (check.getMissingDocuments() != null) {
			contents.put("不足している書類", check.getMissingDocuments());
		}
		contents.put("書類の返却", "申請書類は申請者の費用負担にて返却いたします。");
		if (fullTimeStaff != null && fullTimeStaff < 2) {
			contents.put("CLIPマークのご案内", "プライバシーマークには常勤の従業者または役員が2名以上必要です（個人情報保護管理者と監査責任者は別の人）。"
					+ "1名の事業者には、法令上の義務への適合を認証するCLIPマークをご検討ください。CLIPマークにお申し込みの際は、この申請番号をお知らせいただければ、申請の内容を引き継ぎます（CLIP-1）。");
		}
		return notReceived ? new CaseLetter("RETURN_NOT_RECEIVED", "申請書類の返却について（受取不可）", contents)
				: new CaseLetter("RETURN_NOT_ACCEPTED", "申請書類の返却について（受理不可）", contents);
	}

	/** INT-13: the applicant falls under a disqualification ground and cannot apply. */
	static CaseLetter disqualified(Map<String, Object> header, DisqualificationScreening screening) {
		Map<String, Object> contents = new LinkedHashMap<>(header);
		contents.put("本文", "プライバシーマーク制度における欠格事項に該当するため、付与適格性審査の申請を受け付けることができません。");
		contents.put("該当する欠格事由", screening.getApplicableGrounds());
		contents.put("根拠", screening.getReason());
		contents.put("書類の返却", "申請書類は申請者の費用負担にて返却いたします。");
		return new CaseLetter("DISQUALIFIED_NOTICE", "付与適格性審査の申請について（欠格事項への該当）", contents);
	}

	/** INT-9 (004: 2.3): the case goes to the granting body, to JIPDEC. */
	static CaseLetter transfer(Map<String, Object> header, String applicantName, String corporateNumber,
			DisqualificationScreening screening) {
		Map<String, Object> contents = new LinkedHashMap<>(header);
		contents.put("本文", "下記の申請案件について、「プライバシーマーク制度における欠格事項及び判断基準」3.1.4 の適用を検討するため、" + "付与適格性審査実施規程 2.3 に基づき移送します。");
		contents.put("事業者", applicantName);
		contents.put("法人番号", corporateNumber);
		contents.put("検討の根拠", screening.getReason());
		contents.put("確認した者", screening.getRecordedBy());
		return new CaseLetter("TRANSFER_TO_JIPDEC", "申請案件の移送について（3.1.4）", contents);
	}

	/** INT-8: the start was not confirmed; the applicant is told why. */
	static CaseLetter notStarted(Map<String, Object> header, StartConfirmation confirmation) {
		Map<String, Object> contents = new LinkedHashMap<>(header);
		contents.put("本文", "ご提出いただいた申請について、審査に着手することができません。");
		contents.put("理由", confirmation.getReason());
		return new CaseLetter("NOT_STARTED_NOTICE", "付与適格性審査の着手について", contents);
	}

}
