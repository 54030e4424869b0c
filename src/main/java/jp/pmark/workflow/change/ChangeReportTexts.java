package jp.pmark.workflow.change;

import java.util.List;
import java.util.stream.Collectors;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantChange;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.registration.Registration;

/**
 * The texts a change report's forms show and its journal entries carry, built from what
 * the caller read: plain text, no engine, no database.
 */
final class ChangeReportTexts {

	private ChangeReportTexts() {
	}

	/**
	 * The report at a glance, for the forms.
	 * @param registration the registration the report concerns, or null
	 * @param application the assessment the report concerns, or null
	 */
	static String summary(ChangeReport report, Applicant applicant, Registration registration,
			Application application) {
		StringBuilder text = new StringBuilder();
		text.append("報告番号：")
			.append(report.getReportNumber())
			.append("（")
			.append(report.getChannel().japaneseName())
			.append("）\n");
		text.append("事業者：")
			.append(applicant.getName())
			.append((applicant.getCorporateNumber() != null) ? "（法人番号 " + applicant.getCorporateNumber() + "）"
					: "（法人番号なし）")
			.append('\n');
		if (registration != null) {
			text.append("登録：")
				.append(registration.getRegistrationNumber())
				.append("（")
				.append(registration.getStatus().japaneseName())
				.append("）\n");
		}
		if (application != null) {
			text.append("審査中の申請：")
				.append(application.getApplicationNumber())
				.append("（")
				.append(application.getStatus().japaneseName())
				.append("）\n");
		}
		text.append("変更事項：").append(report.kindNames()).append('\n');
		text.append("報告日：").append(report.getReportedOn());
		if (report.getEffectiveOn() != null) {
			text.append("／変更日：").append(report.getEffectiveOn());
		}
		text.append('\n');
		if (report.getCorporateNumberGiven() != null) {
			text.append("報告された法人番号：").append(report.getCorporateNumberGiven()).append('\n');
		}
		if (report.getNote() != null) {
			text.append("備考：").append(report.getNote()).append('\n');
		}
		text.append("状態：").append(report.getStatus().japaneseName());
		return text.toString();
	}

	/** "代表者氏名：山田 太郎 → 鈴木 次郎", one line per field. */
	static String changes(List<ChangeReportItem> items) {
		return items.stream()
			.map((item) -> item.getField().japaneseName() + "：" + orNone(item.getOldValue()) + " → "
					+ item.getNewValue())
			.collect(Collectors.joining("\n"));
	}

	/** CHG-4: what the publication check asks of reception, or that it is not needed. */
	static String publicationSite(boolean publicationCheck, String corporateNumber) {
		return publicationCheck ? "法人番号 " + corporateNumber + " の変更履歴で、旧商号・旧本店所在地（現在の記録の値）を確認してください。"
				: "（この報告では確認不要です）";
	}

	/** CHG-4: what the closed-certificate task says was asked, and why. */
	static String certificateRequested(String reason) {
		return "閉鎖事項証明書のコピーの提出を依頼しました。理由：" + ((reason == null) ? "" : reason);
	}

	/** CHG-4: the reason a report goes back when the certificate did not come. */
	static String certificateNotSubmitted(String note) {
		return "閉鎖事項証明書の提出がありませんでした。" + note;
	}

	// the journal of a running assessment

	static String received(ChangeReport report) {
		return "変更報告 " + report.getReportNumber() + "（" + report.kindNames() + "）を受け付けました";
	}

	/** CHG-7: what the record's change made, field by field. */
	static String applied(ChangeReport report, List<ApplicantChange> made) {
		String detail = made.stream()
			.map((change) -> change.getField().japaneseName() + "：" + orNone(change.getOldValue()) + " → "
					+ orNone(change.getNewValue()))
			.collect(Collectors.joining("、"));
		return "変更報告 " + report.getReportNumber() + " を反映しました（" + detail + "）";
	}

	static String returned(ChangeReport report) {
		return "変更報告 " + report.getReportNumber() + " を差し戻しました";
	}

	private static String orNone(String value) {
		return (value == null || value.isBlank()) ? "（なし）" : value;
	}

}
