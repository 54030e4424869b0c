package jp.pmark.workflow.audit;

/** DOC-2: the 15 areas the internal rules must cover at least. */
public enum ReviewArea {

	IDENTIFICATION("個人情報を特定する手順"),

	LAWS_AND_NORMS("法令、国が定める指針その他の規範の特定、参照及び維持"),

	RISK_ASSESSMENT("リスクアセスメント及びリスク対策の手順"),

	AUTHORITY("各部門及び階層における権限及び責任"),

	EMERGENCY("緊急事態への準備及び対応"),

	ACQUISITION_USE_PROVISION("個人情報の取得、利用及び提供"),

	PROPER_MANAGEMENT("個人情報の適正管理"),

	REQUESTS_FROM_PERSON("本人からの開示等の請求等への対応"),

	TRAINING("教育など"),

	DOCUMENT_CONTROL("文書化した情報の管理"),

	COMPLAINTS("苦情及び相談への対応"),

	CHECKS("点検"),

	CORRECTIVE_ACTION("是正処置"),

	MANAGEMENT_REVIEW("マネジメントレビュー"),

	PENALTIES("内部規程の違反に関する罰則");

	private final String japaneseName;

	ReviewArea(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

	/** The form's field for "the rules cover it": area01 … area15. */
	public String presentField() {
		return String.format("area%02dPresent", ordinal() + 1);
	}

	/** The form's field for the comment: area01Comment … area15Comment. */
	public String commentField() {
		return String.format("area%02dComment", ordinal() + 1);
	}

}
