package jp.pmark.workflow.incident;

import java.time.LocalDate;

import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleId;

/**
 * 速報を受け付ける・確報を受け付ける (reception, INC-2, INC-3): a report that reception receives by mail
 * or in person, or that the API hands over; recorded, late when past its deadline. Form
 * {@code forms/incident-report-receipt.form}.
 */
public abstract class ReceiveReportForm extends ReportTaskForm<ReceiveReportForm.Input> {

	/** What the form submits. */
	public record Input(LocalDate reportReceivedOn, Channel reportChannel, String reportSummary) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "deadlinesText", "awaitedText");

	ReceiveReportForm(String taskKey, Incidents incidents, IncidentTexts texts, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		super(taskKey, CONTRACT, incidents, texts, calendar, currentUser);
	}

	@Override
	public void prepare(FormView view) {
		Incident incident = this.incidents.get(view.businessKey());
		view.show("caseSummary", this.texts.summary(incident))
			.show("deadlinesText", IncidentTexts.deadlines(incident))
			.show("awaitedText", IncidentTexts.awaited(kind(), due(incident)));
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		LocalDate receivedOn = input.reportReceivedOn();
		ReportRules.checkLaterReport(kind(), receivedOn, input.reportSummary(), "reportReceivedOn", "reportSummary",
				rules);
		if (receivedOn != null) {
			rules.require(!receivedOn.isAfter(this.calendar.today()), "reportReceivedOn", RuleId.INC_2,
					"day-lies-future");
		}
	}

	@Override
	public void complete(Input input, FormContext context) {
		Channel channel = input.reportChannel();
		this.incidents.recordReport(this.incidents.get(context.businessKey()), kind(), input.reportReceivedOn(),
				input.reportSummary(), (channel == null) ? Channel.MAIL : channel, this.currentUser.id());
	}

}
