package jp.pmark.workflow.audit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 指摘事項文書 (FND-1, FND-2), with the improvement deadline it sets (FND-3). */
@Entity
@Table(name = "findings_document")
public class FindingsDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	/** i) 発行の年月日 */
	@Column(name = "issued_on", nullable = false)
	private LocalDate issuedOn;

	/** ii) 現地審査を行った年月日 */
	@Column(name = "onsite_audit_on", nullable = false)
	private LocalDate onsiteAuditOn;

	/** iii) 責任を持つ者の氏名 */
	@Column(name = "responsible_person", nullable = false, length = 100)
	private String responsiblePerson;

	/** iv) 適合性に関する意見 */
	@Column(name = "conformity_opinion", nullable = false, length = 8000)
	private String conformityOpinion;

	/** iv) 以前の審査結果との比較 (where there was an earlier assessment) */
	@Column(name = "comparison_with_previous", length = 4000)
	private String comparisonWithPrevious;

	/** v) whether it differs from what was shown on site */
	@Column(name = "differs_from_onsite", nullable = false)
	private boolean differsFromOnsite;

	/** v) 相違の説明 */
	@Column(name = "difference_explanation", length = 4000)
	private String differenceExplanation;

	/** FND-3: three months from the issue date. */
	@Column(name = "improvement_deadline", nullable = false)
	private LocalDate improvementDeadline;

	@Column(name = "issued_by", length = 64)
	private String issuedBy;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	protected FindingsDocument() {
	}

	FindingsDocument(Long applicationId, LocalDate issuedOn, LocalDate onsiteAuditOn, String responsiblePerson,
			String conformityOpinion, String comparisonWithPrevious, boolean differsFromOnsite,
			String differenceExplanation, String issuedBy) {
		this.applicationId = applicationId;
		this.issuedOn = issuedOn;
		this.onsiteAuditOn = onsiteAuditOn;
		this.responsiblePerson = responsiblePerson;
		this.conformityOpinion = conformityOpinion;
		this.comparisonWithPrevious = comparisonWithPrevious;
		this.differsFromOnsite = differsFromOnsite;
		this.differenceExplanation = differenceExplanation;
		this.improvementDeadline = improvementDeadline(issuedOn);
		this.issuedBy = issuedBy;
		this.issuedAt = Instant.now();
	}

	/**
	 * FND-3: the improvement report is due within 3 months of the issue date: the same
	 * day number three months later, the month's last day where it has none.
	 */
	public static LocalDate improvementDeadline(LocalDate issuedOn) {
		return issuedOn.plusMonths(3);
	}

	public Long getId() {
		return this.id;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public LocalDate getOnsiteAuditOn() {
		return this.onsiteAuditOn;
	}

	public String getResponsiblePerson() {
		return this.responsiblePerson;
	}

	public String getConformityOpinion() {
		return this.conformityOpinion;
	}

	public String getComparisonWithPrevious() {
		return this.comparisonWithPrevious;
	}

	public boolean isDiffersFromOnsite() {
		return this.differsFromOnsite;
	}

	public String getDifferenceExplanation() {
		return this.differenceExplanation;
	}

	public LocalDate getImprovementDeadline() {
		return this.improvementDeadline;
	}

	public String getIssuedBy() {
		return this.issuedBy;
	}

}
