package jp.pmark.workflow.applicant;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.pmark.workflow.guard.JisText;
import jp.pmark.workflow.guard.JisX0208;
import jp.pmark.workflow.letter.Addressee;

/**
 * 事業者: a business that applies for, holds or reports to the mark.
 * <p>
 * Longer than 300 lines on purpose: a JPA entity of the business's own columns (name and
 * its original, representative, contact, size) with their getters; its rules are in
 * {@link ApplicantData} and its history in {@link ApplicantChange}.
 */
@Entity
@Table(name = "applicant")
public class Applicant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "corporate_number", length = 13)
	private String corporateNumber;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "name_original", nullable = false, length = 200)
	private String nameOriginal;

	@Column(name = "name_needs_review", nullable = false)
	private boolean nameNeedsReview;

	@Column(name = "name_kana", length = 200)
	private String nameKana;

	@Column(name = "postal_code", length = 8)
	private String postalCode;

	@Column(length = 400)
	private String address;

	@Column(name = "representative_title", length = 100)
	private String representativeTitle;

	@Column(name = "representative_name", length = 100)
	private String representativeName;

	@Column(name = "representative_name_original", length = 100)
	private String representativeNameOriginal;

	@Column(name = "contact_name", length = 100)
	private String contactName;

	@Column(name = "contact_department", length = 100)
	private String contactDepartment;

	@Column(name = "contact_postal_code", length = 8)
	private String contactPostalCode;

	@Column(name = "contact_address", length = 400)
	private String contactAddress;

	@Column(name = "contact_phone", length = 30)
	private String contactPhone;

	@Column(name = "contact_email", length = 200)
	private String contactEmail;

	@Column(name = "contact_fax", length = 30)
	private String contactFax;

	@Column(name = "protection_manager_title", length = 100)
	private String protectionManagerTitle;

	@Column(name = "protection_manager_name", length = 100)
	private String protectionManagerName;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Industry industry;

	@Column(name = "capital_yen")
	private Long capitalYen;

	@Column
	private Integer headcount;

	@Column(name = "full_time_staff")
	private Integer fullTimeStaff;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", length = 64)
	private String createdBy;

	@Version
	private long version;

	protected Applicant() {
	}

	/**
	 * A new applicant.
	 * @param name the name brought into JIS X 0208 (INT-11)
	 * @param corporateNumber a checked corporate number (CHG-6), or {@code null}
	 * @param createdBy who recorded it
	 */
	public Applicant(JisText name, String corporateNumber, String createdBy) {
		applyName(name);
		this.corporateNumber = corporateNumber;
		this.createdAt = Instant.now();
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

	public String getCorporateNumber() {
		return this.corporateNumber;
	}

	public String getName() {
		return this.name;
	}

	public String getNameOriginal() {
		return this.nameOriginal;
	}

	/**
	 * INT-11: a character of the name has no known JIS X 0208 form; a person must decide.
	 */
	public boolean isNameNeedsReview() {
		return this.nameNeedsReview;
	}

	public void setName(JisText name) {
		applyName(name);
	}

	private void applyName(JisText name) {
		this.name = name.text();
		this.nameOriginal = name.original();
		this.nameNeedsReview = name.needsReview();
	}

	/**
	 * INT-11: a person decided how to write the name in JIS X 0208; the original stays as
	 * it was given.
	 */
	void decideName(String jisName) {
		this.name = jisName;
		this.nameNeedsReview = false;
	}

	public String getNameKana() {
		return this.nameKana;
	}

	public void setNameKana(String nameKana) {
		this.nameKana = nameKana;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getRepresentativeTitle() {
		return this.representativeTitle;
	}

	public void setRepresentativeTitle(String representativeTitle) {
		this.representativeTitle = representativeTitle;
	}

	public String getRepresentativeName() {
		return this.representativeName;
	}

	/** INT-11: the representative's name in JIS X 0208, the original kept beside it. */
	public void setRepresentativeName(JisText name) {
		this.representativeName = (name == null) ? null : name.text();
		this.representativeNameOriginal = (name == null) ? null : name.original();
	}

	public String getRepresentativeNameOriginal() {
		return this.representativeNameOriginal;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactDepartment() {
		return this.contactDepartment;
	}

	public String getContactPostalCode() {
		return this.contactPostalCode;
	}

	public String getContactAddress() {
		return this.contactAddress;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public String getContactFax() {
		return this.contactFax;
	}

	/** 個人情報保護管理者 (CHG-1 5). */
	public String getProtectionManagerName() {
		return this.protectionManagerName;
	}

	public String getProtectionManagerTitle() {
		return this.protectionManagerTitle;
	}

	/** The current value of a field, as text (CHG-7 keeps old and new as text). */
	public String value(ApplicantField field) {
		Object value = switch (field) {
			case NAME -> this.name;
			case CORPORATE_NUMBER -> this.corporateNumber;
			case POSTAL_CODE -> this.postalCode;
			case ADDRESS -> this.address;
			case REPRESENTATIVE_TITLE -> this.representativeTitle;
			case REPRESENTATIVE_NAME -> this.representativeName;
			case CONTACT_NAME -> this.contactName;
			case CONTACT_DEPARTMENT -> this.contactDepartment;
			case CONTACT_POSTAL_CODE -> this.contactPostalCode;
			case CONTACT_ADDRESS -> this.contactAddress;
			case CONTACT_PHONE -> this.contactPhone;
			case CONTACT_FAX -> this.contactFax;
			case CONTACT_EMAIL -> this.contactEmail;
			case PROTECTION_MANAGER_TITLE -> this.protectionManagerTitle;
			case PROTECTION_MANAGER_NAME -> this.protectionManagerName;
			case INDUSTRY -> (this.industry == null) ? null : this.industry.name();
			case CAPITAL_YEN -> this.capitalYen;
			case HEADCOUNT -> this.headcount;
			case FULL_TIME_STAFF -> this.fullTimeStaff;
		};
		return (value == null) ? null : value.toString();
	}

	/**
	 * Sets a field from text that the caller checked; names come through JIS X 0208
	 * (INT-11). Package-private: changes go through {@link ApplicantService#change},
	 * which keeps the history (CHG-7).
	 */
	void apply(ApplicantField field, String value) {
		String text = (value == null || value.isBlank()) ? null : value.trim();
		switch (field) {
			case NAME -> applyName(JisX0208.degrade(text));
			case CORPORATE_NUMBER -> this.corporateNumber = text;
			case POSTAL_CODE -> this.postalCode = text;
			case ADDRESS -> this.address = text;
			case REPRESENTATIVE_TITLE -> this.representativeTitle = text;
			case REPRESENTATIVE_NAME -> setRepresentativeName((text == null) ? null : JisX0208.degrade(text));
			case CONTACT_NAME -> this.contactName = (text == null) ? null : JisX0208.degrade(text).text();
			case CONTACT_DEPARTMENT -> this.contactDepartment = text;
			case CONTACT_POSTAL_CODE -> this.contactPostalCode = text;
			case CONTACT_ADDRESS -> this.contactAddress = text;
			case CONTACT_PHONE -> this.contactPhone = text;
			case CONTACT_FAX -> this.contactFax = text;
			case CONTACT_EMAIL -> this.contactEmail = text;
			case PROTECTION_MANAGER_TITLE -> this.protectionManagerTitle = text;
			case PROTECTION_MANAGER_NAME ->
				this.protectionManagerName = (text == null) ? null : JisX0208.degrade(text).text();
			case INDUSTRY -> this.industry = (text == null) ? null : Industry.valueOf(text);
			case CAPITAL_YEN -> this.capitalYen = (text == null) ? null : Long.valueOf(text);
			case HEADCOUNT -> this.headcount = (text == null) ? null : Integer.valueOf(text);
			case FULL_TIME_STAFF -> this.fullTimeStaff = (text == null) ? null : Integer.valueOf(text);
		}
	}

	/** The application contact person (申請担当者) and how to reach them. */
	public void setContact(String name, String department, String postalCode, String address, String phone,
			String email) {
		this.contactName = name;
		this.contactDepartment = department;
		this.contactPostalCode = postalCode;
		this.contactAddress = address;
		this.contactPhone = phone;
		this.contactEmail = email;
	}

	public Industry getIndustry() {
		return this.industry;
	}

	public Long getCapitalYen() {
		return this.capitalYen;
	}

	public Integer getHeadcount() {
		return this.headcount;
	}

	/**
	 * INT-14: full-time employees with social insurance and registered officers (not
	 * 監査役).
	 */
	public Integer getFullTimeStaff() {
		return this.fullTimeStaff;
	}

	/** The facts that set the size class (FEE-7) and the INT-14 minimum. */
	public void setSize(Industry industry, Long capitalYen, Integer headcount, Integer fullTimeStaff) {
		this.industry = industry;
		this.capitalYen = capitalYen;
		this.headcount = headcount;
		this.fullTimeStaff = fullTimeStaff;
	}

	/**
	 * Where letters go: the contact's address, the business and the contact person, and
	 * the contact's mail address.
	 */
	public Addressee recipient() {
		StringBuilder recipient = new StringBuilder();
		if (this.contactPostalCode != null) {
			recipient.append("〒").append(this.contactPostalCode).append(' ');
		}
		recipient
			.append((this.contactAddress != null) ? this.contactAddress : (this.address != null) ? this.address : "");
		recipient.append('\n').append(this.name);
		if (this.contactName != null) {
			recipient.append('\n');
			if (this.contactDepartment != null) {
				recipient.append(this.contactDepartment).append(' ');
			}
			recipient.append(this.contactName).append(" 様");
		}
		else {
			recipient.append(" 御中");
		}
		return Addressee.of(recipient.toString(), this.contactEmail);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
