package jp.pmark.workflow.letter;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * 送付文書: a letter the body sends, with all its contents as JSON. Never changed once
 * recorded (GEN-1): a correction is a new letter that names the one it replaces.
 */
@Entity
@Immutable
@Table(name = "letter")
public class Letter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id")
	private Long applicationId;

	@Column(name = "case_number", length = 30)
	private String caseNumber;

	@Column(name = "case_key", length = 30)
	private String caseKey;

	@Column(nullable = false, length = 40)
	private String kind;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 400)
	private String recipient;

	@Column(name = "email_to", length = 200)
	private String emailTo;

	@Column(nullable = false, length = 100000)
	private String contents;

	@Column(name = "replaces_letter_id")
	private Long replacesLetterId;

	@Column(name = "correction_reason", length = 1000)
	private String correctionReason;

	@Column(name = "created_by", length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Letter() {
	}

	Letter(Long applicationId, String caseNumber, String caseKey, String kind, String title, Addressee addressee,
			String emailTo, String contents, String createdBy) {
		this.applicationId = applicationId;
		this.caseNumber = caseNumber;
		this.caseKey = caseKey;
		this.kind = kind;
		this.title = title;
		this.recipient = addressee.text();
		this.emailTo = emailTo;
		this.contents = contents;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
	}

	/** A correction of {@code replaced}: the same case, kind and addressee. */
	static Letter correcting(Letter replaced, String contents, String reason, String createdBy) {
		Letter letter = new Letter(replaced.applicationId, replaced.caseNumber, replaced.caseKey, replaced.kind,
				replaced.title, Addressee.of(replaced.recipient, replaced.emailTo), replaced.emailTo, contents,
				createdBy);
		letter.replacesLetterId = replaced.id;
		letter.correctionReason = reason;
		return letter;
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

	/**
	 * The case's number as its processes carry it (business key): the application's or
	 * the other case's number.
	 */
	public String getCaseKey() {
		return this.caseKey;
	}

	public String getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	/** The address block: one line per line. */
	public String getRecipient() {
		return this.recipient;
	}

	/** Where it is mailed; null when it goes by post. */
	public String getEmailTo() {
		return this.emailTo;
	}

	/** The contents as JSON: every field the rendered letter shows. */
	public String getContents() {
		return this.contents;
	}

	/** The letter this one corrects, or null. */
	public Long getReplacesLetterId() {
		return this.replacesLetterId;
	}

	public String getCorrectionReason() {
		return this.correctionReason;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
