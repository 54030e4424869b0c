package jp.pmark.workflow.merger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.CorporateNumbers;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;

/**
 * What a merger case may carry, the facts the decision table reads, and what staff may
 * decide on it (MRG-1, MRG-2, CHG-5, CHG-6): plain rules, no engine, no database.
 * {@link MergerCases} finds the registrations and applications involved and asks them;
 * the task forms ask them of a submission.
 */
final class MergerRules {

	private MergerRules() {
	}

	/**
	 * MRG-1 MRG-2 CHG-5 CHG-6: what happens and who the other party is (none only for a
	 * new business), the effective date, the day the body was told (not after today), no
	 * individual number, a valid corporate number of the other party.
	 */
	static void checkRequest(MergerRequest request, LocalDate today, Rules rules) {
		rules.require(request.event() != null, "event", RuleId.MRG_1, "choose-what-happens");
		rules.require(request.counterparty() != null, "counterparty", RuleId.MRG_1, "choose-who-other-party");
		rules.require(request.effectiveOn() != null, "effectiveOn", RuleId.MRG_2, "enter-effective-date");
		rules.require(request.notifiedOn() != null && !request.notifiedOn().isAfter(today), "notifiedOn", RuleId.MRG_2,
				"enter-day-body-told-today");
		rules.add(IndividualNumbers.check("description", request.description()));
		rules.add(IndividualNumbers.check("counterpartyName", request.counterpartyName()));
		if (!blank(request.counterpartyCorporateNumber())) {
			rules.add(CorporateNumbers.check("counterpartyCorporateNumber", request.counterpartyCorporateNumber()));
		}
		if (request.event() == MergerFacts.Event.NEW_BUSINESS) {
			rules.require(request.counterparty() == null || request.counterparty() == MergerFacts.Counterparty.NONE,
					"counterparty", RuleId.MRG_1, "new-business-no-other-party");
		}
		else if (request.counterparty() == MergerFacts.Counterparty.NONE) {
			rules.refuse("counterparty", RuleId.MRG_1, "choose-other-party");
		}
	}

	/**
	 * MRG-1 (type 7): a case about the new company of a new-company split is entered
	 * under the holder's registration, with the new company's name.
	 * @param holdsRegistration the case was entered under a valid registration
	 */
	static void checkNewCompanyCase(MergerRequest request, boolean holdsRegistration, Rules rules) {
		if (request.newCompanyCase()) {
			rules.require(holdsRegistration && request.event() == MergerFacts.Event.NEW_COMPANY_SPLIT, "newCompanyCase",
					RuleId.MRG_1, "new-company-case-entered-under");
		}
		rules.require(!request.newCompanyCase() || !blank(request.counterpartyName()), "counterpartyName", RuleId.MRG_1,
				"enter-new-company-name");
	}

	/**
	 * MRG-1: the other party as the case names it: a holder by its valid registration, an
	 * applicant by its application under assessment, anyone else (and a new company) by
	 * name.
	 * @param holderFound a holder's valid registration was found by its number
	 * @param applicantFound an applicant's running application was found by its number
	 */
	static void checkCounterparty(MergerRequest request, boolean holderFound, boolean applicantFound, Rules rules) {
		if (request.counterparty() == MergerFacts.Counterparty.HOLDER) {
			rules.require(holderFound, "counterpartyRegistrationNumber", RuleId.MRG_1, "enter-other-holder-valid");
		}
		if (request.counterparty() == MergerFacts.Counterparty.APPLICANT) {
			rules.require(applicantFound, "counterpartyApplicationNumber", RuleId.MRG_1,
					"enter-other-party-application-under");
		}
		if (request.counterparty() == MergerFacts.Counterparty.NON_HOLDER
				|| request.event() == MergerFacts.Event.NEW_COMPANY_SPLIT) {
			rules.require(!blank(request.counterpartyName()), "counterpartyName", RuleId.MRG_1,
					"enter-other-party-name");
		}
	}

	/**
	 * MRG-1: the facts the decision table reads: during the validity when the case was
	 * entered under a registration, else during the assessment; the party a holder, an
	 * applicant, or the new company of a split. None while the event or the other party
	 * is missing.
	 */
	static Optional<MergerFacts> facts(MergerRequest request, boolean holdsRegistration) {
		if (request.event() == null || request.counterparty() == null) {
			return Optional.empty();
		}
		MergerFacts.Timing timing = holdsRegistration ? MergerFacts.Timing.DURING_VALIDITY
				: MergerFacts.Timing.DURING_ASSESSMENT;
		MergerFacts.Party party = request.newCompanyCase() ? MergerFacts.Party.NEW_COMPANY
				: holdsRegistration ? MergerFacts.Party.HOLDER : MergerFacts.Party.APPLICANT;
		return Optional.of(new MergerFacts(timing, party, request.event(), request.counterparty(),
				request.wholeBusiness(), request.successorDormant()));
	}

	/** MRG-2: whether the event has taken effect. */
	static boolean inEffect(LocalDate effectiveOn, LocalDate today) {
		return !effectiveOn.isAfter(today);
	}

	/**
	 * MRG-1: every document the table calls for arrived, on a day not after today.
	 */
	static void checkDocuments(List<MergerDocumentType> due, MergerDocumentsForm.Input input, LocalDate today,
			Rules rules) {
		List<MergerDocumentType> received = input.receivedDocuments();
		for (MergerDocumentType type : due) {
			rules.require(received.contains(type), "receivedDocuments", RuleId.MRG_1, "document-not-arrived",
					type.japaneseName(), type.name());
		}
		LocalDate receivedOn = input.documentsReceivedOn();
		rules.require(receivedOn != null && !receivedOn.isAfter(today), "documentsReceivedOn", RuleId.MRG_1,
				"enter-day-documents-were-complete");
	}

	/**
	 * MRG-1: the manager confirms an outcome (not "inquire"); gives the reason where the
	 * body decides (the status passes) or departs from the table; the status passes only
	 * from a registration to a named business.
	 * @param table what the decision table says for the party
	 * @param hasRegistration the case concerns a registration
	 * @param counterpartyName the other party's name, or null
	 */
	static void checkOutcome(MergerOutcomeForm.Input input, MergerOutcome table, boolean hasRegistration,
			String counterpartyName, Rules rules) {
		MergerOutcome outcome = input.confirmedOutcome();
		if (outcome == null || outcome == MergerOutcome.INQUIRE) {
			rules.refuse("confirmedOutcome", RuleId.MRG_1, "choose-outcome");
			return;
		}
		rules.add(IndividualNumbers.check("confirmationReason", input.confirmationReason()));
		boolean decided = outcome != table || outcome == MergerOutcome.PASSES;
		rules.require(!decided || (input.confirmationReason() != null), "confirmationReason", RuleId.MRG_1,
				"give-reason-outcome-body-decides");
		if (outcome == MergerOutcome.PASSES) {
			rules.require(hasRegistration && counterpartyName != null, "confirmedOutcome", RuleId.MRG_1,
					"status-passes-from-registration");
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
