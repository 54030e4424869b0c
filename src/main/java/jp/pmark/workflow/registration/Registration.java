package jp.pmark.workflow.registration;

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
import jakarta.persistence.Version;

/**
 * JIP-2: the registration JIPDEC returned: its number and validity period (2 years,
 * JIP-3), and where it stands in its life (REN). A renewal is a new registration that
 * continues the number with the renewal count incremented.
 */
@Entity
@Table(name = "registration")
public class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	@Column(name = "applicant_id", nullable = false)
	private Long applicantId;

	@Column(name = "registration_number", nullable = false, length = 12)
	private String registrationNumber;

	@Column(name = "base_number", nullable = false, length = 8)
	private String baseNumber;

	@Column(name = "renewal_count", nullable = false)
	private int renewalCount;

	@Column(name = "previous_registration_id")
	private Long previousRegistrationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private RegistrationStatus status;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_until", nullable = false)
	private LocalDate validUntil;

	@Column(name = "recorded_by", length = 64)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected Registration() {
	}

	/**
	 * A registration JIPDEC returned.
	 * @param registrationNumber 8 digits and the renewal count, checked by the caller
	 * @param previous the registration it renews, or null
	 */
	Registration(Long applicationId, Long applicantId, String registrationNumber, LocalDate validFrom,
			Registration previous, String recordedBy) {
		this.applicationId = applicationId;
		this.applicantId = applicantId;
		this.registrationNumber = registrationNumber;
		this.baseNumber = registrationNumber.substring(0, 8);
		this.renewalCount = Integer.parseInt(registrationNumber.substring(9, 11));
		this.previousRegistrationId = (previous != null) ? previous.getId() : null;
		this.validFrom = validFrom;
		this.validUntil = validUntil(validFrom);
		this.status = RegistrationStatus.VALID;
		this.recordedBy = recordedBy;
		this.recordedAt = Instant.now();
	}

	/** JIP-3: 8 digits and the renewal count in brackets, e.g. 10823456(05). */
	public static String number(String baseNumber, int renewalCount) {
		return String.format(java.util.Locale.ROOT, "%s(%02d)", baseNumber, renewalCount);
	}

	/**
	 * JIP-3: a registration is valid for 2 years: to the day before the same date two
	 * years on.
	 */
	public static LocalDate validUntil(LocalDate validFrom) {
		return validFrom.plusYears(2).minusDays(1);
	}

	public Long getId() {
		return this.id;
	}

	/** The application whose assessment granted it. */
	public Long getApplicationId() {
		return this.applicationId;
	}

	public Long getApplicantId() {
		return this.applicantId;
	}

	/** The 8 digits every renewal keeps. */
	public String getBaseNumber() {
		return this.baseNumber;
	}

	/** The count in brackets: incremented by each renewal. */
	public int getRenewalCount() {
		return this.renewalCount;
	}

	/** The registration this one renews, or null. */
	public Long getPreviousRegistrationId() {
		return this.previousRegistrationId;
	}

	public RegistrationStatus getStatus() {
		return this.status;
	}

	/** MRG-1: the status passes to another business (7特例, 8又は9の特例). */
	void setApplicantId(Long applicantId) {
		this.applicantId = applicantId;
	}

	void setStatus(RegistrationStatus status) {
		this.status = status;
	}

	/** Corrects the validity (JIPDEC's correction); the end follows the start (JIP-3). */
	void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
		this.validUntil = validUntil(validFrom);
	}

	/** The number the next renewal will carry. */
	public String nextRenewalNumber() {
		return number(this.baseNumber, this.renewalCount + 1);
	}

	/** 8 digits and the renewal count in brackets, e.g. 10823456(05). */
	public String getRegistrationNumber() {
		return this.registrationNumber;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

}
