package jp.pmark.workflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of an audit team and their role. */
@Entity
@Table(name = "audit_team_member")
public class AuditTeamMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "team_id", nullable = false)
	private Long teamId;

	@Column(name = "auditor_id", nullable = false)
	private Long auditorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private TeamRole role;

	protected AuditTeamMember() {
	}

	AuditTeamMember(Long teamId, Long auditorId, TeamRole role) {
		this.teamId = teamId;
		this.auditorId = auditorId;
		this.role = role;
	}

	public Long getId() {
		return this.id;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public Long getAuditorId() {
		return this.auditorId;
	}

	public TeamRole getRole() {
		return this.role;
	}

}
