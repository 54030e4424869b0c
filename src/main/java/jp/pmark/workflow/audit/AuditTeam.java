package jp.pmark.workflow.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 審査担当: the team appointed to an application (AUD-4..AUD-8). */
@Entity
@Table(name = "audit_team")
public class AuditTeam {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	/** AUD-6: the applicant consented to assistant auditors. */
	@Column(name = "assistant_consent", nullable = false)
	private boolean assistantConsent;

	@Column(name = "appointed_by", length = 64)
	private String appointedBy;

	@Column(name = "appointed_at", nullable = false)
	private Instant appointedAt;

	protected AuditTeam() {
	}

	AuditTeam(Long applicationId, boolean assistantConsent, String appointedBy) {
		this.applicationId = applicationId;
		this.assistantConsent = assistantConsent;
		this.appointedBy = appointedBy;
		this.appointedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public boolean isAssistantConsent() {
		return this.assistantConsent;
	}

	public String getAppointedBy() {
		return this.appointedBy;
	}

	public Instant getAppointedAt() {
		return this.appointedAt;
	}

}
