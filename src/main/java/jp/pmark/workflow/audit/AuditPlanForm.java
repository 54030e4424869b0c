package jp.pmark.workflow.audit;

import java.time.LocalDate;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.intake.Application;
import jp.pmark.workflow.intake.Applications;
import jp.pmark.workflow.intake.AssessmentProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;

/** 審査計画を作成する (assessment managers, AUD-1), with FEE-7's standard on-site hours. */
@Component
class AuditPlanForm implements TaskForm {

	private final Applications applications;

	private final AuditPlanRepository plans;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	AuditPlanForm(Applications applications, AuditPlanRepository plans, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		this.applications = applications;
		this.plans = plans;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return AssessmentProcess.KEY;
	}

	@Override
	public String taskKey() {
		return AssessmentProcess.MAKE_AUDIT_PLAN;
	}

	@Override
	public void prepare(DelegateTask task) {
		String number = task.getExecution().getProcessBusinessKey();
		Application application = this.applications.get(number);
		LocalDate today = this.calendar.today();
		CaseView.of(task)
			.set("caseSummary", this.applications.caseSummary(number))
			.set("standardHoursText",
					Applications.sizeClassName(application.getSizeClass()) + "：標準の現地審査時間 "
							+ application.getStandardOnsiteHours() + " 時間（FEE-7）")
			.set("onsiteHours", application.getStandardOnsiteHours())
			.set("documentReviewDue", this.calendar.addBusinessDays(today, 20))
			.set("onsiteFrom", this.calendar.addBusinessDays(today, 30))
			.set("onsiteTo", this.calendar.addBusinessDays(today, 50));
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		LocalDate due = input.date("documentReviewDue");
		LocalDate from = input.date("onsiteFrom");
		LocalDate to = input.date("onsiteTo");
		rules.require(due != null, "documentReviewDue", "AUD-1", "文書審査の完了予定日を入力してください。",
				"Enter the document review due date.");
		rules.require(from != null && to != null, "onsiteFrom", "AUD-1", "現地審査の予定期間を入力してください。",
				"Enter the planned period of the on-site audit.");
		if (due != null && from != null && to != null) {
			rules.require(!due.isBefore(this.calendar.today()), "documentReviewDue", "AUD-1",
					"文書審査の完了予定日に過去の日付は入力できません。", "The document review due date cannot be in the past.");
			rules.require(!from.isBefore(due), "onsiteFrom", "DOC-4", "現地審査は文書審査の後に予定してください（文書審査の結果は現地審査までに通知します）。",
					"Plan the on-site audit after the document review.");
			rules.require(!to.isBefore(from), "onsiteTo", "AUD-1", "現地審査の予定期間の終わりが始まりより前です。",
					"The period ends before it starts.");
		}
		Long hours = input.number("onsiteHours");
		rules.require(hours != null && hours >= 1 && hours <= 40, "onsiteHours", "FEE-7", "現地審査時間を1〜40時間で入力してください。",
				"Enter the on-site audit hours, 1 to 40.");
		Application application = this.applications.get(input.businessKey());
		if (hours != null && application.getStandardOnsiteHours() != null
				&& hours < application.getStandardOnsiteHours()) {
			rules.require(input.has("planNotes"), "planNotes", "FEE-7",
					"標準（" + application.getStandardOnsiteHours() + "時間）より短い現地審査時間とする理由を備考に入力してください（任意書類の事前提出など）。",
					"Explain why the on-site audit is shorter than the standard.");
		}
		rules.add(IndividualNumbers.check("planNotes", input.text("planNotes")));
	}

	@Override
	public void complete(FormInput input, DelegateTask task) {
		Application application = this.applications.get(input.businessKey());
		this.plans.save(new AuditPlan(application.getId(), input.date("documentReviewDue"), input.date("onsiteFrom"),
				input.date("onsiteTo"), input.number("onsiteHours").intValue(), input.text("planNotes"),
				this.currentUser.id()));
		this.applications.journal(
				input.businessKey(), "AUDIT_PLANNED", "審査計画を作成しました（文書審査 " + input.date("documentReviewDue")
						+ " まで、現地審査 " + input.date("onsiteFrom") + "〜" + input.date("onsiteTo") + "）",
				this.currentUser.id());
	}

}
