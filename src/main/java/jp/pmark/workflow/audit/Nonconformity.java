package jp.pmark.workflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A nonconformity stated in a findings document (FND-2 iv). */
@Entity
@Table(name = "nonconformity")
public class Nonconformity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "findings_document_id", nullable = false)
	private Long findingsDocumentId;

	@Column(nullable = false)
	private int seq;

	@Column(nullable = false, length = 2000)
	private String description;

	protected Nonconformity() {
	}

	Nonconformity(Long findingsDocumentId, int seq, String description) {
		this.findingsDocumentId = findingsDocumentId;
		this.seq = seq;
		this.description = description;
	}

	public Long getId() {
		return this.id;
	}

	public Long getFindingsDocumentId() {
		return this.findingsDocumentId;
	}

	public int getSeq() {
		return this.seq;
	}

	public String getDescription() {
		return this.description;
	}

}
