package jp.pmark.workflow.audit;

import java.util.stream.Collectors;

import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.intake.Application;
import jp.pmark.workflow.intake.ApplicationStatus;
import jp.pmark.workflow.intake.Applications;
import jp.pmark.workflow.intake.AssessmentProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 審査終了報告書を作成する (the team leader, DEC-1): a) to d); when the improvement deadline passed
 * without an accepted report the opinion is to deny (FND-4).
 */
@Component
class CompletionReportForm implements TaskForm {

	private final Applications applications;

	private final OnsiteAuditRepository audits;

	private final OnsiteAttendeeRepository attendees;

	private final CompletionReportRepository reports;

	private final CurrentUser currentUser;

	CompletionReportForm(Applications applications, OnsiteAuditRepository audits, OnsiteAttendeeRepository attendees,
			CompletionReportRepository reports, CurrentUser currentUser) {
		this.applications = applications;
		this.audits = audits;
		this.attendees = attendees;
		this.reports = reports;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return AssessmentProcess.KEY;
	}

	@Override
	public String taskKey() {
		return AssessmentProcess.WRITE_COMPLETION_REPORT;
	}

	@Override
	public void prepare(DelegateTask task) {
		String number = task.getExecution().getProcessBusinessKey();
		Application application = this.applications.get(number);
		boolean deadlinePassed = Boolean.TRUE
			.equals(task.getVariable(AssessmentProcess.VAR_IMPROVEMENT_DEADLINE_PASSED));
		CaseView view = CaseView.of(task)
			.set("caseSummary", this.applications.caseSummary(number))
			.set("deadlinePassed", deadlinePassed)
			.set("improvementText",
					deadlinePassed ? "改善報告の期限（指摘事項文書の発行日から3か月）までに是正処置の完了が確認できませんでした。付与適格性の否認を推奨します（FND-4）。" : "")
			.set("eligibilityOpinion", deadlinePassed ? "DENY" : "ELIGIBLE");
		this.audits.findFirstByApplicationIdOrderByIdDesc(application.getId()).ifPresent((audit) -> {
			String[] findings = audit.getFindings();
			for (int i = 0; i < 7; i++) {
				view.set(AuditTexts.SITE3_FIELDS[i], findings[i]);
			}
			view.set("interviewedPositions",
					this.attendees.findByOnsiteAuditIdOrderById(audit.getId())
						.stream()
						.map((attendee) -> (attendee.getPositionTitle() == null) ? attendee.getRelation().japaneseName()
								: attendee.getPositionTitle())
						.distinct()
						.collect(Collectors.joining("、")));
		});
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		rules.require(input.has("interviewedPositions"), "interviewedPositions", "DEC-1", "a) 面談した申請者側従業者の役職を入力してください。",
				"a) Enter the positions of the people interviewed.");
		rules.require(input.has("operationsOverview"), "operationsOverview", "DEC-1", "b) 個人情報を取り扱う業務の概要を入力してください。",
				"b) Enter the overview of the operations.");
		for (int i = 0; i < 7; i++) {
			rules.require(input.has(AuditTexts.SITE3_FIELDS[i]), AuditTexts.SITE3_FIELDS[i], "DEC-1",
					"c) " + AuditTexts.SITE3[i] + " についての所見を入力してください。",
					"c) Enter the finding " + AuditTexts.SITE3_FIELDS[i] + ".");
		}
		String opinion = input.text("eligibilityOpinion");
		rules.require("ELIGIBLE".equals(opinion) || "DENY".equals(opinion), "eligibilityOpinion", "DEC-1",
				"d) 付与の適格性についての意見を選んでください。", "d) Choose the opinion on eligibility.");
		rules.require(input.has("opinionReason"), "opinionReason", "DEC-1", "d) 意見の理由を入力してください。",
				"d) Give the reason.");
		if (Boolean.TRUE.equals(input.raw(AssessmentProcess.VAR_IMPROVEMENT_DEADLINE_PASSED))) {
			rules.require("DENY".equals(opinion), "eligibilityOpinion", "FND-4",
					"改善報告の期限までに是正処置の完了が確認できなかったため、意見は「否認すべき」になります。",
					"The improvement deadline passed without an accepted report; the opinion is to deny.");
		}
		for (String field : new String[] { "interviewedPositions", "operationsOverview", "opinionReason" }) {
			rules.add(IndividualNumbers.check(field, input.text(field)));
		}
	}

	@Override
	@Transactional
	public void complete(FormInput input, DelegateTask task) {
		Application application = this.applications.get(input.businessKey());
		String[] f = new String[7];
		for (int i = 0; i < 7; i++) {
			f[i] = input.text(AuditTexts.SITE3_FIELDS[i]);
		}
		this.reports.save(new CompletionReport(application.getId(), input.text("interviewedPositions"),
				input.text("operationsOverview"), f[0], f[1], f[2], f[3], f[4], f[5], f[6],
				input.text("eligibilityOpinion"), input.text("opinionReason"),
				Boolean.TRUE.equals(input.raw(AssessmentProcess.VAR_IMPROVEMENT_DEADLINE_PASSED)),
				this.currentUser.id()));
		this.applications.setStatus(input.businessKey(), ApplicationStatus.COMPLETION_REPORTED, this.currentUser.id(),
				"意見：" + ("ELIGIBLE".equals(input.text("eligibilityOpinion")) ? "付与適格" : "付与適格を否認すべき"));
	}

}
