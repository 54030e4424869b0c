package jp.pmark.workflow.audit;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** AUD-5: a conflict of interest an auditor declared with a business. */
@Entity
@Table(name = "conflict_of_interest")
public class ConflictOfInterest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "auditor_id", nullable = false)
	private Long auditorId;

	@Column(name = "corporate_number", length = 13)
	private String corporateNumber;

	@Column(name = "business_name", nullable = false, length = 200)
	private String businessName;

	/** CONSULTING, EMPLOYMENT or OTHER */
	@Column(nullable = false, length = 20)
	private String kind;

	@Column(length = 1000)
	private String description;

	@Column(name = "period_from", nullable = false)
	private LocalDate periodFrom;

	/** null while it lasts */
	@Column(name = "period_to")
	private LocalDate periodTo;

	@Column(name = "declared_on", nullable = false)
	private LocalDate declaredOn;

	protected ConflictOfInterest() {
	}

	ConflictOfInterest(Long auditorId, String corporateNumber, String businessName, String kind, String description,
			LocalDate periodFrom, LocalDate periodTo, LocalDate declaredOn) {
		this.auditorId = auditorId;
		this.corporateNumber = corporateNumber;
		this.businessName = businessName;
		this.kind = kind;
		this.description = description;
		this.periodFrom = periodFrom;
		this.periodTo = periodTo;
		this.declaredOn = declaredOn;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAuditorId() {
		return this.auditorId;
	}

	public String getCorporateNumber() {
		return this.corporateNumber;
	}

	public String getBusinessName() {
		return this.businessName;
	}

	public String getKind() {
		return this.kind;
	}

	public String getDescription() {
		return this.description;
	}

	public LocalDate getPeriodFrom() {
		return this.periodFrom;
	}

	public LocalDate getPeriodTo() {
		return this.periodTo;
	}

	public LocalDate getDeclaredOn() {
		return this.declaredOn;
	}

}
