package jp.pmark.workflow.audit;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** AUD-3 (004: 2.5.5): the agreement an auditor signed. */
@Entity
@Table(name = "auditor_agreement")
public class AuditorAgreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "auditor_id", nullable = false)
	private Long auditorId;

	@Column(name = "signed_on", nullable = false)
	private LocalDate signedOn;

	/** null while it has no end */
	@Column(name = "valid_until")
	private LocalDate validUntil;

	/** It covers confidentiality. */
	@Column(nullable = false)
	private boolean confidentiality;

	/** It covers having no conflict of interest with applicants. */
	@Column(name = "no_conflict_of_interest", nullable = false)
	private boolean noConflictOfInterest;

	protected AuditorAgreement() {
	}

	AuditorAgreement(Long auditorId, LocalDate signedOn, LocalDate validUntil, boolean confidentiality,
			boolean noConflictOfInterest) {
		this.auditorId = auditorId;
		this.signedOn = signedOn;
		this.validUntil = validUntil;
		this.confidentiality = confidentiality;
		this.noConflictOfInterest = noConflictOfInterest;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAuditorId() {
		return this.auditorId;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public boolean isConfidentiality() {
		return this.confidentiality;
	}

	public boolean isNoConflictOfInterest() {
		return this.noConflictOfInterest;
	}

	/**
	 * True when it was signed by the day, has not ended, and covers both matters of
	 * AUD-3.
	 */
	public boolean coversOn(LocalDate day) {
		return this.confidentiality && this.noConflictOfInterest && !this.signedOn.isAfter(day)
				&& (this.validUntil == null || !this.validUntil.isBefore(day));
	}

}
