package jp.pmark.workflow.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.intake.Application;
import jp.pmark.workflow.intake.Applications;
import jp.pmark.workflow.intake.AssessmentProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;

/**
 * 審査担当を指名する (assessment managers, AUD-3..AUD-8): a team that breaks a rule is refused,
 * naming the rule and the person, and nothing is saved until it is valid.
 */
@Component
class AuditTeamForm implements TaskForm {

	private final Applications applications;

	private final AuditTeams teams;

	private final AuditPlanRepository plans;

	private final CurrentUser currentUser;

	AuditTeamForm(Applications applications, AuditTeams teams, AuditPlanRepository plans, CurrentUser currentUser) {
		this.applications = applications;
		this.teams = teams;
		this.plans = plans;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return AssessmentProcess.KEY;
	}

	@Override
	public String taskKey() {
		return AssessmentProcess.APPOINT_AUDIT_TEAM;
	}

	@Override
	public void prepare(DelegateTask task) {
		String number = task.getExecution().getProcessBusinessKey();
		Application application = this.applications.get(number);
		String plan = this.plans.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.map((p) -> "文書審査 " + p.getDocumentReviewDue() + " まで／現地審査 " + p.getOnsiteFrom() + "〜" + p.getOnsiteTo()
					+ "（" + p.getOnsiteHours() + "時間）")
			.orElse("");
		CaseView.of(task)
			.set("caseSummary", this.applications.caseSummary(number))
			.set("auditPlanText", plan)
			.set("auditorOptions", CaseView.options(this.teams.options(false)))
			.set("assistantOptions", CaseView.options(this.teams.options(true)))
			.set("teamMembers", List.of())
			.set("assistants", List.of());
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		Application application = this.applications.get(input.businessKey());
		this.teams.check(application, input.list("teamMembers"), input.text("teamLeader"), input.list("assistants"),
				input.bool("assistantConsent"), rules);
	}

	@Override
	public void complete(FormInput input, DelegateTask task) {
		Application application = this.applications.get(input.businessKey());
		this.teams.appoint(application, input.list("teamMembers"), input.text("teamLeader"), input.list("assistants"),
				input.bool("assistantConsent"), this.currentUser.id());
		List<AuditTeams.Member> members = this.teams.members(application);
		AuditTeams.Member leader = members.stream()
			.filter((member) -> member.role() == TeamRole.LEADER)
			.findFirst()
			.orElseThrow();
		List<String> userIds = new ArrayList<>(members.stream()
			.map((member) -> member.auditor().getUserId())
			.collect(Collectors.toCollection(LinkedHashSet::new)));
		task.setVariable(AssessmentProcess.VAR_TEAM_LEADER, leader.auditor().getUserId());
		task.setVariable(AssessmentProcess.VAR_AUDIT_TEAM, String.join(",", userIds));
		this.applications.journal(input.businessKey(), "TEAM_APPOINTED",
				"審査担当を指名しました：" + members.stream().map(AuditTeams.Member::describe).collect(Collectors.joining("、")),
				this.currentUser.id());
	}

}
