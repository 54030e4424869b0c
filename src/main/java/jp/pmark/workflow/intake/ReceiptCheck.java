package jp.pmark.workflow.intake;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.pmark.workflow.assessment.StaffDecision;

/** INT-3..INT-7: reception's check of the documents and the form, with its outcome. */
@Entity
@Table(name = "receipt_check")
@AttributeOverride(name = "recordedBy", column = @Column(name = "checked_by", length = 64))
@AttributeOverride(name = "recordedAt", column = @Column(name = "checked_at", nullable = false))
public class ReceiptCheck extends StaffDecision {

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

	protected ReceiptCheck() {
	}

	ReceiptCheck(Long applicationId, Outcome outcome, String presentDocuments, String missingDocuments,
			LocalDate registryCertificateIssuedOn, boolean assessmentRequested, boolean consentGiven, String reason,
			String checkedBy) {
		super(applicationId, reason, checkedBy);
		this.outcome = outcome;
		this.presentDocuments = presentDocuments;
		this.missingDocuments = missingDocuments;
		this.registryCertificateIssuedOn = registryCertificateIssuedOn;
		this.assessmentRequested = assessmentRequested;
		this.consentGiven = consentGiven;
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

}
