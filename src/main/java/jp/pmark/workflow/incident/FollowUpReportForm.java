package jp.pmark.workflow.incident;

import java.time.LocalDate;

import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;

/**
 * 速報の遅れに対応する・確報の遅れに対応する (assessment managers, INC-4): a report missing at its deadline;
 * the manager records what was done (and the report, if it came meanwhile). Form
 * {@code forms/incident-overdue.form}.
 */
public abstract class FollowUpReportForm extends ReportTaskForm<FollowUpReportForm.Input> {

	/** What the form submits. */
	public record Input(LocalDate followedUpOn, String followUpNote, LocalDate lateReportReceivedOn,
			String lateReportSummary) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "deadlinesText", "reportsText", "overdueText")
		.prefills("followedUpOn");

	FollowUpReportForm(String taskKey, Incidents incidents, IncidentTexts texts, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		super(taskKey, CONTRACT, incidents, texts, calendar, currentUser);
	}

	@Override
	public void prepare(FormView view) {
		Incident incident = this.incidents.get(view.businessKey());
		view.show("caseSummary", this.texts.summary(incident))
			.show("deadlinesText", IncidentTexts.deadlines(incident))
			.show("reportsText", this.texts.reportsText(incident))
			.prefill("followedUpOn", this.calendar.today())
			.show("overdueText", IncidentTexts.overdue(kind(), due(incident)));
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		LocalDate today = this.calendar.today();
		LocalDate on = input.followedUpOn();
		rules.require(on != null && !on.isAfter(today), "followedUpOn", RuleId.INC_4, "enter-day-follow-up");
		rules.require((input.followUpNote() != null), "followUpNote", RuleId.INC_4, "describe-follow-up");
		rules.add(IndividualNumbers.check("followUpNote", input.followUpNote()));
		LocalDate lateOn = input.lateReportReceivedOn();
		if (lateOn != null || (input.lateReportSummary() != null)) {
			rules.require(lateOn != null && !lateOn.isAfter(today), "lateReportReceivedOn", RuleId.INC_2,
					"enter-day-late-report-came");
			rules.require((input.lateReportSummary() != null), "lateReportSummary", RuleId.INC_2,
					"describe-late-report");
			rules.add(IndividualNumbers.check("lateReportSummary", input.lateReportSummary()));
		}
	}

	@Override
	public void complete(Input input, FormContext context) {
		Incident incident = this.incidents.get(context.businessKey());
		String by = this.currentUser.id();
		this.incidents.followedUp(incident, kind(), input.followedUpOn(), input.followUpNote(), by);
		if (input.lateReportReceivedOn() != null) {
			this.incidents.recordReport(incident, kind(), input.lateReportReceivedOn(), input.lateReportSummary(),
					Channel.MAIL, by);
		}
	}

}
