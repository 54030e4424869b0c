package jp.pmark.workflow.clip;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * CLIP-4: an employee a CLIP business declares on its roster (従業者名簿), who takes the
 * e-learning. Never deleted: one who leaves is made inactive, and active again if the
 * business declares them again; a corrected name is written over, with who and when.
 */
@Entity
@Table(name = "clip_employee")
public class ClipEmployee {

	/** The longest employee code (社員番号). */
	public static final int CODE_LENGTH = 40;

	/** The longest name. */
	public static final int NAME_LENGTH = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "business_id", nullable = false)
	private Long businessId;

	@Column(name = "employee_code", nullable = false, length = CODE_LENGTH)
	private String employeeCode;

	@Column(nullable = false, length = NAME_LENGTH)
	private String name;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	@Column(name = "added_by", nullable = false, length = 64)
	private String addedBy;

	@Column(name = "changed_at")
	private Instant changedAt;

	@Column(name = "changed_by", length = 64)
	private String changedBy;

	@Version
	private long version;

	protected ClipEmployee() {
	}

	ClipEmployee(Long businessId, String employeeCode, String name, Instant at, String by) {
		this.businessId = businessId;
		this.employeeCode = employeeCode;
		this.name = name;
		this.active = true;
		this.addedAt = at;
		this.addedBy = by;
	}

	/** Declared again: active, under the name given now. */
	boolean declared(String name, Instant at, String by) {
		if (this.active && this.name.equals(name)) {
			return false;
		}
		this.active = true;
		this.name = name;
		changed(at, by);
		return true;
	}

	/** Left the business (no longer on the roster). */
	void deactivate(Instant at, String by) {
		this.active = false;
		changed(at, by);
	}

	private void changed(Instant at, String by) {
		this.changedAt = at;
		this.changedBy = by;
	}

	public Long getId() {
		return this.id;
	}

	public Long getBusinessId() {
		return this.businessId;
	}

	public String getEmployeeCode() {
		return this.employeeCode;
	}

	public String getName() {
		return this.name;
	}

	public boolean isActive() {
		return this.active;
	}

	public Instant getAddedAt() {
		return this.addedAt;
	}

	public String getAddedBy() {
		return this.addedBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

}
