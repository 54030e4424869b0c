package jp.pmark.workflow.letter;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import org.springframework.data.domain.Persistable;

/**
 * A letter's PDF, rendered once from its record and its template and kept with the case
 * in the database (every node reads the same file); never changed.
 */
@Entity
@Immutable
@Table(name = "letter_pdf")
class LetterPdf implements Persistable<Long> {

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

	@Override
	public Long getId() {
		return this.letterId;
	}

	/**
	 * Always: a PDF is only ever inserted, so that a second one for the same letter (two
	 * nodes rendering it at once; no two renderings are the same bytes) is refused by the
	 * primary key instead of merged over the one kept.
	 */
	@Override
	public boolean isNew() {
		return true;
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
