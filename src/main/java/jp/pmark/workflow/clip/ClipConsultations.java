package jp.pmark.workflow.clip;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.Numbering;
import jp.pmark.workflow.common.RuleViolationException;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StoredTexts;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import jp.pmark.workflow.incident.Incident;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 苦情・漏えい相談 (CLIP-4, CLIP-5): records a consultation of a certified business that
 * {@link ConsultationRules} let through, starts its process when it came through the API,
 * records the advisor's conclusion, takes a leak as an incident report where
 * {@link ConsultationIncidents} says the Privacy Mark's rules call for one, and writes
 * the result to the business ({@link ConsultationLetters}).
 */
@Service("clipConsultations")
public class ClipConsultations {

	private final ClipConsultationRepository consultations;

	private final ClipBusinesses businesses;

	private final ClipBusinessRepository businessRecords;

	private final ConsultationIncidents incidents;

	private final ConsultationLetters letters;

	private final ClipConsultationInstances instances;

	private final Numbering numbering;

	private final StoredTexts storedTexts;

	private final JapaneseBusinessCalendar calendar;

	private final CurrentUser currentUser;

	ClipConsultations(ClipConsultationRepository consultations, ClipBusinesses businesses,
			ClipBusinessRepository businessRecords, ConsultationIncidents incidents, ConsultationLetters letters,
			ClipConsultationInstances instances, Numbering numbering, StoredTexts storedTexts,
			JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		this.consultations = consultations;
		this.businesses = businesses;
		this.businessRecords = businessRecords;
		this.incidents = incidents;
		this.letters = letters;
		this.instances = instances;
		this.numbering = numbering;
		this.storedTexts = storedTexts;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	/**
	 * CLIP-4, CLIP-5, GEN-2: the consultation's rules, and its texts fit their columns.
	 */
	void check(ConsultationRequest request, Rules rules) {
		ClipBusiness business = ConsultationRules.blank(request.enrolmentNumber()) ? null
				: this.businesses.find(request.enrolmentNumber().trim()).orElse(null);
		ConsultationRules.checkRequest(request, business, this.calendar.today(), rules);
		this.storedTexts.check(rules, "summary", request.summary(), ClipConsultation.class, "summary");
		this.storedTexts.check(rules, "firstHandlingNote", request.firstHandlingNote(), ClipConsultation.class,
				"firstHandlingNote");
		this.storedTexts.check(rules, "complainantName", request.complainantName(), ClipConsultation.class,
				"complainantName");
		this.storedTexts.check(rules, "complainantContact", request.complainantContact(), ClipConsultation.class,
				"complainantContact");
	}

	/** Records a consultation that passes {@link #check}. */
	@Transactional
	public ClipConsultation register(ConsultationRequest request, String receivedBy) {
		Rules rules = new Rules();
		check(request, rules);
		rules.throwIfAny();
		ClipBusiness business = this.businesses.get(request.enrolmentNumber().trim());
		String number = this.numbering.next("CC", this.calendar.today().getYear(), 4);
		return this.consultations.save(new ClipConsultation(number, business, trimmed(request), receivedBy));
	}

	/** A consultation that came through the API: recorded, and its process started. */
	@Transactional
	public ClipConsultation receive(ConsultationRequest request, String receivedBy) {
		ClipConsultation consultation = register(request, receivedBy);
		this.instances.start(consultation.getConsultationNumber(), variables(consultation));
		return consultation;
	}

	/** What the process keeps: routing and what the task list shows. */
	Map<String, Object> variables(ClipConsultation consultation) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(ClipConsultationProcess.VAR_CONSULTATION_NUMBER, consultation.getConsultationNumber());
		variables.put(ClipConsultationProcess.VAR_BUSINESS_NAME, business(consultation).getName());
		variables.put(ClipConsultationProcess.VAR_KIND, consultation.getKind().name());
		return variables;
	}

	/** CLIP-4, CLIP-5: the advisor's advice and conclusion. */
	@Transactional
	void handled(ClipConsultation consultation, ConsultationHandlingForm.Input input, String by) {
		ConsultationLeakFacts facts = (input.outcome() == ConsultationOutcome.REPORT_AS_INCIDENT)
				? ConsultationHandlingForm.facts(input) : null;
		consultation.handled(input.advice(), input.outcome(), input.closedOn(), facts, by);
		this.consultations.save(consultation);
	}

	/**
	 * 事故の報告として受け付ける (service task): the leak becomes an incident report, its process
	 * started, and the consultation keeps the incident's number.
	 */
	@Transactional
	public void reportAsIncident(String consultationNumber) {
		ClipConsultation consultation = get(consultationNumber);
		if (consultation.getIncidentNumber() != null) {
			return;
		}
		Incident incident = this.incidents.report(consultation, business(consultation), this.calendar.today(),
				this.currentUser.id());
		consultation.reportedAsIncident(incident.getIncidentNumber());
		this.consultations.save(consultation);
	}

	/** 相談の結果を通知する (service task): the letter to the business. */
	@Transactional
	public void notifyResult(String consultationNumber) {
		ClipConsultation consultation = get(consultationNumber);
		this.letters.result(consultation, business(consultation), this.currentUser.id());
	}

	// reading

	public Optional<ClipConsultation> find(String consultationNumber) {
		return this.consultations.findByConsultationNumber(consultationNumber);
	}

	public ClipConsultation get(String consultationNumber) {
		return find(consultationNumber).orElseThrow(() -> new RuleViolationException(
				RuleViolation.of("consultationNumber", RuleId.CLIP_4, "no-consultation", consultationNumber)));
	}

	public ClipBusiness business(ClipConsultation consultation) {
		return this.businessRecords.findById(consultation.getBusinessId()).orElseThrow();
	}

	ConsultationIncidents incidents() {
		return this.incidents;
	}

	private static ConsultationRequest trimmed(ConsultationRequest request) {
		return new ConsultationRequest(request.enrolmentNumber().trim(), request.kind(), request.raisedBy(),
				trim(request.complainantName()), trim(request.complainantContact()), request.receivedOn(),
				request.channel(), trim(request.summary()), request.firstHandling(), trim(request.firstHandlingNote()));
	}

	private static String trim(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
