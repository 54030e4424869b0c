package jp.pmark.workflow.audit;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.pmark.workflow.assessment.StaffDecision;

/** DOC-5: the manager's decision on holding the on-site audit. */
@Entity
@Table(name = "onsite_discussion")
@AttributeOverride(name = "reason", column = @Column(name = "note", nullable = false, length = 2000))
@AttributeOverride(name = "recordedBy", column = @Column(name = "decided_by", length = 64))
@AttributeOverride(name = "recordedAt", column = @Column(name = "decided_at", nullable = false))
public class OnsiteDiscussion extends StaffDecision {

	/** PROCEED or WITHDRAW */
	@Column(nullable = false, length = 20)
	private String outcome;

	protected OnsiteDiscussion() {
	}

	OnsiteDiscussion(Long applicationId, String outcome, String note, String decidedBy) {
		super(applicationId, note, decidedBy);
		this.outcome = outcome;
	}

	public String getOutcome() {
		return this.outcome;
	}

}
