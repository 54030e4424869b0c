package jp.pmark.workflow.incident;

import java.time.LocalDate;
import java.util.Map;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CaseView;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormInput;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;

/**
 * 二次被害のおそれをJIPDECに一報する (assessment managers, INC-5): reached at once when a report says
 * secondary damage is likely; the manager tells JIPDEC and records the notice. Form
 * {@code forms/incident-secondary-damage.form}.
 */
@Component
class SecondaryDamageForm implements TaskForm {

	static final Map<String, String> METHODS = Map.of("PHONE", "電話", "EMAIL", "電子メール", "OTHER", "その他");

	private final Incidents incidents;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	SecondaryDamageForm(Incidents incidents, JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		this.incidents = incidents;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public String processKey() {
		return IncidentProcess.KEY;
	}

	@Override
	public String taskKey() {
		return IncidentProcess.NOTIFY_JIPDEC;
	}

	@Override
	public void prepare(DelegateTask task) {
		Incident incident = this.incidents.get(task.getExecution().getProcessBusinessKey());
		CaseView.of(task)
			.set("caseSummary", this.incidents.summary(incident))
			.set("jipdecNotifiedOn", this.calendar.today());
	}

	@Override
	public void validate(FormInput input, Rules rules) {
		LocalDate on = input.date("jipdecNotifiedOn");
		rules.require(on != null && !on.isAfter(this.calendar.today()), "jipdecNotifiedOn", "INC-5",
				"JIPDECに一報した日（今日まで）を入力してください。", "Enter the day JIPDEC was told.");
		rules.require(METHODS.containsKey(input.text("noticeMethod")), "noticeMethod", "INC-5", "一報の方法を選んでください。",
				"Choose how JIPDEC was told.");
		rules.require(input.has("jipdecContact"), "jipdecContact", "INC-5", "JIPDECで一報を受けた担当者を入力してください。",
				"Enter who at JIPDEC was told.");
		rules.require(input.has("jipdecNotice"), "jipdecNotice", "INC-5", "一報の内容（二次被害のおそれと事業者の対応）を入力してください。",
				"Enter what JIPDEC was told.");
		rules.add(IndividualNumbers.check("jipdecNotice", input.text("jipdecNotice")));
		rules.add(IndividualNumbers.check("jipdecContact", input.text("jipdecContact")));
	}

	@Override
	public void complete(FormInput input, DelegateTask task) {
		this.incidents.jipdecNotified(this.incidents.get(input.businessKey()), input.date("jipdecNotifiedOn"),
				METHODS.get(input.text("noticeMethod")), input.text("jipdecContact"), input.text("jipdecNotice"),
				this.currentUser.id());
	}

}
