package jp.pmark.workflow.intake;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** INT-3..INT-7: reception's check of the documents and the form, with its outcome. */
@Entity
@Table(name = "receipt_check")
public class ReceiptCheck {

	/** 受理, 受取不可 (a mandatory document is missing) or 受理不可 (the form is wrong). */
	public enum Outcome {

		ACCEPTED("受理する"), NOT_RECEIVED("受け取らない（受取不可）"), NOT_ACCEPTED("受理しない（受理不可）");

		private final String japaneseName;

		Outcome(String japaneseName) {
			this.japaneseName = japaneseName;
		}

		public String japaneseName() {
			return this.japaneseName;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Outcome outcome;

	@Column(name = "present_documents", nullable = false, length = 2000)
	private String presentDocuments;

	@Column(name = "missing_documents", length = 2000)
	private String missingDocuments;

	@Column(name = "registry_certificate_issued_on")
	private LocalDate registryCertificateIssuedOn;

	@Column(name = "assessment_requested", nullable = false)
	private boolean assessmentRequested;

	@Column(name = "consent_given", nullable = false)
	private boolean consentGiven;

	@Column(length = 2000)
	private String reason;

	@Column(name = "checked_by", length = 64)
	private String checkedBy;

	@Column(name = "checked_at", nullable = false)
	private Instant checkedAt;

	protected ReceiptCheck() {
	}

	ReceiptCheck(Long applicationId, Outcome outcome, String presentDocuments, String missingDocuments,
			LocalDate registryCertificateIssuedOn, boolean assessmentRequested, boolean consentGiven, String reason,
			String checkedBy) {
		this.applicationId = applicationId;
		this.outcome = outcome;
		this.presentDocuments = presentDocuments;
		this.missingDocuments = missingDocuments;
		this.registryCertificateIssuedOn = registryCertificateIssuedOn;
		this.assessmentRequested = assessmentRequested;
		this.consentGiven = consentGiven;
		this.reason = reason;
		this.checkedBy = checkedBy;
		this.checkedAt = Instant.now();
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public String getPresentDocuments() {
		return this.presentDocuments;
	}

	public String getMissingDocuments() {
		return this.missingDocuments;
	}

	public LocalDate getRegistryCertificateIssuedOn() {
		return this.registryCertificateIssuedOn;
	}

	public String getReason() {
		return this.reason;
	}

	public String getCheckedBy() {
		return this.checkedBy;
	}

	public Instant getCheckedAt() {
		return this.checkedAt;
	}

}
