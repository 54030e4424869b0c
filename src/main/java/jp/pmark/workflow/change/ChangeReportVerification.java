package jp.pmark.workflow.change;

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
 * Reception's verification of a change report: who decided what, when and why (GEN-1).
 */
@Entity
@Table(name = "change_report_verification")
public class ChangeReportVerification {

	/** What reception decided. */
	public enum Outcome {

		APPLY("記録に反映する"), REQUEST_CLOSED_CERTIFICATE("閉鎖事項証明書の提出を求める"), RETURN("差し戻す");

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

	@Column(name = "change_report_id", nullable = false)
	private Long changeReportId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Outcome outcome;

	@Column(name = "old_details_confirmed", nullable = false)
	private boolean oldDetailsConfirmed;

	@Column(length = 2000)
	private String reason;

	@Column(name = "verified_by", length = 64)
	private String verifiedBy;

	@Column(name = "verified_at", nullable = false)
	private Instant verifiedAt;

	protected ChangeReportVerification() {
	}

	ChangeReportVerification(Long changeReportId, Outcome outcome, boolean oldDetailsConfirmed, String reason,
			String verifiedBy) {
		this.changeReportId = changeReportId;
		this.outcome = outcome;
		this.oldDetailsConfirmed = oldDetailsConfirmed;
		this.reason = reason;
		this.verifiedBy = verifiedBy;
		this.verifiedAt = Instant.now();
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	/** CHG-4: the old name or address was confirmed on the corporate-number site. */
	public boolean isOldDetailsConfirmed() {
		return this.oldDetailsConfirmed;
	}

	public String getReason() {
		return this.reason;
	}

	public String getVerifiedBy() {
		return this.verifiedBy;
	}

	public Instant getVerifiedAt() {
		return this.verifiedAt;
	}

}
