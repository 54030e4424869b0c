package jp.pmark.workflow.decision;

import java.time.LocalDate;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.AssessmentTaskForm;
import jp.pmark.workflow.audit.AssessmentTexts;
import jp.pmark.workflow.audit.AuditTeams;
import jp.pmark.workflow.audit.CompletionReport;
import jp.pmark.workflow.audit.CompletionReports;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 付与適格性を決定する (the committee, DEC-2, DEC-3): on the completion report and everything the
 * assessment gathered. Who may decide (committee members not on the audit team, no
 * delegation) is enforced where the task is offered and assigned; see the BPMN's task
 * properties.
 */
@Component
public class DecisionForm extends AssessmentTaskForm<DecisionForm.Input> {

	/** 付与適格 / 付与適格否認 (DEC-2). */
	public enum Result {

		ELIGIBLE, DENIED

	}

	/** What the form submits. */
	public record Input(Result decision, String committeeMeeting, LocalDate decidedOn, String decisionReason) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "auditTeamText", "completionReportText", "findingsText", "improvementText",
				"earlierAssessment")
		.prefills("decidedOn");

	private final AuditTeams teams;

	private final CompletionReports completionReports;

	private final AssessmentTexts texts;

	private final DecisionRepository decisions;

	private final JapaneseBusinessCalendar calendar;

	DecisionForm(Applications applications, AuditTeams teams, CompletionReports completionReports,
			AssessmentTexts texts, DecisionRepository decisions, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		super(AssessmentProcess.DECIDE_ELIGIBILITY, CONTRACT, applications, currentUser);
		this.teams = teams;
		this.completionReports = completionReports;
		this.texts = texts;
		this.decisions = decisions;
		this.calendar = calendar;
	}

	@Override
	public void prepare(FormView view) {
		String number = view.businessKey();
		Application application = this.applications.get(number);
		String earlier = this.texts.earlierAssessment(application);
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("auditTeamText", this.teams.describe(application))
			.show("completionReportText",
					this.completionReports.latest(application).map(DecisionForm::describe).orElse("（審査終了報告書がありません）"))
			.show("findingsText", this.texts.findings(application))
			.show("improvementText", this.texts.improvements(application))
			.show("earlierAssessment", earlier.isEmpty() ? "（以前の審査はありません）" : earlier)
			.prefill("decidedOn", this.calendar.today());
	}

	static String describe(CompletionReport report) {
		return "a) 面談した役職：" + report.getInterviewedPositions() + "\nb) 業務の概要：" + report.getOperationsOverview()
				+ "\nc) 所見\n　a) " + report.getFindingA() + "\n　b) " + report.getFindingB() + "\n　c) "
				+ report.getFindingC() + "\n　d) " + report.getFindingD() + "\n　e) " + report.getFindingE() + "\n　f) "
				+ report.getFindingF() + "\n　g) " + report.getFindingG() + "\nd) 意見："
				+ ("ELIGIBLE".equals(report.getEligibilityOpinion()) ? "付与適格" : "付与適格を否認すべき") + "（"
				+ report.getOpinionReason() + "）"
				+ (report.isImprovementDeadlinePassed() ? "\n※ 改善報告の期限までに是正処置の完了が確認できませんでした" : "");
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		rules.require(input.decision() != null, "decision", RuleId.DEC_2, "choose-committee-decision");
		rules.require((input.committeeMeeting() != null), "committeeMeeting", RuleId.DEC_2, "enter-committee-meeting");
		LocalDate decidedOn = input.decidedOn();
		rules.require(decidedOn != null && !decidedOn.isAfter(this.calendar.today()), "decidedOn", RuleId.DEC_2,
				"enter-decision-date-today-earlier");
		rules.require((input.decisionReason() != null), "decisionReason", RuleId.DEC_2, "enter-reason-sent-applicant");
		rules.add(IndividualNumbers.check("decisionReason", input.decisionReason()));
		rules.add(IndividualNumbers.check("committeeMeeting", input.committeeMeeting()));
	}

	@Override
	@Transactional
	public void complete(Input input, FormContext context) {
		Application application = this.applications.get(context.businessKey());
		Decision decision = this.decisions.save(new Decision(application.getId(), input.decision().name(),
				input.decidedOn(), input.committeeMeeting(), input.decisionReason(), this.currentUser.id()));
		this.applications.setStatus(context.businessKey(),
				decision.isEligible() ? ApplicationStatus.ELIGIBLE : ApplicationStatus.DENIED, this.currentUser.id(),
				input.committeeMeeting());
		context.route(AssessmentProcess.VAR_ELIGIBILITY_DECISION, decision.getResult());
		// JIP-3: the contract deadline, three months from the decision, on the engine
		context.route(AssessmentProcess.VAR_CONTRACT_DEADLINE_AT, this.calendar.endOfDay(decision.contractDeadline()));
	}

}
