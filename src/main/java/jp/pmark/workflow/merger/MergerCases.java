package jp.pmark.workflow.merger;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.Numbering;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.letter.Letters;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.RegistrationLifecycle;
import jp.pmark.workflow.registration.Registrations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merger cases (MRG-1, MRG-2): checks and records what staff were told, classifies it by
 * the decision table, and applies the outcome staff confirmed to the registrations and
 * applications involved. The steps of {@code PmarkMergerProcess} call it as
 * {@code mergerCases}.
 */
@Service("mergerCases")
public class MergerCases {

	/** Who the case is about, found from its numbers. */
	record Parties(Applicant subject, Registration registration, Application application,
			Registration counterpartyRegistration, Application counterpartyApplication, MergerFacts facts) {
	}

	private final MergerCaseRepository cases;

	private final MergerDocumentRepository documents;

	private final MergerClassification classification;

	private final ApplicantService applicants;

	private final Applications applications;

	private final Registrations registrations;

	private final RegistrationLifecycle lifecycle;

	private final Numbering numbering;

	private final JapaneseBusinessCalendar calendar;

	private final Letters letters;

	private final CurrentUser currentUser;

	MergerCases(MergerCaseRepository cases, MergerDocumentRepository documents, MergerClassification classification,
			ApplicantService applicants, Applications applications, Registrations registrations,
			RegistrationLifecycle lifecycle, Numbering numbering, JapaneseBusinessCalendar calendar, Letters letters,
			CurrentUser currentUser) {
		this.cases = cases;
		this.documents = documents;
		this.classification = classification;
		this.applicants = applicants;
		this.applications = applications;
		this.registrations = registrations;
		this.lifecycle = lifecycle;
		this.numbering = numbering;
		this.calendar = calendar;
		this.letters = letters;
		this.currentUser = currentUser;
	}

	/**
	 * Adds a refusal for what the case may not carry: a business that neither holds the
	 * mark nor is under assessment, facts that do not fit together, a missing date, a bad
	 * corporate number (CHG-6), an individual number (CHG-5).
	 */
	public Optional<Parties> check(MergerRequest request, Rules rules) {
		MergerRules.checkRequest(request, this.calendar.today(), rules);
		// the business the case is about
		Registration registration = null;
		Application application = null;
		Applicant subject;
		if (blank(request.registrationNumber()) && blank(request.applicationNumber())) {
			rules.refuse("registrationNumber", RuleId.MRG_1, "give-registration-application-number");
			return Optional.empty();
		}
		if (!blank(request.registrationNumber())) {
			registration = this.registrations.find(request.registrationNumber().trim()).orElse(null);
			if (registration == null || !registration.getStatus().isValid()) {
				rules.refuse("registrationNumber", RuleId.MRG_1, "no-valid-registration",
						request.registrationNumber().trim());
				return Optional.empty();
			}
			subject = this.applicants.get(registration.getApplicantId());
		}
		else {
			application = this.applications.find(request.applicationNumber().trim()).orElse(null);
			if (application == null || application.getStatus().isConcluded()) {
				rules.refuse("applicationNumber", RuleId.MRG_1, "no-application-under-assessment",
						request.applicationNumber().trim());
				return Optional.empty();
			}
			subject = application.getApplicant();
		}
		MergerRules.checkNewCompanyCase(request, registration != null, rules);
		// the other party
		Registration counterpartyRegistration = null;
		Application counterpartyApplication = null;
		if (request.counterparty() == MergerFacts.Counterparty.HOLDER
				&& !blank(request.counterpartyRegistrationNumber())) {
			counterpartyRegistration = this.registrations.find(request.counterpartyRegistrationNumber().trim())
				.filter((found) -> found.getStatus().isValid())
				.orElse(null);
		}
		if (request.counterparty() == MergerFacts.Counterparty.APPLICANT
				&& !blank(request.counterpartyApplicationNumber())) {
			counterpartyApplication = this.applications.find(request.counterpartyApplicationNumber().trim())
				.filter((found) -> !found.getStatus().isConcluded())
				.orElse(null);
		}
		MergerRules.checkCounterparty(request, counterpartyRegistration != null, counterpartyApplication != null,
				rules);
		Optional<MergerFacts> facts = MergerRules.facts(request, registration != null);
		if (facts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Parties(subject, registration, application, counterpartyRegistration,
				counterpartyApplication, facts.get()));
	}

	/** Records a case that passed {@link #check}, classified by the decision table. */
	@Transactional
	public MergerCase register(MergerRequest request, String by) {
		Rules rules = new Rules();
		Parties parties = check(request, rules).orElse(null);
		rules.throwIfAny();
		MergerClassification.Result result = this.classification.classify(parties.facts());
		String number = this.numbering.next("MG", this.calendar.today().getYear(), 4);
		MergerCase mergerCase = this.cases.save(new MergerCase(number, parties.subject().getId(),
				(parties.registration() != null) ? parties.registration().getId() : null,
				(parties.application() != null) ? parties.application().getId() : null, parties.facts(), request,
				(parties.counterpartyRegistration() != null) ? parties.counterpartyRegistration().getId() : null,
				(parties.counterpartyApplication() != null) ? parties.counterpartyApplication().getId() : null, result,
				by));
		String detail = MergerTexts.registered(number, result, request);
		if (parties.registration() != null) {
			this.lifecycle.note(parties.registration().getId(), by, "MERGER_NOTIFIED", detail);
		}
		if (parties.application() != null) {
			this.applications.journal(parties.application().getApplicationNumber(), "MERGER_NOTIFIED", detail, by);
		}
		return mergerCase;
	}

