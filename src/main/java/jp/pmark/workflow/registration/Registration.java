package jp.pmark.workflow.registration;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * JIP-2: the registration JIPDEC returned: its number and validity period (2 years,
 * JIP-3).
 */
@Entity
@Table(name = "registration")
public class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	@Column(name = "registration_number", nullable = false, length = 12)
	private String registrationNumber;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_until", nullable = false)
	private LocalDate validUntil;

	@Column(name = "recorded_by", length = 64)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected Registration() {
	}

	Registration(Long applicationId, String registrationNumber, LocalDate validFrom, String recordedBy) {
		this.applicationId = applicationId;
		this.registrationNumber = registrationNumber;
		this.validFrom = validFrom;
		this.validUntil = validUntil(validFrom);
		this.recordedBy = recordedBy;
		this.recordedAt = Instant.now();
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

	public Long getApplicationId() {
		return this.applicationId;
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
