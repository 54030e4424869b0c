package jp.pmark.workflow.incident;

import java.time.LocalDate;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.RegistrationStatus;
import jp.pmark.workflow.registration.Registrations;

import org.springframework.stereotype.Component;

/**
 * 欠格レベルと措置を決定する (committee, INC-6): the committee, with outside experts, judges the
 * disqualification level and takes a measure: caution, advice, suspension of 1 to under
 * 12 months, or revocation (or none). Form {@code forms/incident-judgement.form}.
 */
@Component
public class JudgeIncidentForm implements TaskForm<JudgeIncidentForm.Input> {

	/** What the form submits. */
	public record Input(String levelText, IncidentMeasure measure, Integer suspensionMonths, String committeeMeeting,
			String outsideExperts, LocalDate decidedOn, String decisionReason) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "deadlinesText", "reportsText", "measureNote")
		.prefills("decidedOn");

	private final Incidents incidents;

	private final Registrations registrations;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	JudgeIncidentForm(Incidents incidents, Registrations registrations, JapaneseBusinessCalendar calendar,
			CurrentUser currentUser) {
		this.incidents = incidents;
		this.registrations = registrations;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public ProcessModel process() {
		return IncidentProcess.PROCESS;
	}

	@Override
	public FormContract<Input> contract() {
		return CONTRACT;
	}

	@Override
	public String taskKey() {
		return IncidentProcess.JUDGE;
	}

	@Override
	public void prepare(FormView view) {
		Incident incident = this.incidents.get(view.businessKey());
		view.show("caseSummary", this.incidents.summary(incident))
			.show("deadlinesText", this.incidents.deadlinesText(incident))
			.show("reportsText", this.incidents.reportsText(incident))
			.prefill("decidedOn", this.calendar.today())
			.show("measureNote", (incident.getRegistrationId() == null) ? "この事業者には登録がないため、一時停止・取消は選べません。"
					: "一時停止・取消は登録の状態を変えます（取消は登録を終了します）。");
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		Incident incident = this.incidents.get(context.businessKey());
		IncidentMeasure measure = input.measure();
		rules.require((input.levelText() != null), "levelText", RuleId.INC_6, "enter-disqualification-level");
		if (measure == null) {
			rules.refuse("measure", RuleId.INC_6, "choose-measure");
		}
		else {
			if (measure == IncidentMeasure.SUSPENSION) {
				Integer months = input.suspensionMonths();
				rules.require(months != null && months >= 1 && months <= 11, "suspensionMonths", RuleId.INC_6,
						"suspension-lasts-1-11-months");
			}
			rules.require(!measure.needsRegistration() || incident.getRegistrationId() != null, "measure", RuleId.INC_6,
					"suspension-revocation-act");
			if (measure.needsRegistration() && incident.getRegistrationId() != null) {
				// e.g. revoked after another incident while this one waited for its
				// judgement
				Registration registration = this.registrations.get(incident.getRegistrationId());
				RegistrationStatus status = registration.getStatus();
				rules.require(status.isValid() || status == RegistrationStatus.SUSPENDED, "measure", RuleId.INC_6,
						"registration-no-longer-force", registration.getRegistrationNumber(), status.japaneseName());
			}
		}
		rules.require((input.committeeMeeting() != null), "committeeMeeting", RuleId.INC_6, "enter-committee-meeting");
		rules.require((input.outsideExperts() != null), "outsideExperts", RuleId.INC_6,
				"enter-outside-experts-who-took");
		rules.require((input.decisionReason() != null), "decisionReason", RuleId.INC_6, "enter-reason");
		LocalDate decidedOn = input.decidedOn();
		rules.require(
				decidedOn != null && !decidedOn.isAfter(this.calendar.today())
						&& !decidedOn.isBefore(incident.getDiscoveredOn()),
				"decidedOn", RuleId.INC_6, "enter-day-decision");
		rules.add(IndividualNumbers.check("levelText", input.levelText()));
		rules.add(IndividualNumbers.check("decisionReason", input.decisionReason()));
		rules.add(IndividualNumbers.check("committeeMeeting", input.committeeMeeting()));
		rules.add(IndividualNumbers.check("outsideExperts", input.outsideExperts()));
	}

	@Override
	public void complete(Input input, FormContext context) {
		IncidentMeasure measure = input.measure();
		Integer months = (measure == IncidentMeasure.SUSPENSION) ? input.suspensionMonths() : null;
		this.incidents.judged(this.incidents.get(context.businessKey()), input.levelText(), measure, months,
				input.committeeMeeting(), input.outsideExperts(), input.decisionReason(), input.decidedOn(),
				this.currentUser.id());
		context.route(IncidentProcess.VAR_MEASURE, measure.name());
	}

}
