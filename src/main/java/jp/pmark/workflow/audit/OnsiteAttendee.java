package jp.pmark.workflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** INT-12: who attended the on-site audit, and as what. */
@Entity
@Table(name = "onsite_attendee")
public class OnsiteAttendee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "onsite_audit_id", nullable = false)
	private Long onsiteAuditId;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "position_title", length = 100)
	private String positionTitle;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AttendeeRelation relation;

	protected OnsiteAttendee() {
	}

	OnsiteAttendee(Long onsiteAuditId, String name, String positionTitle, AttendeeRelation relation) {
		this.onsiteAuditId = onsiteAuditId;
		this.name = name;
		this.positionTitle = positionTitle;
		this.relation = relation;
	}

	public Long getId() {
		return this.id;
	}

	public Long getOnsiteAuditId() {
		return this.onsiteAuditId;
	}

	public String getName() {
		return this.name;
	}

	public String getPositionTitle() {
		return this.positionTitle;
	}

	public AttendeeRelation getRelation() {
		return this.relation;
	}

}
