package jp.pmark.workflow.audit;

import java.util.List;
import java.util.stream.Collectors;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.AssessmentTaskForm;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;

import org.springframework.stereotype.Component;

/**
 * 審査担当を指名する (assessment managers, AUD-3..AUD-8): a team that breaks a rule is refused,
 * naming the rule and the person, and nothing is saved until it is valid.
 */
@Component
public class AuditTeamForm extends AssessmentTaskForm<AuditTeamForm.Input> {

	/** What the form submits. */
	public record Input(List<String> teamMembers, String teamLeader, List<String> assistants,
			boolean assistantConsent) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "auditPlanText", "auditorOptions", "assistantOptions")
		.prefills("teamMembers", "assistants");

	private final AuditTeams teams;

	private final AuditPlanRepository plans;

	AuditTeamForm(Applications applications, AuditTeams teams, AuditPlanRepository plans, CurrentUser currentUser) {
		super(AssessmentProcess.APPOINT_AUDIT_TEAM, CONTRACT, applications, currentUser);
		this.teams = teams;
		this.plans = plans;
	}

	@Override
	public void prepare(FormView view) {
		String number = view.businessKey();
		Application application = this.applications.get(number);
		String plan = this.plans.findFirstByApplicationIdOrderByIdDesc(application.getId())
			.map((p) -> "文書審査 " + p.getDocumentReviewDue() + " まで／現地審査 " + p.getOnsiteFrom() + "〜" + p.getOnsiteTo()
					+ "（" + p.getOnsiteHours() + "時間）")
			.orElse("");
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("auditPlanText", plan)
			.show("auditorOptions", FormView.options(this.teams.options(false)))
			.show("assistantOptions", FormView.options(this.teams.options(true)))
			.prefill("teamMembers", List.of())
			.prefill("assistants", List.of());
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		Application application = this.applications.get(context.businessKey());
		this.teams.check(application, input.teamMembers(), input.teamLeader(), input.assistants(),
				input.assistantConsent(), rules);
	}

	@Override
	public void complete(Input input, FormContext context) {
		Application application = this.applications.get(context.businessKey());
		this.teams.appoint(application, input.teamMembers(), input.teamLeader(), input.assistants(),
				input.assistantConsent(), this.currentUser.id());
		List<AuditTeams.Member> members = this.teams.members(application);
		AuditTeams.Member leader = members.stream()
			.filter((member) -> member.role() == TeamRole.LEADER)
			.findFirst()
			.orElseThrow();
		context.route(AssessmentProcess.VAR_TEAM_LEADER, leader.auditor().getUserId());
		this.applications.journal(context.businessKey(), "TEAM_APPOINTED",
				"審査担当を指名しました：" + members.stream().map(AuditTeams.Member::describe).collect(Collectors.joining("、")),
				this.currentUser.id());
	}

}
