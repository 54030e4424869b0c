package jp.pmark.workflow.change;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.letter.Letters;

import org.springframework.stereotype.Component;

/** The letters a change report sends the business, and their texts (CHG-4, CHG-7). */
@Component
class ChangeReportLetters {

	private final ApplicantService applicants;

	private final Letters letters;

	private final CurrentUser currentUser;

	ChangeReportLetters(ApplicantService applicants, Letters letters, CurrentUser currentUser) {
		this.applicants = applicants;
		this.letters = letters;
		this.currentUser = currentUser;
	}

	/** CHG-7: the report was applied; the changes, one line per field. */
	void applied(ChangeReport report, String changes) {
		Map<String, Object> contents = header(report);
		contents.put("変更内容", changes);
		contents.put("本文", "ご報告いただいた変更を当センターの記録に反映しました。");
		send(report, "CHANGE_APPLIED", "プライバシーマーク付与に係る変更報告の受付について", contents);
	}

	/** CHG-4: the closed registry certificate is asked for, with reception's reason. */
	void closedCertificateRequest(ChangeReport report, String reason) {
		Map<String, Object> contents = header(report);
		contents.put("本文", "国税庁の法人番号公表サイトで旧商号・旧本店所在地を確認できませんでしたので、閉鎖事項証明書のコピーをご提出ください。");
		if (reason != null) {
			contents.put("確認の結果", reason);
		}
		send(report, "CLOSED_CERTIFICATE_REQUEST", "閉鎖事項証明書のご提出のお願い", contents);
	}

	/** CHG-7: the report goes back, with the reason. */
	void returned(ChangeReport report, String reason) {
		Map<String, Object> contents = header(report);
		contents.put("差戻しの理由", (reason != null) ? reason : "");
		contents.put("本文", "ご報告の内容を記録に反映できませんでしたので、理由をご確認のうえ、あらためてご報告ください。");
		send(report, "CHANGE_RETURNED", "プライバシーマーク付与に係る変更報告の差戻しについて", contents);
	}

	private Map<String, Object> header(ChangeReport report) {
		Applicant applicant = this.applicants.get(report.getApplicantId());
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("報告番号", report.getReportNumber());
		contents.put("事業者名", applicant.getName());
		contents.put("変更事項", report.kindNames());
		contents.put("報告日", report.getReportedOn().toString());
		return contents;
	}

	private void send(ChangeReport report, String kind, String title, Map<String, Object> contents) {
		Applicant applicant = this.applicants.get(report.getApplicantId());
		this.letters.record(report.getApplicationId(), report.getReportNumber(), kind, title, applicant.recipient(),
				contents, this.currentUser.id());
	}

}
