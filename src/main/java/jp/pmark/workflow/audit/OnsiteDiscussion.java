package jp.pmark.workflow.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** DOC-5: the manager's decision on holding the on-site audit. */
@Entity
@Table(name = "onsite_discussion")
public class OnsiteDiscussion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	/** PROCEED or WITHDRAW */
	@Column(nullable = false, length = 20)
	private String outcome;

	@Column(nullable = false, length = 2000)
	private String note;

	@Column(name = "decided_by", length = 64)
	private String decidedBy;

	@Column(name = "decided_at", nullable = false)
	private Instant decidedAt;

	protected OnsiteDiscussion() {
	}

	OnsiteDiscussion(Long applicationId, String outcome, String note, String decidedBy) {
		this.applicationId = applicationId;
		this.outcome = outcome;
		this.note = note;
		this.decidedBy = decidedBy;
		this.decidedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public String getNote() {
		return this.note;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
