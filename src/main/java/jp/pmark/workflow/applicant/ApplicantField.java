package jp.pmark.workflow.applicant;

/**
 * A field of the applicant's record whose changes are kept (CHG-7), named as staff read
 * them.
 */
public enum ApplicantField {

	NAME("事業者名"), CORPORATE_NUMBER("法人番号"), POSTAL_CODE("本店所在地の郵便番号"), ADDRESS("本店所在地"), REPRESENTATIVE_TITLE("代表者の役職"),
	REPRESENTATIVE_NAME("代表者氏名"), CONTACT_NAME("申請担当者"), CONTACT_DEPARTMENT("申請担当者の部署"),
	CONTACT_POSTAL_CODE("連絡先の郵便番号"), CONTACT_ADDRESS("連絡先の所在地"), CONTACT_PHONE("連絡先の電話番号"), CONTACT_FAX("連絡先のFAX番号"),
	CONTACT_EMAIL("連絡先のメールアドレス"), PROTECTION_MANAGER_TITLE("個人情報保護管理者の役職"), PROTECTION_MANAGER_NAME("個人情報保護管理者"),
	INDUSTRY("主たる業種"), CAPITAL_YEN("資本金（円）"), HEADCOUNT("従業者数"), FULL_TIME_STAFF("常勤の従業者・役員の人数");

	private final String japaneseName;

	ApplicantField(String japaneseName) {
		this.japaneseName = japaneseName;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

}
