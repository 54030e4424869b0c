package jp.pmark.workflow.audit;

import java.util.stream.Collectors;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.AssessmentTaskForm;
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
 * 審査終了報告書を作成する (the team leader, DEC-1): a) to d); when the improvement deadline passed
 * without an accepted report the opinion is to deny (FND-4).
 */
@Component
public class CompletionReportForm extends AssessmentTaskForm<CompletionReportForm.Input> {

	/** 付与適格 / 付与適格を否認すべき (DEC-1 d). */
	public enum EligibilityOpinion {

		ELIGIBLE, DENY

	}

	/** What the form submits. */
	public record Input(String interviewedPositions, String operationsOverview, String findingA, String findingB,
			String findingC, String findingD, String findingE, String findingF, String findingG,
			EligibilityOpinion eligibilityOpinion, String opinionReason) {

		/** The findings a) to g) (SITE-3, DEC-1 c). */
		String[] findings() {
			return new String[] { findingA, findingB, findingC, findingD, findingE, findingF, findingG };
		}

	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "improvementText")
		.prefills("eligibilityOpinion", "interviewedPositions", "findingA", "findingB", "findingC", "findingD",
				"findingE", "findingF", "findingG");

	private final OnsiteAuditRepository audits;

	private final OnsiteAttendeeRepository attendees;

	private final CompletionReportRepository reports;

	CompletionReportForm(Applications applications, OnsiteAuditRepository audits, OnsiteAttendeeRepository attendees,
			CompletionReportRepository reports, CurrentUser currentUser) {
		super(AssessmentProcess.WRITE_COMPLETION_REPORT, CONTRACT, applications, currentUser);
		this.audits = audits;
		this.attendees = attendees;
		this.reports = reports;
	}

	@Override
	public void prepare(FormView view) {
		String number = view.businessKey();
		Application application = this.applications.get(number);
		boolean deadlinePassed = Boolean.TRUE.equals(view.routing(AssessmentProcess.VAR_IMPROVEMENT_DEADLINE_PASSED));
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("improvementText",
					deadlinePassed ? "改善報告の期限（指摘事項文書の発行日から3か月）までに是正処置の完了が確認できませんでした。付与適格性の否認を推奨します（FND-4）。" : "")
			.prefill("eligibilityOpinion", deadlinePassed ? EligibilityOpinion.DENY : EligibilityOpinion.ELIGIBLE);
		this.audits.findFirstByApplicationIdOrderByIdDesc(application.getId()).ifPresent((audit) -> {
			String[] findings = audit.getFindings();
			for (int i = 0; i < 7; i++) {
				view.prefill(AuditTexts.SITE3_FIELDS[i], findings[i]);
			}
			view.prefill("interviewedPositions",
					this.attendees.findByOnsiteAuditIdOrderById(audit.getId())
						.stream()
						.map((attendee) -> (attendee.getPositionTitle() == null) ? attendee.getRelation().japaneseName()
								: attendee.getPositionTitle())
						.distinct()
						.collect(Collectors.joining("、")));
		});
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		rules.require((input.interviewedPositions() != null), "interviewedPositions", RuleId.DEC_1,
				"enter-positions-people-interviewed");
		rules.require((input.operationsOverview() != null), "operationsOverview", RuleId.DEC_1,
				"b-enter-overview-operations");
		for (int i = 0; i < 7; i++) {
			rules.require(input.findings()[i] != null, AuditTexts.SITE3_FIELDS[i], RuleId.DEC_1, "c-enter-finding",
					AuditTexts.SITE3[i], AuditTexts.SITE3_FIELDS[i]);
		}
		EligibilityOpinion opinion = input.eligibilityOpinion();
		rules.require(opinion != null, "eligibilityOpinion", RuleId.DEC_1, "d-choose-opinion-eligibility");
		rules.require((input.opinionReason() != null), "opinionReason", RuleId.DEC_1, "d-give-reason");
		if (Boolean.TRUE.equals(context.routing(AssessmentProcess.VAR_IMPROVEMENT_DEADLINE_PASSED))) {
			rules.require(opinion == EligibilityOpinion.DENY, "eligibilityOpinion", RuleId.FND_4,
					"improvement-deadline-passed-without");
		}
		rules.add(IndividualNumbers.check("interviewedPositions", input.interviewedPositions()));
		rules.add(IndividualNumbers.check("operationsOverview", input.operationsOverview()));
		rules.add(IndividualNumbers.check("opinionReason", input.opinionReason()));
		for (int i = 0; i < 7; i++) {
			rules.add(IndividualNumbers.check(AuditTexts.SITE3_FIELDS[i], input.findings()[i]));
		}
	}

	@Override
	@Transactional
	public void complete(Input input, FormContext context) {
		Application application = this.applications.get(context.businessKey());
		String[] f = input.findings();
		this.reports
			.save(new CompletionReport(application.getId(), input.interviewedPositions(), input.operationsOverview(),
					f[0], f[1], f[2], f[3], f[4], f[5], f[6], input.eligibilityOpinion().name(), input.opinionReason(),
					Boolean.TRUE.equals(context.routing(AssessmentProcess.VAR_IMPROVEMENT_DEADLINE_PASSED)),
					this.currentUser.id()));
		this.applications.setStatus(context.businessKey(), ApplicationStatus.COMPLETION_REPORTED, this.currentUser.id(),
				"意見：" + (input.eligibilityOpinion() == EligibilityOpinion.ELIGIBLE ? "付与適格" : "付与適格を否認すべき"));
	}

}
