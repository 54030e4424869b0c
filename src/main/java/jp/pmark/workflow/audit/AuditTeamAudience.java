package jp.pmark.workflow.audit;

import java.util.LinkedHashSet;
import java.util.Set;

import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.identity.TaskAudience;

import org.springframework.stereotype.Component;

/**
 * {@code auditTeam}: the members of the case's audit team as the product records them
 * (AUD-4). Only they take the team's tasks, and none of them decides the case (DEC-3).
 */
@Component
class AuditTeamAudience implements TaskAudience {

	private final Applications applications;

	private final AuditTeams teams;

	AuditTeamAudience(Applications applications, AuditTeams teams) {
		this.applications = applications;
		this.teams = teams;
	}

	@Override
	public String name() {
		return "auditTeam";
	}

	@Override
	public Set<String> users(String processKey, String businessKey) {
		Set<String> users = new LinkedHashSet<>();
		if (!AssessmentProcess.KEY.equals(processKey) || businessKey == null) {
			return users;
		}
		this.applications.find(businessKey)
			.ifPresent((application) -> this.teams.members(application)
				.forEach((member) -> users.add(member.auditor().getUserId())));
		return users;
	}

}
