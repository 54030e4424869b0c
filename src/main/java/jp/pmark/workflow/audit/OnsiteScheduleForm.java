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

/**
 * 現地審査の日程を決める (assessment managers, SITE-1): date and place agreed with the applicant, on
 * a business day (CAL-1).
 */
@Component
class OnsiteScheduleForm implements TaskForm {

	private final Applications applications;

	private final AuditTeams teams;

	private final AuditPlanRepository plans;

	private final DocumentReviewRepository reviews;

	private final OnsiteAuditRepository audits;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	OnsiteScheduleForm(Applications applications, AuditTeams teams, AuditPlanRepository plans,
			DocumentReviewRepository reviews, OnsiteAuditRepository audits, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		this.applications = applications;
		this.teams = teams;
		this.plans = plans;
		this.reviews = reviews;
		this.audits = audits;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return AssessmentProcess.KEY;
	}

	@Override
	public String taskKey() {
		return AssessmentProcess.SCHEDULE_ONSITE_AUDIT;
	}

	@Override
	public void prepare(DelegateTask task) {
		String number = task.getExecution().getProcessBusinessKey();
		Application application = this.applications.get(number);
		CaseView view = CaseView.of(task)
			.set("caseSummary", this.applications.caseSummary(number))
			.set("auditTeamText", this.teams.describe(application))
			.set("documentReviewText",
					AuditTexts.review(this.reviews.findFirstByApplicationIdOrderByIdDesc(application.getId())))
			.set("onsitePlace", application.getApplicant().getAddress())
			.set("onsiteStartTime", "09:30");
		this.plans.findFirstByApplicationIdOrderByIdDesc(application.getId()).ifPresent((plan) -> {
			view.set("auditPlanText", "現地審査の予定期間 " + plan.getOnsiteFrom() + "〜" + plan.getOnsiteTo() + "（"
					+ plan.getOnsiteHours() + "時間）");
			view.set("onsiteDate", this.calendar.nextBusinessDay(plan.getOnsiteFrom()));
		});
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		LocalDate date = input.date("onsiteDate");
		rules.require(date != null, "onsiteDate", "SITE-1", "現地審査の日付を入力してください。",
				"Enter the date of the on-site audit.");
		if (date != null) {
			rules.require(!date.isBefore(this.calendar.today()), "onsiteDate", "SITE-1", "現地審査の日付に過去の日付は入力できません。",
					"The date cannot be in the past.");
			rules.require(this.calendar.isBusinessDay(date), "onsiteDate", "CAL-1",
					date + " は営業日ではありません（土日・祝日・休業日）。" + this.calendar.nextBusinessDay(date) + " 以降の営業日を選んでください。",
					date + " is not a business day.");
		}
		String time = input.text("onsiteStartTime");
		rules.require(time != null && time.matches("([01]\\d|2[0-3]):[0-5]\\d"), "onsiteStartTime", "SITE-1",
				"開始時刻を 09:30 のように入力してください。", "Enter the start time as HH:mm.");
		rules.require(input.has("onsitePlace"), "onsitePlace", "SITE-1", "現地審査の場所を入力してください。", "Enter the place.");
		rules.require(input.bool("agreedWithApplicant"), "agreedWithApplicant", "SITE-1",
				"現地審査の日程と場所は申請者と合意してから決めてください。", "Agree the date and place with the applicant first.");
		rules.add(IndividualNumbers.check("onsiteNotes", input.text("onsiteNotes")));
	}

	@Override
	public void complete(FormInput input, DelegateTask task) {
		Application application = this.applications.get(input.businessKey());
		this.audits.save(new OnsiteAudit(application.getId(), input.date("onsiteDate"), input.text("onsiteStartTime"),
				input.text("onsitePlace"), true, input.text("onsiteNotes"), this.currentUser.id()));
		this.applications.journal(
				input.businessKey(), "ONSITE_SCHEDULED", "現地審査を " + input.date("onsiteDate") + " "
						+ input.text("onsiteStartTime") + "、" + input.text("onsitePlace") + " に決めました",
				this.currentUser.id());
		task.setVariable(AssessmentProcess.VAR_ONSITE_DATE, input.date("onsiteDate").toString());
	}

}
