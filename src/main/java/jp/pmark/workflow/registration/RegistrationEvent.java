package jp.pmark.workflow.registration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of a registration's journal: what happened, who did it and when (GEN-1). */
@Entity
@Table(name = "registration_event")
public class RegistrationEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "registration_id", nullable = false)
	private Long registrationId;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(length = 64)
	private String actor;

	@Column(nullable = false, length = 40)
	private String event;

	@Column(length = 2000)
	private String detail;

	protected RegistrationEvent() {
	}

	RegistrationEvent(Long registrationId, String actor, String event, String detail) {
		this.registrationId = registrationId;
		this.occurredAt = Instant.now();
		this.actor = actor;
		this.event = event;
		this.detail = (detail != null && detail.length() > 2000) ? detail.substring(0, 2000) : detail;
	}

	public Long getRegistrationId() {
		return this.registrationId;
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
