package jp.pmark.workflow.clip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * CLIP-3: a self-check the business submitted, its checklist answers (by item id, against
 * the checklist version of the day) and its conformity declaration (適合宣言書), and the
 * reviewer's outcome: certified, or returned with the reasons. A later self-check is a
 * new record.
 */
@Entity
@Table(name = "clip_self_check")
public class ClipSelfCheck {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The reviewer's outcome. */
	public enum Outcome {

		CERTIFIED, RETURNED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "business_id", nullable = false)
	private Long businessId;

	@Column(nullable = false)
	private int cycle;

	@Column(name = "checklist_version", nullable = false, length = 20)
	private String checklistVersion;

	@Column(nullable = false, length = 8000)
	private String answers;

	@Column(name = "submitted_on", nullable = false)
	private LocalDate submittedOn;

	@Column(name = "declared_by", nullable = false, length = 100)
	private String declaredBy;

	@Column(name = "declared_on", nullable = false)
	private LocalDate declaredOn;

	@Column(nullable = false, length = 20)
	private String channel;

	@Column(name = "submitted_by", nullable = false, length = 64)
	private String submittedBy;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Outcome outcome;

	@Column(name = "review_reasons", length = 4000)
	private String reviewReasons;

	@Column(name = "reviewed_by", length = 64)
	private String reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	protected ClipSelfCheck() {
	}

	ClipSelfCheck(ClipBusiness business, String checklistVersion, Map<String, CheckAnswer> answers,
			LocalDate submittedOn, String declaredBy, LocalDate declaredOn, String channel, String submittedBy) {
		this.businessId = business.getId();
		this.cycle = business.getCycle();
		this.checklistVersion = checklistVersion;
		try {
			this.answers = JSON.writeValueAsString(answers);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		this.submittedOn = submittedOn;
		this.declaredBy = declaredBy;
		this.declaredOn = declaredOn;
		this.channel = channel;
		this.submittedBy = submittedBy;
		this.submittedAt = Instant.now();
	}

	void reviewed(Outcome outcome, String reasons, String reviewer) {
		this.outcome = outcome;
		this.reviewReasons = reasons;
		this.reviewedBy = reviewer;
		this.reviewedAt = Instant.now();
	}

	/** The answers by item id, in the checklist's order as submitted. */
	public Map<String, CheckAnswer> answers() {
		try {
			return JSON.readValue(this.answers, new TypeReference<LinkedHashMap<String, CheckAnswer>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Long getId() {
		return this.id;
	}

	public Long getBusinessId() {
		return this.businessId;
	}

	public int getCycle() {
		return this.cycle;
	}

	public String getChecklistVersion() {
		return this.checklistVersion;
	}

	public LocalDate getSubmittedOn() {
		return this.submittedOn;
	}

	public String getDeclaredBy() {
		return this.declaredBy;
	}

	public LocalDate getDeclaredOn() {
		return this.declaredOn;
	}

	public String getChannel() {
		return this.channel;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public String getReviewReasons() {
		return this.reviewReasons;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

}
