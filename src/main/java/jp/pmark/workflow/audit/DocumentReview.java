package jp.pmark.workflow.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 文書審査 (DOC-1..DOC-5). */
@Entity
@Table(name = "document_review")
public class DocumentReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	/** CONFORMING or DEFICIENT */
	@Column(nullable = false, length = 20)
	private String result;

	/** DOC-1 ①: conformity of the internal rules */
	@Column(name = "rules_conformity", nullable = false, length = 4000)
	private String rulesConformity;

	/** DOC-1 ②: concrete procedures for all employees */
	@Column(nullable = false, length = 4000)
	private String procedures;

	/** DOC-3 */
	@Column(name = "form6_used", nullable = false)
	private boolean form6Used;

	/** DOC-3 */
	@Column(name = "form7_used", nullable = false)
	private boolean form7Used;

	@Column(length = 4000)
	private String deficiencies;

	/** DOC-5 */
	@Column(name = "onsite_discussion_needed", nullable = false)
	private boolean onsiteDiscussionNeeded;

	@Column(name = "reviewed_by", length = 64)
	private String reviewedBy;

	@Column(name = "reviewed_at", nullable = false)
	private Instant reviewedAt;

	protected DocumentReview() {
	}

	DocumentReview(Long applicationId, String result, String rulesConformity, String procedures, boolean form6Used,
			boolean form7Used, String deficiencies, boolean onsiteDiscussionNeeded, String reviewedBy) {
		this.applicationId = applicationId;
		this.result = result;
		this.rulesConformity = rulesConformity;
		this.procedures = procedures;
		this.form6Used = form6Used;
		this.form7Used = form7Used;
		this.deficiencies = deficiencies;
		this.onsiteDiscussionNeeded = onsiteDiscussionNeeded;
		this.reviewedBy = reviewedBy;
		this.reviewedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public String getResult() {
		return this.result;
	}

	public String getRulesConformity() {
		return this.rulesConformity;
	}

	public String getProcedures() {
		return this.procedures;
	}

	public boolean isForm6Used() {
		return this.form6Used;
	}

	public boolean isForm7Used() {
		return this.form7Used;
	}

	public String getDeficiencies() {
		return this.deficiencies;
	}

	public boolean isOnsiteDiscussionNeeded() {
		return this.onsiteDiscussionNeeded;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

}
