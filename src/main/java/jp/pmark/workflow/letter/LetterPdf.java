package jp.pmark.workflow.letter;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A letter's PDF, rendered once from its record and its template and kept with the case
 * in the database (every node reads the same file); never changed.
 */
@Entity
@Immutable
@Table(name = "letter_pdf")
class LetterPdf {

	@Id
	@Column(name = "letter_id")
	private Long letterId;

	@Column(nullable = false)
	private byte[] content;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(nullable = false, length = 100)
	private String template;

	@Column(nullable = false)
	private int pages;

	@Column(name = "rendered_at", nullable = false)
	private Instant renderedAt;

	protected LetterPdf() {
	}

	LetterPdf(Long letterId, LetterRenderer.Rendered rendered) {
		this.letterId = letterId;
		this.content = rendered.pdf();
		this.sha256 = rendered.sha256();
		this.template = rendered.template();
		this.pages = rendered.pages();
		this.renderedAt = Instant.now();
	}

	Long getLetterId() {
		return this.letterId;
	}

	byte[] getContent() {
		return this.content;
	}

	String getSha256() {
		return this.sha256;
	}

	String getTemplate() {
		return this.template;
	}

	int getPages() {
		return this.pages;
	}

	Instant getRenderedAt() {
		return this.renderedAt;
	}

}
