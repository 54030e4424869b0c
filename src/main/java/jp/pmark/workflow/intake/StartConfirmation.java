package jp.pmark.workflow.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * INT-8 (004: 2.3): the record that justifies the start of the assessment: who confirmed,
 * when, and the answer to each of a) to d), with INT-10's checks as part of a).
 */
@Entity
@Table(name = "start_confirmation")
public class StartConfirmation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private Long applicationId;

	@Column(name = "documents_satisfy", nullable = false)
	private boolean documentsSatisfy;

	@Column(name = "information_sufficient", nullable = false)
	private boolean informationSufficient;

	@Column(name = "within_scope", nullable = false)
	private boolean withinScope;

	@Column(name = "not_disqualified", nullable = false)
	private boolean notDisqualified;

	@Column(name = "training_all_employees", nullable = false)
	private boolean trainingAllEmployees;

	@Column(name = "internal_audit_all_departments", nullable = false)
	private boolean internalAuditAllDepartments;

	@Column(nullable = false)
	private boolean confirmed;

	@Column(length = 2000)
	private String comment;

	@Column(name = "confirmed_by", length = 64)
	private String confirmedBy;

	@Column(name = "confirmed_at", nullable = false)
	private Instant confirmedAt;

	protected StartConfirmation() {
	}

	StartConfirmation(Long applicationId, boolean documentsSatisfy, boolean informationSufficient, boolean withinScope,
			boolean notDisqualified, boolean trainingAllEmployees, boolean internalAuditAllDepartments, String comment,
			String confirmedBy) {
		this.applicationId = applicationId;
		this.documentsSatisfy = documentsSatisfy;
		this.informationSufficient = informationSufficient;
		this.withinScope = withinScope;
		this.notDisqualified = notDisqualified;
		this.trainingAllEmployees = trainingAllEmployees;
		this.internalAuditAllDepartments = internalAuditAllDepartments;
		this.confirmed = documentsSatisfy && informationSufficient && withinScope && notDisqualified
				&& trainingAllEmployees && internalAuditAllDepartments;
		this.comment = comment;
		this.confirmedBy = confirmedBy;
		this.confirmedAt = Instant.now();
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public boolean isDocumentsSatisfy() {
		return this.documentsSatisfy;
	}

	public boolean isInformationSufficient() {
		return this.informationSufficient;
	}

	public boolean isWithinScope() {
		return this.withinScope;
	}

	public boolean isNotDisqualified() {
		return this.notDisqualified;
	}

	public boolean isTrainingAllEmployees() {
		return this.trainingAllEmployees;
	}

	public boolean isInternalAuditAllDepartments() {
		return this.internalAuditAllDepartments;
	}

	/** True only when all four confirmations (and INT-10's checks) hold. */
	public boolean isConfirmed() {
		return this.confirmed;
	}

	public String getComment() {
		return this.comment;
	}

	public String getConfirmedBy() {
		return this.confirmedBy;
	}

	public Instant getConfirmedAt() {
		return this.confirmedAt;
	}

}
