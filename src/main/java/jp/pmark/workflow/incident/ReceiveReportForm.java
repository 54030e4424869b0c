package jp.pmark.workflow.incident;

import java.time.LocalDate;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.intake.Channel;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * 速報を受け付ける・確報を受け付ける (reception, INC-2, INC-3): a report that reception receives by mail
 * or in person, or that the API hands over; recorded, late when past its deadline. Form
 * {@code forms/incident-report-receipt.form}.
 */
abstract class ReceiveReportForm implements TaskForm {

	private final Incidents incidents;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	ReceiveReportForm(Incidents incidents, JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		this.incidents = incidents;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	abstract ReportKind kind();

	@Override
	public String processKey() {
		return IncidentProcess.KEY;
	}

	@Override
	public void prepare(DelegateTask task) {
		Incident incident = this.incidents.get(task.getExecution().getProcessBusinessKey());
		LocalDate due = (kind() == ReportKind.PROMPT) ? incident.getPromptDueOn() : incident.getFinalDueOn();
		CaseView.of(task)
			.set("caseSummary", this.incidents.summary(incident))
			.set("deadlinesText", this.incidents.deadlinesText(incident))
			.set("awaitedText", kind().japaneseName() + "を " + due + " までに受け付けます。期限を過ぎると審査管理者に回ります（INC-4）。");
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		LocalDate receivedOn = input.date("reportReceivedOn");
		Incidents.checkReport(kind(), receivedOn, input.text("reportSummary"), "reportSummary", rules);
		if (receivedOn != null) {
			rules.require(!receivedOn.isAfter(this.calendar.today()), "reportReceivedOn", "INC-2", "受け付けた日が未来の日付です。",
					"The day lies in the future.");
		}
	}

	@Override
	public void complete(FormInput input, DelegateTask task) {
		Channel channel = IncidentStartForm.parse(Channel.class, input.text("reportChannel"));
		this.incidents.recordReport(this.incidents.get(input.businessKey()), kind(), input.date("reportReceivedOn"),
				input.text("reportSummary"), (channel == null) ? Channel.MAIL : channel, this.currentUser.id());
	}

}
