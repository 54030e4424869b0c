package jp.pmark.workflow.incident;

import java.time.LocalDate;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.ProcessTaskForm;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;

import org.springframework.stereotype.Component;

/**
 * 二次被害のおそれをJIPDECに一報する (assessment managers, INC-5): reached at once when a report says
 * secondary damage is likely; the manager tells JIPDEC and records the notice. Form
 * {@code forms/incident-secondary-damage.form}.
 */
@Component
public class SecondaryDamageForm extends ProcessTaskForm<SecondaryDamageForm.Input> {

	/** How JIPDEC was told (INC-5). */
	public enum NoticeMethod {

		PHONE("電話"), EMAIL("電子メール"), OTHER("その他");

		private final String japaneseName;

		NoticeMethod(String japaneseName) {
			this.japaneseName = japaneseName;
		}

	}

	/** What the form submits. */
	public record Input(LocalDate jipdecNotifiedOn, NoticeMethod noticeMethod, String jipdecContact,
			String jipdecNotice) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary")
		.prefills("jipdecNotifiedOn");

	private final Incidents incidents;

	private final IncidentTexts texts;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	SecondaryDamageForm(Incidents incidents, IncidentTexts texts, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		super(IncidentProcess.PROCESS, IncidentProcess.NOTIFY_JIPDEC, CONTRACT);
		this.incidents = incidents;
		this.texts = texts;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public void prepare(FormView view) {
		Incident incident = this.incidents.get(view.businessKey());
		view.show("caseSummary", this.texts.summary(incident)).prefill("jipdecNotifiedOn", this.calendar.today());
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		LocalDate on = input.jipdecNotifiedOn();
		rules.require(on != null && !on.isAfter(this.calendar.today()), "jipdecNotifiedOn", RuleId.INC_5,
				"enter-day-jipdec-told");
		rules.require(input.noticeMethod() != null, "noticeMethod", RuleId.INC_5, "choose-how-jipdec-told");
		rules.require((input.jipdecContact() != null), "jipdecContact", RuleId.INC_5, "enter-who-jipdec-told");
		rules.require((input.jipdecNotice() != null), "jipdecNotice", RuleId.INC_5, "enter-what-jipdec-told");
		rules.add(IndividualNumbers.check("jipdecNotice", input.jipdecNotice()));
		rules.add(IndividualNumbers.check("jipdecContact", input.jipdecContact()));
	}

	@Override
	public void complete(Input input, FormContext context) {
		this.incidents.jipdecNotified(this.incidents.get(context.businessKey()), input.jipdecNotifiedOn(),
				input.noticeMethod().japaneseName, input.jipdecContact(), input.jipdecNotice(), this.currentUser.id());
	}

}
