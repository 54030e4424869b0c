package jp.pmark.workflow.incident;

import java.time.Instant;
import java.time.LocalDate;

import jp.pmark.workflow.assessment.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A prompt or final report received for an incident (INC-2, INC-3). */
@Entity
@Table(name = "incident_report")
public class IncidentReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "incident_id", nullable = false)
	private Long incidentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ReportKind kind;

	@Column(name = "received_on", nullable = false)
	private LocalDate receivedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Channel channel;

	@Column(nullable = false, length = 4000)
	private String summary;

	@Column(nullable = false)
	private boolean late;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by")
	private String recordedBy;

	protected IncidentReport() {
	}

	IncidentReport(Long incidentId, ReportKind kind, LocalDate receivedOn, Channel channel, String summary,
			boolean late, String recordedBy) {
		this.incidentId = incidentId;
		this.kind = kind;
		this.receivedOn = receivedOn;
		this.channel = channel;
		this.summary = summary;
		this.late = late;
		this.recordedAt = Instant.now();
		this.recordedBy = recordedBy;
	}

	void markLate() {
		this.late = true;
	}

	public Long getIncidentId() {
		return this.incidentId;
	}

	public ReportKind getKind() {
		return this.kind;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public String getSummary() {
		return this.summary;
	}

	public boolean isLate() {
		return this.late;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

}
