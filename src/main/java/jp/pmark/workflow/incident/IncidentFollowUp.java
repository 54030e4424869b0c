package jp.pmark.workflow.incident;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** INC-4: what a manager did about a report missing at its deadline. */
@Entity
@Table(name = "incident_follow_up")
public class IncidentFollowUp {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "incident_id", nullable = false)
	private Long incidentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ReportKind kind;

	@Column(name = "followed_up_on", nullable = false)
	private LocalDate followedUpOn;

	@Column(nullable = false, length = 2000)
	private String note;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by")
	private String recordedBy;

	protected IncidentFollowUp() {
	}

	IncidentFollowUp(Long incidentId, ReportKind kind, LocalDate followedUpOn, String note, String recordedBy) {
		this.incidentId = incidentId;
		this.kind = kind;
		this.followedUpOn = followedUpOn;
		this.note = note;
		this.recordedAt = Instant.now();
		this.recordedBy = recordedBy;
	}

	public ReportKind getKind() {
		return this.kind;
	}

	public LocalDate getFollowedUpOn() {
		return this.followedUpOn;
	}

	public String getNote() {
		return this.note;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

}
