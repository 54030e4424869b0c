package jp.pmark.workflow.change;

import java.util.List;

import jp.pmark.workflow.applicant.ApplicantField;

/** CHG-1: the five things a business reports when they change. */
public enum ChangeKind {

	/** 1 事業者名. */
	NAME(1, "事業者名", List.of(ApplicantField.NAME), List.of(ApplicantField.NAME)),

	/** 2 本店所在地. */
	HEAD_OFFICE(2, "本店所在地", List.of(ApplicantField.POSTAL_CODE, ApplicantField.ADDRESS),
			List.of(ApplicantField.ADDRESS)),

	/** 3 代表者: only while under assessment (CHG-1, CHG-3). */
	REPRESENTATIVE(3, "代表者", List.of(ApplicantField.REPRESENTATIVE_TITLE, ApplicantField.REPRESENTATIVE_NAME),
			List.of(ApplicantField.REPRESENTATIVE_NAME)),

	/** 4 申請担当者と連絡先. */
	CONTACT(4, "申請担当者・連絡先",
			List.of(ApplicantField.CONTACT_NAME, ApplicantField.CONTACT_DEPARTMENT, ApplicantField.CONTACT_POSTAL_CODE,
					ApplicantField.CONTACT_ADDRESS, ApplicantField.CONTACT_PHONE, ApplicantField.CONTACT_FAX,
					ApplicantField.CONTACT_EMAIL),
			List.of()),

	/** 5 個人情報保護管理者. */
	PROTECTION_MANAGER(5, "個人情報保護管理者",
			List.of(ApplicantField.PROTECTION_MANAGER_TITLE, ApplicantField.PROTECTION_MANAGER_NAME),
			List.of(ApplicantField.PROTECTION_MANAGER_NAME));

	private final int number;

	private final String japaneseName;

	private final List<ApplicantField> fields;

	private final List<ApplicantField> required;

	ChangeKind(int number, String japaneseName, List<ApplicantField> fields, List<ApplicantField> required) {
		this.number = number;
		this.japaneseName = japaneseName;
		this.fields = fields;
		this.required = required;
	}

	public int number() {
		return this.number;
	}

	public String japaneseName() {
		return this.japaneseName;
	}

	/** The fields of the applicant's record this kind changes. */
	public List<ApplicantField> fields() {
		return this.fields;
	}

	/**
	 * The fields a report of this kind must give (a contact change gives at least one).
	 */
	public List<ApplicantField> required() {
		return this.required;
	}

	/**
	 * CHG-2: a name or head-office change carries the corporate number, or a public
	 * document.
	 */
	public boolean needsCorporateNumber() {
		return this == NAME || this == HEAD_OFFICE;
	}

}
