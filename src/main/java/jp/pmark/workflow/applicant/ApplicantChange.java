package jp.pmark.workflow.applicant;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * CHG-7: one change of the applicant's record: which field, the old and the new value,
 * who made it, when, and from what (a change report, a renewal application). Never
 * updated or deleted.
 */
@Entity
@Table(name = "applicant_change")
public class ApplicantChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "applicant_id", nullable = false)
	private Long applicantId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private ApplicantField field;

	@Column(name = "old_value", length = 400)
	private String oldValue;

	@Column(name = "new_value", length = 400)
	private String newValue;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "changed_by", length = 64)
	private String changedBy;

	@Column(length = 200)
	private String source;

	protected ApplicantChange() {
	}

	ApplicantChange(Long applicantId, ApplicantField field, String oldValue, String newValue, String changedBy,
			String source) {
		this.applicantId = applicantId;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.changedAt = Instant.now();
		this.changedBy = changedBy;
		this.source = source;
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicantId() {
		return this.applicantId;
	}

	public ApplicantField getField() {
		return this.field;
	}

	public String getOldValue() {
		return this.oldValue;
	}

	public String getNewValue() {
		return this.newValue;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	/** What the change came from, e.g. 変更報告 CR-2026-0001. */
	public String getSource() {
		return this.source;
	}

}
