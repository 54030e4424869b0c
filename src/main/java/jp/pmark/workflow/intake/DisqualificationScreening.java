package jp.pmark.workflow.intake;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.pmark.workflow.assessment.StaffDecision;

/**
 * INT-13, INT-9: the answer to each disqualification ground and what follows from them.
 */
@Entity
@Table(name = "disqualification_screening")
@AttributeOverride(name = "reason", column = @Column(name = "comment", length = 2000))
@AttributeOverride(name = "recordedBy", column = @Column(name = "screened_by", length = 64))
@AttributeOverride(name = "recordedAt", column = @Column(name = "screened_at", nullable = false))
public class DisqualificationScreening extends StaffDecision {

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

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Outcome outcome;

	@Column(name = "checked_grounds", nullable = false, length = 2000)
	private String checkedGrounds;

	@Column(name = "applicable_grounds", length = 2000)
	private String applicableGrounds;

	protected DisqualificationScreening() {
	}

	DisqualificationScreening(Long applicationId, Outcome outcome, String checkedGrounds, String applicableGrounds,
			String comment, String screenedBy) {
		super(applicationId, comment, screenedBy);
		this.outcome = outcome;
		this.checkedGrounds = checkedGrounds;
		this.applicableGrounds = applicableGrounds;
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

}
