package jp.pmark.workflow.decision;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 付与適格決定 or 付与適格否認 (DEC-2, DEC-3). */
@Entity
@Table(name = "decision")
public class Decision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	/** ELIGIBLE or DENIED */
	@Column(nullable = false, length = 20)
	private String result;

	@Column(name = "decided_on", nullable = false)
	private LocalDate decidedOn;

	@Column(name = "committee_meeting", nullable = false, length = 200)
	private String committeeMeeting;

	@Column(nullable = false, length = 4000)
	private String reason;

	@Column(name = "decided_by", length = 64)
	private String decidedBy;

	@Column(name = "decided_at", nullable = false)
	private Instant decidedAt;

	protected Decision() {
	}

	Decision(Long applicationId, String result, LocalDate decidedOn, String committeeMeeting, String reason,
			String decidedBy) {
		this.applicationId = applicationId;
		this.result = result;
		this.decidedOn = decidedOn;
		this.committeeMeeting = committeeMeeting;
		this.reason = reason;
		this.decidedBy = decidedBy;
		this.decidedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public String getResult() {
		return this.result;
	}

	public boolean isEligible() {
		return "ELIGIBLE".equals(this.result);
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public String getCommitteeMeeting() {
		return this.committeeMeeting;
	}

	public String getReason() {
		return this.reason;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	/**
	 * JIP-3: the contract and registration fee must be completed within 3 months of the
	 * decision.
	 */
	public LocalDate contractDeadline() {
		return this.decidedOn.plusMonths(3);
	}

}
