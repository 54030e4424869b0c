package jp.pmark.workflow.common;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An entry of a case's journal: what happened, who did it and when (GEN-1). Each kind of
 * case keeps its journal in a table of its own, whose entity adds the case it belongs to.
 */
@MappedSuperclass
public abstract class JournalEntry {

	/** The longest detail kept; a longer one is cut there. */
	public static final int DETAIL_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(length = 64)
	private String actor;

	@Column(nullable = false, length = 40)
	private String event;

	@Column(length = DETAIL_LENGTH)
	private String detail;

	protected JournalEntry() {
	}

	protected JournalEntry(String actor, String event, String detail) {
		this.occurredAt = Instant.now();
		this.actor = actor;
		this.event = event;
		this.detail = (detail != null && detail.length() > DETAIL_LENGTH) ? detail.substring(0, DETAIL_LENGTH) : detail;
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
