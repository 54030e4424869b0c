package jp.pmark.workflow.assessment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A decision staff recorded on an application (GEN-1): which application, who, when, and
 * the reason given. Each record keeps its own outcome and its own column names (its
 * entity overrides {@code recordedBy}, {@code recordedAt} and {@code reason} with
 * {@code @AttributeOverride}); the tables are as they were.
 */
@MappedSuperclass
public abstract class StaffDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	@Column(name = "reason", length = 2000)
	private String reason;

	@Column(name = "recorded_by", length = 64)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected StaffDecision() {
	}

	protected StaffDecision(Long applicationId, String reason, String recordedBy) {
		this.applicationId = applicationId;
		this.reason = reason;
		this.recordedBy = recordedBy;
		this.recordedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	/** Why: the reason, comment or note the staff member gave. */
	public String getReason() {
		return this.reason;
	}

	/** Who recorded the decision. */
	public String getRecordedBy() {
		return this.recordedBy;
	}

	/** When the decision was recorded. */
	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
