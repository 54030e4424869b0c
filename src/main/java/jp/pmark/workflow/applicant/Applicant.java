package jp.pmark.workflow.applicant;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.pmark.workflow.guard.JisText;

/** 事業者: a business that applies for, holds or reports to the mark. */
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

	public void setRepresentativeName(String representativeName) {
		this.representativeName = representativeName;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
