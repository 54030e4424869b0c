package jp.pmark.workflow.intake;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.pmark.workflow.assessment.StaffDecision;

/**
 * INT-8 (004: 2.3): the record that justifies the start of the assessment: who confirmed,
 * when, and the answer to each of a) to d), with INT-10's checks as part of a).
 */
@Entity
@Table(name = "start_confirmation")
@AttributeOverride(name = "reason", column = @Column(name = "comment", length = 2000))
@AttributeOverride(name = "recordedBy", column = @Column(name = "confirmed_by", length = 64))
@AttributeOverride(name = "recordedAt", column = @Column(name = "confirmed_at", nullable = false))
public class StartConfirmation extends StaffDecision {

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

	protected StartConfirmation() {
	}

	StartConfirmation(Long applicationId, boolean documentsSatisfy, boolean informationSufficient, boolean withinScope,
			boolean notDisqualified, boolean trainingAllEmployees, boolean internalAuditAllDepartments, String comment,
			String confirmedBy) {
		super(applicationId, comment, confirmedBy);
		this.documentsSatisfy = documentsSatisfy;
		this.informationSufficient = informationSufficient;
		this.withinScope = withinScope;
		this.notDisqualified = notDisqualified;
		this.trainingAllEmployees = trainingAllEmployees;
		this.internalAuditAllDepartments = internalAuditAllDepartments;
		this.confirmed = documentsSatisfy && informationSufficient && withinScope && notDisqualified
				&& trainingAllEmployees && internalAuditAllDepartments;
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

}
