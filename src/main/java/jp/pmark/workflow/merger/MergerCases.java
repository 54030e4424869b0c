package jp.pmark.workflow.merger;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.Numbering;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.CorporateNumbers;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.letter.Letters;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.RegistrationLifecycle;
import jp.pmark.workflow.registration.Registrations;
import org.camunda.bpm.engine.delegate.DelegateExecution;

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
		rules.require(request.event() != null, "event", RuleId.MRG_1, "choose-what-happens");
		rules.require(request.counterparty() != null, "counterparty", RuleId.MRG_1, "choose-who-other-party");
		rules.require(request.effectiveOn() != null, "effectiveOn", RuleId.MRG_2, "enter-effective-date");
		rules.require(request.notifiedOn() != null && !request.notifiedOn().isAfter(this.calendar.today()),
				"notifiedOn", RuleId.MRG_2, "enter-day-body-told-today");
		rules.add(IndividualNumbers.check("description", request.description()));
		rules.add(IndividualNumbers.check("counterpartyName", request.counterpartyName()));
		if (request.counterpartyCorporateNumber() != null && !request.counterpartyCorporateNumber().isBlank()) {
			rules.add(CorporateNumbers.check("counterpartyCorporateNumber", request.counterpartyCorporateNumber()));
		}
		if (request.event() == MergerFacts.Event.NEW_BUSINESS) {
			rules.require(request.counterparty() == null || request.counterparty() == MergerFacts.Counterparty.NONE,
					"counterparty", RuleId.MRG_1, "new-business-no-other-party");
		}
		else if (request.counterparty() == MergerFacts.Counterparty.NONE) {
			rules.refuse("counterparty", RuleId.MRG_1, "choose-other-party");
		}
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
		if (request.newCompanyCase()) {
			rules.require(registration != null && request.event() == MergerFacts.Event.NEW_COMPANY_SPLIT,
					"newCompanyCase", RuleId.MRG_1, "new-company-case-entered-under");
		}
		rules.require(!request.newCompanyCase() || !blank(request.counterpartyName()), "counterpartyName", RuleId.MRG_1,
				"enter-new-company-name");
		// the other party
		Registration counterpartyRegistration = null;
		Application counterpartyApplication = null;
		if (request.counterparty() == MergerFacts.Counterparty.HOLDER) {
			counterpartyRegistration = blank(request.counterpartyRegistrationNumber()) ? null
					: this.registrations.find(request.counterpartyRegistrationNumber().trim())
						.filter((found) -> found.getStatus().isValid())
						.orElse(null);
			rules.require(counterpartyRegistration != null, "counterpartyRegistrationNumber", RuleId.MRG_1,
					"enter-other-holder-valid");
		}
		if (request.counterparty() == MergerFacts.Counterparty.APPLICANT) {
			counterpartyApplication = blank(request.counterpartyApplicationNumber()) ? null
					: this.applications.find(request.counterpartyApplicationNumber().trim())
						.filter((found) -> !found.getStatus().isConcluded())
						.orElse(null);
			rules.require(counterpartyApplication != null, "counterpartyApplicationNumber", RuleId.MRG_1,
					"enter-other-party-application-under");
		}
		if (request.counterparty() == MergerFacts.Counterparty.NON_HOLDER
				|| request.event() == MergerFacts.Event.NEW_COMPANY_SPLIT) {
			rules.require(!blank(request.counterpartyName()), "counterpartyName", RuleId.MRG_1,
					"enter-other-party-name");
		}
		if (request.event() == null || request.counterparty() == null) {
			return Optional.empty();
		}
		MergerFacts.Timing timing = (registration != null) ? MergerFacts.Timing.DURING_VALIDITY
				: MergerFacts.Timing.DURING_ASSESSMENT;
		MergerFacts.Party party = request.newCompanyCase() ? MergerFacts.Party.NEW_COMPANY
				: (registration != null) ? MergerFacts.Party.HOLDER : MergerFacts.Party.APPLICANT;
		MergerFacts facts = new MergerFacts(timing, party, request.event(), request.counterparty(),
				request.wholeBusiness(), request.successorDormant());
		return Optional.of(new Parties(subject, registration, application, counterpartyRegistration,
				counterpartyApplication, facts));
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
		String detail = "合併・分社等の案件 " + number + "（類型 " + result.type() + "、効力発生日 " + request.effectiveOn() + "）を登録しました";
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
		return !mergerCase.getEffectiveOn().isAfter(this.calendar.today());
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
	public void apply(DelegateExecution execution) {
		MergerCase mergerCase = get(execution.getProcessBusinessKey());
		String actor = this.currentUser.id();
		String why = "合併・分社等 " + mergerCase.getCaseNumber() + "（類型 " + mergerCase.getMergerType() + "）";
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
	public void notifyOutcome(DelegateExecution execution) {
		MergerCase mergerCase = get(execution.getProcessBusinessKey());
		Applicant subject = this.applicants.get(mergerCase.getApplicantId());
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("案件番号", mergerCase.getCaseNumber());
		contents.put("事業者名", subject.getName());
		contents.put("合併・分社等の内容", mergerCase.facts().event().japaneseName());
		contents.put("効力発生日", mergerCase.getEffectiveOn().toString());
		contents.put("類型", mergerCase.getMergerType());
		contents.put("プライバシーマーク付与の地位", mergerCase.getConfirmedOutcome().japaneseName());
		contents.put("説明", mergerCase.getStatusText());
		if (mergerCase.getConfirmationReason() != null) {
			contents.put("当センターの判断", mergerCase.getConfirmationReason());
		}
		this.letters.record(mergerCase.getApplicationId(), mergerCase.getCaseNumber(), "MERGER_OUTCOME",
				"合併・分社等に伴うプライバシーマーク付与の地位について", subject.recipient(), contents, this.currentUser.id());
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
		Applicant subject = this.applicants.get(mergerCase.getApplicantId());
		MergerFacts facts = mergerCase.facts();
		StringBuilder text = new StringBuilder();
		text.append("案件番号：").append(mergerCase.getCaseNumber()).append('\n');
		text.append("事業者：").append(subject.getName()).append("（").append(facts.party().japaneseName()).append("）\n");
		if (mergerCase.getRegistrationId() != null) {
			Registration registration = this.registrations.get(mergerCase.getRegistrationId());
			text.append("登録：")
				.append(registration.getRegistrationNumber())
				.append("（")
				.append(registration.getStatus().japaneseName())
				.append("、有効期間 ")
				.append(registration.getValidFrom())
				.append("〜")
				.append(registration.getValidUntil())
				.append("）\n");
		}
		if (mergerCase.getApplicationId() != null) {
			text.append("審査中の申請：")
				.append(this.applications.get(mergerCase.getApplicationId()).getApplicationNumber())
				.append('\n');
		}
		text.append("発効の時期：").append(facts.timing().japaneseName()).append('\n');
		text.append("内容：").append(facts.event().japaneseName()).append('\n');
		text.append("相手方：")
			.append(facts.counterparty().japaneseName())
			.append((mergerCase.getCounterpartyName() != null) ? "（" + mergerCase.getCounterpartyName() + "）" : "")
			.append('\n');
		if (facts.wholeBusiness()) {
			text.append("事業の全部を承継させる\n");
		}
		if (facts.successorDormant()) {
			text.append("承継する事業者は実質的に事業を行っていない\n");
		}
		text.append("効力発生日：")
			.append(mergerCase.getEffectiveOn())
			.append("（連絡 ")
			.append(mergerCase.getNotifiedOn())
			.append("）\n");
		if (mergerCase.getDescription() != null) {
			text.append("連絡の内容：").append(mergerCase.getDescription()).append('\n');
		}
		text.append("類型（判定表）：")
			.append(mergerCase.getMergerType())
			.append(" → ")
			.append(mergerCase.getOutcome().japaneseName())
			.append('\n');
		text.append("付与の地位：").append(mergerCase.getStatusText()).append('\n');
		text.append("提出書類：").append(documentsDueText(mergerCase));
		return text.toString();
	}

	public String documentsDueText(MergerCase mergerCase) {
		List<MergerDocumentType> due = mergerCase.documentsDue();
		return due.isEmpty() ? "なし"
				: due.stream().map(MergerDocumentType::japaneseName).collect(Collectors.joining("、"));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
