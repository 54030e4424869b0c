package jp.pmark.workflow.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the case journal: what happened, who did it and when (GEN-1). */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(length = 64)
	private String actor;

	@Column(nullable = false, length = 40)
	private String event;

	@Column(length = 2000)
	private String detail;

	protected ApplicationEvent() {
	}

	ApplicationEvent(Long applicationId, String actor, String event, String detail) {
		this.applicationId = applicationId;
		this.occurredAt = Instant.now();
		this.actor = actor;
		this.event = event;
		this.detail = (detail != null && detail.length() > 2000) ? detail.substring(0, 2000) : detail;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public String getEvent() {
		return this.event;
	}

	public String getDetail() {
		return this.detail;
	}

}
