package jp.pmark.workflow.common;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * The header every case of a business shares (a change report, a merger case, an
 * incident): its id, the business it concerns, the registration and the application it
 * belongs to where there is one, and the version that keeps two staff from overwriting
 * each other's work. Each case keeps its own number and status.
 */
@MappedSuperclass
public abstract class CaseRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "applicant_id")
	private Long applicantId;

	@Column(name = "registration_id")
	private Long registrationId;

	@Column(name = "application_id")
	private Long applicationId;

	@Version
	private long version;

	protected CaseRecord() {
	}

	protected CaseRecord(Long applicantId, Long registrationId, Long applicationId) {
		this.applicantId = applicantId;
		this.registrationId = registrationId;
		this.applicationId = applicationId;
	}

	public Long getId() {
		return this.id;
	}

	/** The business the case concerns, when it is known. */
	public Long getApplicantId() {
		return this.applicantId;
	}

	/** The registration the case concerns, when the business holds one. */
	public Long getRegistrationId() {
		return this.registrationId;
	}

	/** The application (assessment) the case concerns, when one is running or ran. */
	public Long getApplicationId() {
		return this.applicationId;
	}

	protected void setApplicantId(Long applicantId) {
		this.applicantId = applicantId;
	}

	protected void setRegistrationId(Long registrationId) {
		this.registrationId = registrationId;
	}

	protected void setApplicationId(Long applicationId) {
		this.applicationId = applicationId;
	}

}
