package jp.pmark.workflow.assessment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.NaturalId;
import jakarta.persistence.Version;
import jp.pmark.workflow.applicant.Applicant;

/** 申請: an application for the mark, the case its process instance runs (business key). */
@Entity
@Table(name = "application")
public class Application {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	// the number never changes: Hibernate finds an application already loaded in the
	// transaction by its number without asking the database again
	@NaturalId
	@Column(name = "application_number", nullable = false, length = 20)
	private String applicationNumber;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "applicant_id")
	private Applicant applicant;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ApplicationKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Channel channel;

	@Column(name = "applied_on", nullable = false)
	private LocalDate appliedOn;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "assessment_requested", nullable = false)
	private boolean assessmentRequested;

	@Column(name = "consent_given", nullable = false)
	private boolean consentGiven;

	@Column(name = "registry_certificate_issued_on")
	private LocalDate registryCertificateIssuedOn;

	@Column(name = "size_class", length = 10)
	private String sizeClass;

	@Column(name = "standard_onsite_hours")
	private Integer standardOnsiteHours;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ApplicationStatus status;

	@Column(nullable = false)
	private boolean suspended;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "previous_application_id")
	private Application previousApplication;

	@Column(name = "renewal_of_registration_id")
	private Long renewalOfRegistrationId;

	@Column(name = "changes_since_last_contract")
	private Boolean changesSinceLastContract;

	@Column(name = "created_by", length = 64)
	private String createdBy;

	@Version
	private long version;

	protected Application() {
	}

	Application(String applicationNumber, Applicant applicant, ApplicationKind kind, Channel channel,
			LocalDate appliedOn, boolean assessmentRequested, boolean consentGiven,
			LocalDate registryCertificateIssuedOn, String createdBy) {
		this.applicationNumber = applicationNumber;
		this.applicant = applicant;
		this.kind = kind;
		this.channel = channel;
		this.appliedOn = appliedOn;
		this.receivedAt = Instant.now();
		this.assessmentRequested = assessmentRequested;
		this.consentGiven = consentGiven;
		this.registryCertificateIssuedOn = registryCertificateIssuedOn;
		this.status = ApplicationStatus.RECEIVED;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

	public String getApplicationNumber() {
		return this.applicationNumber;
	}

	public Applicant getApplicant() {
		return this.applicant;
	}

	public ApplicationKind getKind() {
		return this.kind;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public LocalDate getAppliedOn() {
		return this.appliedOn;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	/** INT-6 a): the application states that assessment is requested. */
	public boolean isAssessmentRequested() {
		return this.assessmentRequested;
	}

	/**
	 * INT-6 b): the applicant consents to follow the requirements and provide all
	 * information.
	 */
	public boolean isConsentGiven() {
		return this.consentGiven;
	}

	public LocalDate getRegistryCertificateIssuedOn() {
		return this.registryCertificateIssuedOn;
	}

	void setRegistryCertificateIssuedOn(LocalDate issuedOn) {
		this.registryCertificateIssuedOn = issuedOn;
	}

	void setDeclarations(boolean assessmentRequested, boolean consentGiven) {
		this.assessmentRequested = assessmentRequested;
		this.consentGiven = consentGiven;
	}

	/** FEE-7: SMALL, MEDIUM or LARGE. */
	public String getSizeClass() {
		return this.sizeClass;
	}

	public Integer getStandardOnsiteHours() {
		return this.standardOnsiteHours;
	}

	void setSizeClass(String sizeClass, Integer standardOnsiteHours) {
		this.sizeClass = sizeClass;
		this.standardOnsiteHours = standardOnsiteHours;
	}

	public ApplicationStatus getStatus() {
		return this.status;
	}

	void setStatus(ApplicationStatus status) {
		this.status = status;
	}

	/** FEE-5: the assessment is suspended while a fee is unpaid past its due date. */
	public boolean isSuspended() {
		return this.suspended;
	}

	void setSuspended(boolean suspended) {
		this.suspended = suspended;
	}

	/** The earlier assessment of the same business, for the comparison of FND-2 iv). */
	public Application getPreviousApplication() {
		return this.previousApplication;
	}

	void setPreviousApplication(Application previousApplication) {
		this.previousApplication = previousApplication;
	}

	/** REN-4: the registration a renewal renews, or null for a new application. */
	public Long getRenewalOfRegistrationId() {
		return this.renewalOfRegistrationId;
	}

	/**
	 * INT-7: a renewal's statement whether the registry certificate, articles or officers
	 * changed since the last contract; null for a new application.
	 */
	public Boolean getChangesSinceLastContract() {
		return this.changesSinceLastContract;
	}

	void setRenewal(Long registrationId, Application previous, boolean changesSinceLastContract) {
		this.renewalOfRegistrationId = registrationId;
		this.previousApplication = previous;
		this.changesSinceLastContract = changesSinceLastContract;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
