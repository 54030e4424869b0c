package jp.pmark.workflow.incident;

import java.time.LocalDate;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.ProcessTaskForm;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.Registrations;

import org.springframework.stereotype.Component;

/**
 * 欠格レベルと措置を決定する (committee, INC-6): the committee, with outside experts, judges the
 * disqualification level and takes a measure: caution, advice, suspension of 1 to under
 * 12 months, or revocation (or none). Form {@code forms/incident-judgement.form}.
 */
@Component
public class JudgeIncidentForm extends ProcessTaskForm<JudgeIncidentForm.Input> {

	/** What the form submits. */
	public record Input(String levelText, IncidentMeasure measure, Integer suspensionMonths, String committeeMeeting,
			String outsideExperts, LocalDate decidedOn, String decisionReason) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "deadlinesText", "reportsText", "measureNote")
		.prefills("decidedOn");

	private final Incidents incidents;

	private final IncidentMeasures measures;

	private final IncidentTexts texts;

	private final Registrations registrations;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	JudgeIncidentForm(Incidents incidents, IncidentMeasures measures, IncidentTexts texts, Registrations registrations,
			JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		super(IncidentProcess.PROCESS, IncidentProcess.JUDGE, CONTRACT);
		this.incidents = incidents;
		this.measures = measures;
		this.texts = texts;
		this.registrations = registrations;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public void prepare(FormView view) {
		Incident incident = this.incidents.get(view.businessKey());
		view.show("caseSummary", this.texts.summary(incident))
			.show("deadlinesText", IncidentTexts.deadlines(incident))
			.show("reportsText", this.texts.reportsText(incident))
			.prefill("decidedOn", this.calendar.today())
			.show("measureNote", IncidentTexts.measureNote(incident.getRegistrationId() != null));
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		Incident incident = this.incidents.get(context.businessKey());
		Registration registration = (input.measure() != null && input.measure().needsRegistration()
				&& incident.getRegistrationId() != null) ? this.registrations.get(incident.getRegistrationId()) : null;
		MeasureRules.checkJudgement(input, incident.getRegistrationId() != null,
				(registration != null) ? registration.getStatus() : null,
				(registration != null) ? registration.getRegistrationNumber() : null, incident.getDiscoveredOn(),
				this.calendar.today(), rules);
	}

	@Override
	public void complete(Input input, FormContext context) {
		this.measures.judged(this.incidents.get(context.businessKey()), input.levelText(), input.measure(),
				input.suspensionMonths(), input.committeeMeeting(), input.outsideExperts(), input.decisionReason(),
				input.decidedOn(), this.currentUser.id());
		context.route(IncidentProcess.VAR_MEASURE, input.measure().name());
	}

}
