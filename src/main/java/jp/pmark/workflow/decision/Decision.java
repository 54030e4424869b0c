package jp.pmark.workflow.decision;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.pmark.workflow.assessment.StaffDecision;

/** 付与適格決定 or 付与適格否認 (DEC-2, DEC-3). */
@Entity
@Table(name = "decision")
@AttributeOverride(name = "reason", column = @Column(name = "reason", nullable = false, length = 4000))
@AttributeOverride(name = "recordedBy", column = @Column(name = "decided_by", length = 64))
@AttributeOverride(name = "recordedAt", column = @Column(name = "decided_at", nullable = false))
public class Decision extends StaffDecision {

	/** ELIGIBLE or DENIED */
	@Column(nullable = false, length = 20)
	private String result;

	@Column(name = "decided_on", nullable = false)
	private LocalDate decidedOn;

	@Column(name = "committee_meeting", nullable = false, length = 200)
	private String committeeMeeting;

	protected Decision() {
	}

	Decision(Long applicationId, String result, LocalDate decidedOn, String committeeMeeting, String reason,
			String decidedBy) {
		super(applicationId, reason, decidedBy);
		this.result = result;
		this.decidedOn = decidedOn;
		this.committeeMeeting = committeeMeeting;
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

	/**
	 * JIP-3: the contract and registration fee must be completed within 3 months of the
	 * decision.
	 */
	public LocalDate contractDeadline() {
		return this.decidedOn.plusMonths(3);
	}

}
