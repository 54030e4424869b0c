package jp.pmark.workflow.audit;

import java.time.LocalDate;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.AssessmentTaskForm;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;

/**
 * 現地審査の日程を決める (assessment managers, SITE-1): date and place agreed with the applicant, on
 * a business day (CAL-1).
 */
@Component
public class OnsiteScheduleForm extends AssessmentTaskForm<OnsiteScheduleForm.Input> {

	/** What the form submits. */
	public record Input(LocalDate onsiteDate, String onsiteStartTime, String onsitePlace, boolean agreedWithApplicant,
			String onsiteNotes) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "auditTeamText", "documentReviewText", "auditPlanText")
		.prefills("onsitePlace", "onsiteStartTime", "onsiteDate");

	private final AuditTeams teams;

	private final AuditPlanRepository plans;

	private final DocumentReviewRepository reviews;

	private final OnsiteAuditRepository audits;

	private final JapaneseBusinessCalendar calendar;

	OnsiteScheduleForm(Applications applications, AuditTeams teams, AuditPlanRepository plans,
			DocumentReviewRepository reviews, OnsiteAuditRepository audits, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		super(AssessmentProcess.SCHEDULE_ONSITE_AUDIT, CONTRACT, applications, currentUser);
		this.teams = teams;
		this.plans = plans;
		this.reviews = reviews;
		this.audits = audits;
		this.calendar = calendar;
	}

	@Override
	public void prepare(FormView view) {
		String number = view.businessKey();
		Application application = this.applications.get(number);
		view.show("caseSummary", this.applications.caseSummary(number))
			.show("auditTeamText", this.teams.describe(application))
			.show("documentReviewText",
					AuditTexts.review(this.reviews.findFirstByApplicationIdOrderByIdDesc(application.getId())))
			.prefill("onsitePlace", application.getApplicant().getAddress())
			.prefill("onsiteStartTime", "09:30");
		this.plans.findFirstByApplicationIdOrderByIdDesc(application.getId()).ifPresent((plan) -> {
			view.show("auditPlanText", "現地審査の予定期間 " + plan.getOnsiteFrom() + "〜" + plan.getOnsiteTo() + "（"
					+ plan.getOnsiteHours() + "時間）");
			view.prefill("onsiteDate", this.calendar.nextBusinessDay(plan.getOnsiteFrom()));
		});
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		LocalDate date = input.onsiteDate();
		rules.require(date != null, "onsiteDate", RuleId.SITE_1, "enter-date-site-audit");
		if (date != null) {
			rules.require(!date.isBefore(this.calendar.today()), "onsiteDate", RuleId.SITE_1, "date-cannot-past");
			rules.require(this.calendar.isBusinessDay(date), "onsiteDate", RuleId.CAL_1, "not-business-day", date,
					this.calendar.nextBusinessDay(date));
		}
		String time = input.onsiteStartTime();
		rules.require(time != null && time.matches("([01]\\d|2[0-3]):[0-5]\\d"), "onsiteStartTime", RuleId.SITE_1,
				"enter-start-time-hh-mm");
		rules.require((input.onsitePlace() != null), "onsitePlace", RuleId.SITE_1, "enter-place");
		rules.require(input.agreedWithApplicant(), "agreedWithApplicant", RuleId.SITE_1,
				"agree-date-place-applicant-first");
		rules.add(IndividualNumbers.check("onsiteNotes", input.onsiteNotes()));
	}

	@Override
	public void complete(Input input, FormContext context) {
		Application application = this.applications.get(context.businessKey());
		this.audits.save(new OnsiteAudit(application.getId(), input.onsiteDate(), input.onsiteStartTime(),
				input.onsitePlace(), true, input.onsiteNotes(), this.currentUser.id()));
		this.applications.journal(context.businessKey(), "ONSITE_SCHEDULED",
				"現地審査を " + input.onsiteDate() + " " + input.onsiteStartTime() + "、" + input.onsitePlace() + " に決めました",
				this.currentUser.id());
		context.route(AssessmentProcess.VAR_ONSITE_DATE, input.onsiteDate().toString());
	}

}