	/** MRG-2: the effective date: an early notice waits for its start. */
	public Date effectiveAt(String caseNumber) {
		return Date.from(get(caseNumber).getEffectiveOn().atStartOfDay(this.calendar.zone()).toInstant());
	}

	/** Whether the event has taken effect. */
	public boolean inEffect(MergerCase mergerCase) {
		return MergerRules.inEffect(mergerCase.getEffectiveOn(), this.calendar.today());
	}

	@Transactional
	void documentsReceived(MergerCase mergerCase, List<MergerDocumentType> received, LocalDate receivedOn, String by) {
		for (MergerDocumentType type : received) {
			this.documents.save(new MergerDocument(mergerCase.getId(), type, receivedOn, by));
		}
	}

	/**
	 * The case reached a step: the documents are awaited, or the outcome is confirmed.
	 */
	@Transactional
	void reached(MergerCase mergerCase, MergerCase.State state) {
		mergerCase.setState(state);
		this.cases.save(mergerCase);
	}

	@Transactional
	void confirmed(MergerCase mergerCase, MergerOutcome outcome, String reason, String by) {
		mergerCase.confirm(outcome, reason, by);
		this.cases.save(mergerCase);
	}

	/**
	 * MRG-1: applies the confirmed outcome: a status that ends cancels the registration
	 * (its life cycle and timers stop); one that passes moves the registration to the
	 * other business; the other party's outcome likewise; an application's journal
	 * records what becomes of it.
	 */
	@Transactional
	public void apply(String caseNumber) {
		MergerCase mergerCase = get(caseNumber);
		String actor = this.currentUser.id();
		String why = MergerTexts.why(mergerCase);
		MergerOutcome outcome = mergerCase.getConfirmedOutcome();
		if (mergerCase.getRegistrationId() != null && mergerCase.facts().party() == MergerFacts.Party.HOLDER) {
			applyToRegistration(mergerCase, mergerCase.getRegistrationId(), outcome, why, actor);
		}
		if (mergerCase.getRegistrationId() != null && mergerCase.facts().party() == MergerFacts.Party.NEW_COMPANY) {
			this.lifecycle.note(mergerCase.getRegistrationId(), actor, "MERGER_APPLIED",
					why + "：新設会社 " + mergerCase.getCounterpartyName() + " は" + outcome.japaneseName());
		}
		if (mergerCase.getApplicationId() != null) {
			this.applications.journal(this.applications.get(mergerCase.getApplicationId()).getApplicationNumber(),
					"MERGER_APPLIED", why + "：申請は" + outcome.japaneseName(), actor);
		}
		MergerOutcome other = mergerCase.getCounterpartyOutcome();
		if (other != null && mergerCase.getCounterpartyRegistrationId() != null) {
			applyToRegistration(mergerCase, mergerCase.getCounterpartyRegistrationId(), other, why + "の相手方", actor);
		}
		if (other != null && mergerCase.getCounterpartyApplicationId() != null) {
			this.applications.journal(
					this.applications.get(mergerCase.getCounterpartyApplicationId()).getApplicationNumber(),
					"MERGER_APPLIED", why + "の相手方として：申請は" + other.japaneseName(), actor);
		}
		mergerCase.setState(MergerCase.State.APPLIED);
		this.cases.save(mergerCase);
	}

	private void applyToRegistration(MergerCase mergerCase, Long registrationId, MergerOutcome outcome, String why,
			String actor) {
		switch (outcome) {
			case ENDS -> this.lifecycle.cancel(registrationId, why + "により解除", actor);
			case PASSES -> {
				Applicant successor = this.applicants.successor(mergerCase.getCounterpartyName(),
						mergerCase.getCounterpartyCorporateNumber(), actor);
				Applicant holder = this.applicants.get(this.registrations.get(registrationId).getApplicantId());
				this.registrations.transfer(registrationId, successor.getId(),
						why + "：" + holder.getName() + " → " + successor.getName(), actor);
			}
			default ->
				this.lifecycle.note(registrationId, actor, "MERGER_APPLIED", why + "：付与の地位は" + outcome.japaneseName());
		}
	}

	/** Tells the business how its status is handled. */
	@Transactional
	public void notifyOutcome(String caseNumber) {
		MergerCase mergerCase = get(caseNumber);
		Applicant subject = this.applicants.get(mergerCase.getApplicantId());
		this.letters.record(mergerCase.getApplicationId(), mergerCase.getCaseNumber(), "MERGER_OUTCOME",
				MergerTexts.OUTCOME_LETTER_TITLE, subject.recipient(),
				MergerTexts.outcomeLetter(mergerCase, subject.getName()), this.currentUser.id());
	}

	// reading

	public Optional<MergerCase> find(String caseNumber) {
		return this.cases.findByCaseNumber(caseNumber);
	}

	public MergerCase get(String caseNumber) {
		return find(caseNumber).orElseThrow(() -> new IllegalArgumentException("no merger case " + caseNumber));
	}

	public List<MergerCase> ofApplicant(Long applicantId) {
		return this.cases.findByApplicantIdOrderById(applicantId);
	}

	public List<MergerDocument> documents(MergerCase mergerCase) {
		return this.documents.findByMergerCaseIdOrderById(mergerCase.getId());
	}

	/** The case at a glance, for the forms. */
	@Transactional(readOnly = true)
	public String summary(MergerCase mergerCase) {
		return MergerTexts.summary(mergerCase, this.applicants.get(mergerCase.getApplicantId()).getName(),
				(mergerCase.getRegistrationId() != null) ? this.registrations.get(mergerCase.getRegistrationId())
						: null,
				(mergerCase.getApplicationId() != null)
						? this.applications.get(mergerCase.getApplicationId()).getApplicationNumber() : null);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
