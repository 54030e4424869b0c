package jp.pmark.workflow.intake;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A document of an application: an uploaded file, or a paper document received. */
@Entity
@Immutable
@Table(name = "submitted_document")
public class SubmittedDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submitted_document_seq")
	@SequenceGenerator(name = "submitted_document_seq", sequenceName = "submitted_document_seq",
			allocationSize = DocumentIdSequence.ALLOCATION)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	@Enumerated(EnumType.STRING)
	@Column(name = "document_type", nullable = false, length = 40)
	private DocumentType documentType;

	@Column(name = "file_name", length = 255)
	private String fileName;

	@Column(name = "media_type", length = 100)
	private String mediaType;

	@Column(name = "size_bytes")
	private Long sizeBytes;

	@Basic(fetch = FetchType.LAZY)
	@Column(name = "content")
	private byte[] content;

	@Column(name = "on_paper", nullable = false)
	private boolean onPaper;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "received_by", length = 64)
	private String receivedBy;

	protected SubmittedDocument() {
	}

	static SubmittedDocument file(Long applicationId, DocumentType type, String fileName, String mediaType,
			byte[] content, String receivedBy) {
		SubmittedDocument document = new SubmittedDocument(applicationId, type, false, receivedBy);
		document.fileName = fileName;
		document.mediaType = mediaType;
		document.content = content;
		document.sizeBytes = (long) content.length;
		return document;
	}

	static SubmittedDocument paper(Long applicationId, DocumentType type, String receivedBy) {
		return new SubmittedDocument(applicationId, type, true, receivedBy);
	}

	private SubmittedDocument(Long applicationId, DocumentType type, boolean onPaper, String receivedBy) {
		this.applicationId = applicationId;
		this.documentType = type;
		this.onPaper = onPaper;
		this.receivedAt = Instant.now();
		this.receivedBy = receivedBy;
	}

	/** The document without its content. */
	public DocumentSummary summary() {
		return new DocumentSummary(this.id, this.documentType, this.fileName, this.mediaType, this.sizeBytes,
				this.onPaper);
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public DocumentType getDocumentType() {
		return this.documentType;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getMediaType() {
		return this.mediaType;
	}

	public Long getSizeBytes() {
		return this.sizeBytes;
	}

	public byte[] getContent() {
		return this.content;
	}

	public boolean isOnPaper() {
		return this.onPaper;
	}

}
