package jp.pmark.workflow.intake;

import java.util.Arrays;
import java.util.List;

/**
 * The documents of a new application: INT-3's fourteen mandatory ones, INT-4's four
 * optional ones, and INT-7's officer list and self-declaration.
 */
public enum DocumentType {

	FORM_0(1, "様式0 申請チェック表", Requirement.MANDATORY),

	FORM_1(2, "様式1 申請書①②", Requirement.MANDATORY),

	FORM_2(3, "様式2 個人情報保護体制", Requirement.MANDATORY),

	FORM_3(4, "様式3 事業者概要", Requirement.MANDATORY),

	FORM_4(5, "様式4 個人情報を取扱う業務の概要", Requirement.MANDATORY),

	FORM_5(6, "様式5 すべての事業所の所在地及び業務内容", Requirement.MANDATORY),

	FORM_6(7, "様式6 PMS文書の一覧", Requirement.MANDATORY),

	FORM_7(8, "様式7 教育実施サマリー（全従業者）", Requirement.MANDATORY),

	FORM_8(9, "様式8 内部監査・マネジメントレビュー実施サマリー", Requirement.MANDATORY),

	REGISTRY_CERTIFICATE(10, "登記事項証明書（原本、申請日前3か月以内の発行）", Requirement.MANDATORY),

	ARTICLES(11, "定款のコピー", Requirement.MANDATORY),

	PMS_DOCUMENTS(12, "PMS文書一式のコピー（様式は未記入の見本）", Requirement.MANDATORY),

	LEDGER_FIRST_PAGE(13, "個人情報管理台帳の冒頭1ページのコピー", Requirement.MANDATORY),

	RISK_ANALYSIS(14, "リスク分析結果のコピー（13に対応）", Requirement.MANDATORY),

	TRAINING_RECORDS(15, "教育の実施記録", Requirement.OPTIONAL),

	INTERNAL_AUDIT_RECORDS(16, "内部監査の実施記録", Requirement.OPTIONAL),

	MANAGEMENT_REVIEW_MINUTES(17, "マネジメントレビューの議事録", Requirement.OPTIONAL),

	BROCHURE(18, "会社パンフレット等", Requirement.OPTIONAL),

	OFFICER_LIST(19, "役員の名簿（執行役を含む）", Requirement.MANDATORY),

	DISQUALIFICATION_DECLARATION(20, "欠格事項に該当しない旨の申告書", Requirement.MANDATORY);

	/** Whether a new application must carry the document. */
	public enum Requirement {

		MANDATORY, OPTIONAL

	}

	private final int number;

	private final String japaneseName;

	private final Requirement requirement;

	DocumentType(int number, String japaneseName, Requirement requirement) {
		this.number = number;
		this.japaneseName = japaneseName;
		this.requirement = requirement;
	}

	/** The number in the body's list of documents (1..18, then the INT-7 documents). */
	public int number() {
		return this.number;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

	/** "10. 登記事項証明書…" as the lists and letters show it. */
	public String label() {
		return this.number + ". " + this.japaneseName;
	}

	public boolean isMandatory() {
		return this.requirement == Requirement.MANDATORY;
	}

	/** INT-3, INT-7: the documents a new application must carry. */
	public static List<DocumentType> mandatory() {
		return Arrays.stream(values()).filter(DocumentType::isMandatory).toList();
	}

	/** INT-4: recorded when present, never required. */
	public static List<DocumentType> optional() {
		return Arrays.stream(values()).filter((type) -> !type.isMandatory()).toList();
	}

}
