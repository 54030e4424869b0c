package jp.pmark.workflow.clip;

/** The texts of a consultation that the advisor's form shows (CLIP-4, CLIP-5). */
final class ConsultationTexts {

	private ConsultationTexts() {
	}

	/** The case: the business, the consultation and the business's own handling. */
	static String caseSummary(ClipConsultation consultation, ClipBusiness business) {
		StringBuilder text = new StringBuilder();
		text.append("相談番号：").append(consultation.getConsultationNumber()).append('\n');
		text.append("事業者：").append(business.getName()).append("（").append(business.getEnrolmentNumber());
		if (business.getCertificateNumber() != null) {
			text.append("、認証番号 ").append(business.getCertificateNumber());
		}
		text.append("、")
			.append(business.getPlan().japaneseName())
			.append("、")
			.append(business.getStatus().japaneseName());
		text.append("）\n");
		text.append("苦情の申出先として当社団を表示：").append(business.isComplaintContact() ? "あり" : "なし").append('\n');
		text.append("相談の種類：").append(consultation.getKind().japaneseName()).append('\n');
		text.append("相談者：").append(consultation.getRaisedBy().japaneseName());
		if (consultation.getComplainantName() != null) {
			text.append("（").append(consultation.getComplainantName()).append("）");
		}
		if (consultation.getComplainantContact() != null) {
			text.append(" 連絡先：").append(consultation.getComplainantContact());
		}
		text.append('\n');
		text.append("受付日：")
			.append(consultation.getReceivedOn())
			.append("（")
			.append(consultation.getChannel().japaneseName())
			.append("）\n");
		text.append("相談の内容：").append(consultation.getSummary()).append('\n');
		if (consultation.getFirstHandling() != null) {
			text.append("事業者の一次対応（CLIP-5）：").append(consultation.getFirstHandling().japaneseName());
			if (consultation.getFirstHandlingNote() != null) {
				text.append("　").append(consultation.getFirstHandlingNote());
			}
			text.append('\n');
		}
		return text.toString().trim();
	}

	/** CLIP-4, INC-1: whether an incident report can be called for, and why. */
	static String incidentNote(ClipConsultation consultation, String tieText) {
		if (consultation.getKind() != ConsultationKind.LEAK) {
			return "苦情の相談です。事故の報告としては受け付けません。事業者がまだ対応していない苦情は、事業者へ一次対応を依頼します（CLIP-5）。";
		}
		if (tieText != null) {
			return "この事業者はプライバシーマークの" + tieText + "です。事故の報告として受け付けることができます（INC-1）。";
		}
		return "この事業者はプライバシーマークの付与事業者・審査中事業者ではありません。事業者がプライバシーマークの申請を検討していると申し出たときに限り、事故の報告として受け付けます（INC-1）。";
	}

	/** The letter's text for the outcome. */
	static String resultText(ClipConsultation consultation) {
		return switch (consultation.getOutcome()) {
			case CLOSED -> "ご相談の件について、上記のとおり助言いたしました。本件はこれをもって完了といたします。";
			case REFER_TO_BUSINESS ->
				"本件の苦情は、まず貴社の苦情窓口でご対応いただく必要があります（CLIP-5）。申出人への対応をお願いいたします。対応後もなお解決しない場合は、改めて当社団にご相談ください。";
			case REPORT_AS_INCIDENT -> "ご相談の件は、プライバシーマークの個人情報の取扱いに関する事故の報告（第一報）として受け付けました（報告番号 "
					+ consultation.getIncidentNumber() + "）。速報・確報の提出期限は別途お知らせします。";
		};
	}

}
