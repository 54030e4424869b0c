package jp.pmark.workflow.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.pmark.workflow.applicant.ApplicantField;

/** One reported field: the value on record when the report arrived and the new one. */
@Entity
@Table(name = "change_report_item")
public class ChangeReportItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "change_report_id", nullable = false)
	private Long changeReportId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private ApplicantField field;

	@Column(name = "old_value", length = 400)
	private String oldValue;

	@Column(name = "new_value", length = 400)
	private String newValue;

	protected ChangeReportItem() {
	}

	ChangeReportItem(Long changeReportId, ApplicantField field, String oldValue, String newValue) {
		this.changeReportId = changeReportId;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
	}

	public ApplicantField getField() {
		return this.field;
	}

	public String getOldValue() {
		return this.oldValue;
	}

	public String getNewValue() {
		return this.newValue;
	}

}
