package jp.pmark.workflow.incident;

import java.time.LocalDate;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.intake.Channel;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * 速報の遅れに対応する・確報の遅れに対応する (assessment managers, INC-4): a report missing at its deadline;
 * the manager records what was done (and the report, if it came meanwhile). Form
 * {@code forms/incident-overdue.form}.
 */
abstract class FollowUpReportForm implements TaskForm {

	private final Incidents incidents;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	FollowUpReportForm(Incidents incidents, JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
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
			.set("reportsText", this.incidents.reportsText(incident))
			.set("followedUpOn", this.calendar.today())
			.set("overdueText", "【INC-4】" + kind().japaneseName() + "の期限 " + due + " を過ぎても" + kind().japaneseName()
					+ "が届いていません。事業者に連絡し、対応を記録してください。");
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		LocalDate today = this.calendar.today();
		LocalDate on = input.date("followedUpOn");
		rules.require(on != null && !on.isAfter(today), "followedUpOn", "INC-4", "対応した日（今日まで）を入力してください。",
				"Enter the day of the follow-up.");
		rules.require(input.has("followUpNote"), "followUpNote", "INC-4", "事業者への連絡など、対応の内容を入力してください。",
				"Describe the follow-up.");
		rules.add(IndividualNumbers.check("followUpNote", input.text("followUpNote")));
		LocalDate lateOn = input.date("lateReportReceivedOn");
		if (lateOn != null || input.has("lateReportSummary")) {
			rules.require(lateOn != null && !lateOn.isAfter(today), "lateReportReceivedOn", "INC-2",
					"期限後に届いた報告を受け付けた日（今日まで）を入力してください。", "Enter the day the late report came.");
			rules.require(input.has("lateReportSummary"), "lateReportSummary", "INC-2", "期限後に届いた報告の内容を入力してください。",
					"Describe the late report.");
			rules.add(IndividualNumbers.check("lateReportSummary", input.text("lateReportSummary")));
		}
	}

	@Override
	public void complete(FormInput input, DelegateTask task) {
		Incident incident = this.incidents.get(input.businessKey());
		String by = this.currentUser.id();
		this.incidents.followedUp(incident, kind(), input.date("followedUpOn"), input.text("followUpNote"), by);
		if (input.date("lateReportReceivedOn") != null) {
			this.incidents.recordReport(incident, kind(), input.date("lateReportReceivedOn"),
					input.text("lateReportSummary"), Channel.MAIL, by);
		}
	}

}
