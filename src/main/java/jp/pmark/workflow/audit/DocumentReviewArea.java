package jp.pmark.workflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** DOC-2: one of the 15 areas, judged present or absent with a comment. */
@Entity
@Table(name = "document_review_area")
public class DocumentReviewArea {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "review_id", nullable = false)
	private Long reviewId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private ReviewArea area;

	@Column(nullable = false)
	private boolean present;

	@Column(length = 2000)
	private String comment;

	protected DocumentReviewArea() {
	}

	DocumentReviewArea(Long reviewId, ReviewArea area, boolean present, String comment) {
		this.reviewId = reviewId;
		this.area = area;
		this.present = present;
		this.comment = comment;
	}

	public Long getId() {
		return this.id;
	}

	public Long getReviewId() {
		return this.reviewId;
	}

	public ReviewArea getArea() {
		return this.area;
	}

	public boolean isPresent() {
		return this.present;
	}

	public String getComment() {
		return this.comment;
	}

}
