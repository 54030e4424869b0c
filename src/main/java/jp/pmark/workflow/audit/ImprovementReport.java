package jp.pmark.workflow.audit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 改善報告書 (FND-3), and the team's review of it (FND-4). */
@Entity
@Table(name = "improvement_report")
public class ImprovementReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "findings_document_id", nullable = false)
	private Long findingsDocumentId;

	@Column(name = "received_on", nullable = false)
	private LocalDate receivedOn;

	/** PAPER or ONLINE */
	@Column(nullable = false, length = 20)
	private String channel;

	@Column(nullable = false, length = 8000)
	private String summary;

	@Column(length = 4000)
	private String evidence;

	@Column(name = "registered_by", length = 64)
	private String registeredBy;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	/** ACCEPTED, or MORE_REQUESTED within the same deadline */
	@Column(name = "review_result", length = 20)
	private String reviewResult;

	@Column(name = "review_comment", length = 4000)
	private String reviewComment;

	@Column(name = "reviewed_by", length = 64)
	private String reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	protected ImprovementReport() {
	}

	ImprovementReport(Long findingsDocumentId, LocalDate receivedOn, String channel, String summary, String evidence,
			String registeredBy) {
		this.findingsDocumentId = findingsDocumentId;
		this.receivedOn = receivedOn;
		this.channel = channel;
		this.summary = summary;
		this.evidence = evidence;
		this.registeredBy = registeredBy;
		this.registeredAt = Instant.now();
	}

	void review(String result, String comment, String reviewedBy) {
		this.reviewResult = result;
		this.reviewComment = comment;
		this.reviewedBy = reviewedBy;
		this.reviewedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getFindingsDocumentId() {
		return this.findingsDocumentId;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public String getChannel() {
		return this.channel;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public String getReviewResult() {
		return this.reviewResult;
	}

	public String getReviewComment() {
		return this.reviewComment;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

}
