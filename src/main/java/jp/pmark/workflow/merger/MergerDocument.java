package jp.pmark.workflow.merger;

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

/** A document of a merger case that reception received. */
@Entity
@Table(name = "merger_document")
public class MergerDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "merger_case_id", nullable = false)
	private Long mergerCaseId;

	@Enumerated(EnumType.STRING)
	@Column(name = "document_code", nullable = false, length = 30)
	private MergerDocumentType documentType;

	@Column(name = "received_on", nullable = false)
	private LocalDate receivedOn;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "received_by", length = 64)
	private String receivedBy;

	protected MergerDocument() {
	}

	MergerDocument(Long mergerCaseId, MergerDocumentType documentType, LocalDate receivedOn, String receivedBy) {
		this.mergerCaseId = mergerCaseId;
		this.documentType = documentType;
		this.receivedOn = receivedOn;
		this.receivedAt = Instant.now();
		this.receivedBy = receivedBy;
	}

	public MergerDocumentType getDocumentType() {
		return this.documentType;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public String getReceivedBy() {
		return this.receivedBy;
	}

}
