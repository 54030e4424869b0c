package jp.pmark.workflow.letter;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 送付文書: a letter the body sends, with all its contents as JSON. */
@Entity
@Table(name = "letter")
public class Letter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id")
	private Long applicationId;

	@Column(name = "case_number", length = 30)
	private String caseNumber;

	@Column(nullable = false, length = 40)
	private String kind;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 400)
	private String recipient;

	@Column(nullable = false, length = 100000)
	private String contents;

	@Column(name = "created_by", length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Letter() {
	}

	Letter(Long applicationId, String caseNumber, String kind, String title, String recipient, String contents,
			String createdBy) {
		this.applicationId = applicationId;
		this.caseNumber = caseNumber;
		this.kind = kind;
		this.title = title;
		this.recipient = recipient;
		this.contents = contents;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	/** The case it belongs to when that is not an application, e.g. a change report. */
	public String getCaseNumber() {
		return this.caseNumber;
	}

	public String getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getRecipient() {
		return this.recipient;
	}

	/** The contents as JSON: every field the rendered letter shows. */
	public String getContents() {
		return this.contents;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
