package jp.pmark.workflow.audit;

import java.util.Optional;

/** How the audit's records read in forms. */
final class AuditTexts {

	private AuditTexts() {
	}

	static String review(Optional<DocumentReview> review) {
		return review
			.map((r) -> "結果：" + ("CONFORMING".equals(r.getResult()) ? "適合" : "不備あり") + "\n観点①：" + r.getRulesConformity()
					+ "\n観点②：" + r.getProcedures()
					+ ((r.getDeficiencies() != null) ? "\n不備の内容：" + r.getDeficiencies() : "")
					+ (r.isOnsiteDiscussionNeeded() ? "\n現地審査の実施について申請者との協議が必要" : ""))
			.orElse("（文書審査の記録なし）");
	}

	static String onsiteSchedule(Optional<OnsiteAudit> audit) {
		return audit.map((a) -> a.getScheduledOn() + " " + a.getStartTime() + "〜　" + a.getPlace()).orElse("（未定）");
	}

	static final String[] SITE3 = { "a) PMSにおける代表者の責任及び役割", "b) PMSに関する内部の組織及び手順", "c) PMSに関する安全管理措置",
			"d) 教育の実施及び理解度の確認", "e) 監査の実施", "f) 是正処置及びフォローアップ", "g) 代表者による見直し" };

	static final String[] SITE3_FIELDS = { "findingA", "findingB", "findingC", "findingD", "findingE", "findingF",
			"findingG" };

	static final String[] SITE2 = { "(1) トップインタビュー", "(2) PMS運用状況の確認", "(3) 現場での実施状況の確認", "(4) 総括" };

	static final String[] SITE2_FIELDS = { "topInterview", "operationsCheck", "siteCheck", "closingSummary" };

}
