package jp.pmark.workflow.registration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** JIP-1: a decision reported to JIPDEC, and JIPDEC's acknowledgement. */
@Entity
@Table(name = "jipdec_report")
public class JipdecReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	@Column(name = "decision_id", nullable = false)
	private Long decisionId;

	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;

	@Column(length = 200)
	private String acknowledgement;

	protected JipdecReport() {
	}

	JipdecReport(Long applicationId, Long decisionId, String acknowledgement) {
		this.applicationId = applicationId;
		this.decisionId = decisionId;
		this.acknowledgement = acknowledgement;
		this.sentAt = Instant.now();
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Long getDecisionId() {
		return this.decisionId;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public String getAcknowledgement() {
		return this.acknowledgement;
	}

}
