package jp.pmark.workflow.intake;

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
 * INT-13, INT-9: the answer to each disqualification ground and what follows from them.
 */
@Entity
@Table(name = "disqualification_screening")
public class DisqualificationScreening {

	/** Clear, disqualified, or transferred to JIPDEC under 3.1.4. */
	public enum Outcome {

		CLEAR("欠格事由に該当しない"), DISQUALIFIED("欠格事由に該当する"), TRANSFER("3.1.4の適用を検討（付与機関へ移送）");

		private final String japaneseName;

		Outcome(String japaneseName) {
			this.japaneseName = japaneseName;
		}

		public String japaneseName() {
			return this.japaneseName;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Outcome outcome;

	@Column(name = "checked_grounds", nullable = false, length = 2000)
	private String checkedGrounds;

	@Column(name = "applicable_grounds", length = 2000)
	private String applicableGrounds;

	@Column(length = 2000)
	private String comment;

	@Column(name = "screened_by", length = 64)
	private String screenedBy;

	@Column(name = "screened_at", nullable = false)
	private Instant screenedAt;

	protected DisqualificationScreening() {
	}

	DisqualificationScreening(Long applicationId, Outcome outcome, String checkedGrounds, String applicableGrounds,
			String comment, String screenedBy) {
		this.applicationId = applicationId;
		this.outcome = outcome;
		this.checkedGrounds = checkedGrounds;
		this.applicableGrounds = applicableGrounds;
		this.comment = comment;
		this.screenedBy = screenedBy;
		this.screenedAt = Instant.now();
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	/** Every ground that was answered, each with its answer: {@code CODE=該当しない}. */
	public String getCheckedGrounds() {
		return this.checkedGrounds;
	}

	public String getApplicableGrounds() {
		return this.applicableGrounds;
	}

	public String getComment() {
		return this.comment;
	}

	public String getScreenedBy() {
		return this.screenedBy;
	}

	public Instant getScreenedAt() {
		return this.screenedAt;
	}

}
