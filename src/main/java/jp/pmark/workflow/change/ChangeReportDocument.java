package jp.pmark.workflow.change;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document that came with a change report: a file online, or paper. */
@Entity
@Table(name = "change_report_document")
public class ChangeReportDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "change_report_id", nullable = false)
	private Long changeReportId;

	@Enumerated(EnumType.STRING)
	@Column(name = "document_type", nullable = false, length = 30)
	private ChangeDocumentType documentType;

	@Column(name = "file_name", length = 255)
	private String fileName;

	@Column(name = "media_type", length = 100)
	private String mediaType;

	@Column(name = "size_bytes")
	private Long sizeBytes;

	@Column(name = "content")
	private byte[] content;

	@Column(name = "on_paper", nullable = false)
	private boolean onPaper;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "received_by", length = 64)
	private String receivedBy;

	protected ChangeReportDocument() {
	}

	static ChangeReportDocument paper(Long changeReportId, ChangeDocumentType type, String receivedBy) {
		ChangeReportDocument document = new ChangeReportDocument();
		document.changeReportId = changeReportId;
		document.documentType = type;
		document.onPaper = true;
		document.receivedAt = Instant.now();
		document.receivedBy = receivedBy;
		return document;
	}

	static ChangeReportDocument file(Long changeReportId, ChangeDocumentType type, String fileName, String mediaType,
			byte[] content, String receivedBy) {
		ChangeReportDocument document = paper(changeReportId, type, receivedBy);
		document.onPaper = false;
		document.fileName = fileName;
		document.mediaType = mediaType;
		document.content = content;
		document.sizeBytes = (long) content.length;
		return document;
	}

	Long getId() {
		return this.id;
	}

	String getMediaType() {
		return this.mediaType;
	}

	byte[] getContent() {
		return this.content;
	}

	public ChangeDocumentType getDocumentType() {
		return this.documentType;
	}

	public String getFileName() {
		return this.fileName;
	}

	public boolean isOnPaper() {
		return this.onPaper;
	}

	/** "登記事項証明書の…のコピー（書面）" or "…（page.pdf）". */
	public String describe() {
		return this.documentType.japaneseName() + (this.onPaper ? "（書面）" : "（" + this.fileName + "）");
	}

}
