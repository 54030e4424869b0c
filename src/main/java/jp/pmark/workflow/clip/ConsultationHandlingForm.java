package jp.pmark.workflow.clip;

import java.time.LocalDate;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContext;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.FormView;
import jp.pmark.workflow.common.ProcessTaskForm;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StoredTexts;
import jp.pmark.workflow.incident.IncidentCategory;

import org.springframework.stereotype.Component;

/**
 * 相談に対応する (専属指導員, CLIP-4, CLIP-5): the case and the business's own first handling; the
 * advisor's advice and conclusion: 完了, 事業者へ一次対応を依頼 (a complaint the business has not
 * handled yet), or for a leak where the Privacy Mark's rules call for one, 事故の報告として受け付ける
 * with the facts the report needs. Form {@code forms/clip-consultation-handling.form}.
 */
@Component
public class ConsultationHandlingForm extends ProcessTaskForm<ConsultationHandlingForm.Input> {

	/** What the form submits; the leak's facts only for an incident report. */
	public record Input(String advice, ConsultationOutcome outcome, LocalDate closedOn, boolean consideringApplication,
			LocalDate discoveredOn, LocalDate occurredOn, IncidentCategory category, boolean suspectedOnly,
			Integer personsAffected, boolean sensitive, boolean financialDamage, boolean malicious,
			boolean specificPersonal, Integer specificPersons, boolean networkSystem, boolean viewedByUnspecified,
			boolean secondaryDamageLikely, String incidentSummary) {
	}

	static final FormContract<Input> CONTRACT = FormContract.of(Input.class)
		.views("caseSummary", "incidentNote")
		.prefills("closedOn", "incidentSummary");

	private static final int LEAK_SUMMARY_LENGTH = 2000;

	private final ClipConsultations consultations;

	private final StoredTexts storedTexts;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	ConsultationHandlingForm(ClipConsultations consultations, StoredTexts storedTexts,
			JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		super(ClipConsultationProcess.PROCESS, ClipConsultationProcess.HANDLE, CONTRACT);
		this.consultations = consultations;
		this.storedTexts = storedTexts;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	@Override
	public void prepare(FormView view) {
		ClipConsultation consultation = this.consultations.get(view.businessKey());
		ClipBusiness business = this.consultations.business(consultation);
		String tie = this.consultations.incidents().tie(business).map(ConsultationIncidents.Tie::text).orElse(null);
		view.show("caseSummary", ConsultationTexts.caseSummary(consultation, business))
			.show("incidentNote", ConsultationTexts.incidentNote(consultation, tie))
			.prefill("closedOn", this.calendar.today())
			.prefill("incidentSummary", consultation.getSummary());
	}

	@Override
	public void validate(Input input, FormContext context, Rules rules) {
		ClipConsultation consultation = this.consultations.get(context.businessKey());
		ClipBusiness business = this.consultations.business(consultation);
		LocalDate today = this.calendar.today();
		boolean calledFor = consultation.getKind() == ConsultationKind.LEAK
				&& this.consultations.incidents().calledFor(business, input.consideringApplication());
		ConsultationRules.checkHandling(consultation, input.advice(), input.outcome(), input.closedOn(), today,
				calledFor, business.getName(), rules);
		this.storedTexts.check(rules, "advice", input.advice(), ClipConsultation.class, "advice");
		if (input.outcome() == ConsultationOutcome.REPORT_AS_INCIDENT && calledFor) {
			this.consultations.incidents().check(consultation, business, facts(input), today, rules);
			// the column of the facts kept on the consultation
			// (clip_consultation.leak_summary)
			rules.add(StoredTexts.violation("incidentSummary", input.incidentSummary(),
					java.util.Optional.of(LEAK_SUMMARY_LENGTH)));
		}
	}

	@Override
	public void complete(Input input, FormContext context) {
		this.consultations.handled(this.consultations.get(context.businessKey()), input, this.currentUser.id());
		context.route(ClipConsultationProcess.VAR_OUTCOME, input.outcome().name());
	}

	/** The leak's facts as the form gives them. */
	static ConsultationLeakFacts facts(Input input) {
		return new ConsultationLeakFacts(input.discoveredOn(), input.occurredOn(), input.category(),
				input.suspectedOnly(), input.personsAffected(), input.sensitive(), input.financialDamage(),
				input.malicious(), input.specificPersonal(), input.specificPersons(), input.networkSystem(),
				input.viewedByUnspecified(), input.secondaryDamageLikely(), input.consideringApplication(),
				input.incidentSummary());
	}

}
