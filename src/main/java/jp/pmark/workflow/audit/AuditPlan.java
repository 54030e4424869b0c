package jp.pmark.workflow.audit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 審査計画 (AUD-1). */
@Entity
@Table(name = "audit_plan")
public class AuditPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	@Column(name = "document_review_due", nullable = false)
	private LocalDate documentReviewDue;

	@Column(name = "onsite_from", nullable = false)
	private LocalDate onsiteFrom;

	@Column(name = "onsite_to", nullable = false)
	private LocalDate onsiteTo;

	@Column(name = "onsite_hours", nullable = false)
	private int onsiteHours;

	@Column(length = 4000)
	private String notes;

	@Column(name = "planned_by", length = 64)
	private String plannedBy;

	@Column(name = "planned_at", nullable = false)
	private Instant plannedAt;

	protected AuditPlan() {
	}

	AuditPlan(Long applicationId, LocalDate documentReviewDue, LocalDate onsiteFrom, LocalDate onsiteTo,
			int onsiteHours, String notes, String plannedBy) {
		this.applicationId = applicationId;
		this.documentReviewDue = documentReviewDue;
		this.onsiteFrom = onsiteFrom;
		this.onsiteTo = onsiteTo;
		this.onsiteHours = onsiteHours;
		this.notes = notes;
		this.plannedBy = plannedBy;
		this.plannedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public LocalDate getDocumentReviewDue() {
		return this.documentReviewDue;
	}

	public LocalDate getOnsiteFrom() {
		return this.onsiteFrom;
	}

	public LocalDate getOnsiteTo() {
		return this.onsiteTo;
	}

	public int getOnsiteHours() {
		return this.onsiteHours;
	}

	public String getNotes() {
		return this.notes;
	}

	public String getPlannedBy() {
		return this.plannedBy;
	}

	public Instant getPlannedAt() {
		return this.plannedAt;
	}

}
