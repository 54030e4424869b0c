package jp.pmark.workflow.merger;

import java.time.LocalDate;
import java.util.List;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.merger.MergerFacts.Counterparty;
import jp.pmark.workflow.merger.MergerFacts.Event;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a merger case may carry, the facts the table reads and what a manager may confirm,
 * without Spring or the engine: each case names the refusals it expects as "RULE field",
 * or none.
 */
class MergerRulesTest {

	static final LocalDate TODAY = LocalDate.parse("2026-06-01");

	static MergerRequest request(boolean newCompanyCase, Event event, Counterparty counterparty,
			String counterpartyName, String corporateNumber, LocalDate notifiedOn, String description) {
		return new MergerRequest("10823456(05)", null, newCompanyCase, event, counterparty, counterpartyName,
				corporateNumber, null, null, true, false, TODAY.plusDays(30), notifiedOn, description);
	}

	static MergerRequest request(Event event, Counterparty counterparty, String counterpartyName) {
		return request(false, event, counterparty, counterpartyName, null, TODAY, null);
	}

	static String refusals(Rules rules) {
		return String.join(",",
				rules.violations().stream().map((violation) -> violation.ruleId() + " " + violation.field()).toList());
	}

	@Test
	@DisplayName("MRG-1 MRG-2 a case without event, other party or dates is refused on each")
	void emptyRequest() {
		Rules rules = new Rules();
		MergerRules.checkRequest(new MergerRequest(null, null, false, null, null, null, null, null, null, false, false,
				null, null, null), TODAY, rules);
		assertThat(refusals(rules)).isEqualTo("MRG-1 event,MRG-1 counterparty,MRG-2 effectiveOn,MRG-2 notifiedOn");
	}

	@ParameterizedTest(
			name = "MRG-1 MRG-2 CHG-5 CHG-6 {0} with {1}, told {2}, corporate number ''{3}'', text ''{4}'': {5}")
	@CsvSource(delimiter = '|', textBlock = """
			MERGER_ABSORBED | HOLDER     | 2026-06-01 |               |              | ''
			MERGER_ABSORBED | HOLDER     | 2026-06-02 |               |              | MRG-2 notifiedOn
			MERGER_ABSORBED | NONE       | 2026-06-01 |               |              | MRG-1 counterparty
			NEW_BUSINESS    | NONE       | 2026-06-01 |               |              | ''
			NEW_BUSINESS    | HOLDER     | 2026-06-01 |               |              | MRG-1 counterparty
			SUCCESSION_OUT  | NON_HOLDER | 2026-06-01 | 7000012050003 |              | CHG-6 counterpartyCorporateNumber
			SUCCESSION_OUT  | NON_HOLDER | 2026-06-01 | 7000012050002 | 123456789018 | CHG-5 description
			""")
	void request(Event event, Counterparty counterparty, LocalDate notifiedOn, String corporateNumber,
			String description, String expected) {
		Rules rules = new Rules();
		MergerRules.checkRequest(request(false, event, counterparty, "相手方", corporateNumber, notifiedOn, description),
				TODAY, rules);
		assertThat(refusals(rules)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "MRG-1 type 7: new company case {0}, {1}, under a registration {2}, name ''{3}'': {4}")
	@CsvSource(delimiter = '|', textBlock = """
			true  | NEW_COMPANY_SPLIT | true  | 新設株式会社 | ''
			true  | NEW_COMPANY_SPLIT | false | 新設株式会社 | MRG-1 newCompanyCase
			true  | SUCCESSION_OUT    | true  | 新設株式会社 | MRG-1 newCompanyCase
			true  | NEW_COMPANY_SPLIT | true  |              | MRG-1 counterpartyName
			false | SUCCESSION_OUT    | true  |              | ''
			""")
	void newCompanyCase(boolean newCompanyCase, Event event, boolean holdsRegistration, String name, String expected) {
		Rules rules = new Rules();
		MergerRules.checkNewCompanyCase(
				request(newCompanyCase, event, Counterparty.NON_HOLDER, name, null, TODAY, null), holdsRegistration,
				rules);
		assertThat(refusals(rules)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "MRG-1 other party {1} of {0}, holder found {2}, applicant found {3}, name ''{4}'': {5}")
	@CsvSource(delimiter = '|', textBlock = """
			MERGER_ABSORBED   | HOLDER     | true  | false | 相手方 | ''
			MERGER_ABSORBED   | HOLDER     | false | false | 相手方 | MRG-1 counterpartyRegistrationNumber
			MERGER_ABSORBED   | APPLICANT  | false | true  |       | ''
			MERGER_ABSORBED   | APPLICANT  | false | false |       | MRG-1 counterpartyApplicationNumber
			MERGER_ABSORBED   | NON_HOLDER | false | false |       | MRG-1 counterpartyName
			NEW_COMPANY_SPLIT | HOLDER     | true  | false |       | MRG-1 counterpartyName
			""")
	void counterparty(Event event, Counterparty counterparty, boolean holderFound, boolean applicantFound, String name,
			String expected) {
		Rules rules = new Rules();
		MergerRules.checkCounterparty(request(event, counterparty, name), holderFound, applicantFound, rules);
		assertThat(refusals(rules)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "MRG-1 new company case {0}, under a registration {1}: {2} {3}")
	@CsvSource(delimiter = '|', textBlock = """
			false | true  | DURING_VALIDITY   | HOLDER
			false | false | DURING_ASSESSMENT | APPLICANT
			true  | true  | DURING_VALIDITY   | NEW_COMPANY
			""")
	void facts(boolean newCompanyCase, boolean holdsRegistration, MergerFacts.Timing timing, MergerFacts.Party party) {
		MergerFacts facts = MergerRules
			.facts(request(newCompanyCase, Event.NEW_COMPANY_SPLIT, Counterparty.NON_HOLDER, "新設", null, TODAY, null),
					holdsRegistration)
			.orElseThrow();
		assertThat(facts)
			.isEqualTo(new MergerFacts(timing, party, Event.NEW_COMPANY_SPLIT, Counterparty.NON_HOLDER, true, false));
	}

	@Test
	@DisplayName("MRG-1 without the event or the other party there are no facts to classify")
	void noFacts() {
		assertThat(MergerRules.facts(request(null, Counterparty.HOLDER, null), true)).isEmpty();
		assertThat(MergerRules.facts(request(Event.MERGER_ABSORBED, null, null), true)).isEmpty();
	}

	@Test
	@DisplayName("MRG-2 the event takes effect on its effective date")
	void inEffect() {
		assertThat(MergerRules.inEffect(TODAY, TODAY)).isTrue();
		assertThat(MergerRules.inEffect(TODAY.minusDays(1), TODAY)).isTrue();
		assertThat(MergerRules.inEffect(TODAY.plusDays(1), TODAY)).isFalse();
	}

	@Test
	@DisplayName("MRG-1 every document due arrived, on a day not after today")
	void documents() {
		List<MergerDocumentType> due = List.of(MergerDocumentType.REPORT, MergerDocumentType.REGISTRY);
		Rules missing = new Rules();
		MergerRules.checkDocuments(due, new MergerDocumentsForm.Input(List.of(due.get(0)), TODAY.plusDays(1)), TODAY,
				missing);
		assertThat(refusals(missing)).isEqualTo("MRG-1 receivedDocuments,MRG-1 documentsReceivedOn");
		Rules complete = new Rules();
		MergerRules.checkDocuments(due, new MergerDocumentsForm.Input(due, TODAY), TODAY, complete);
		assertThat(complete.isEmpty()).isTrue();
	}

	@ParameterizedTest(
			name = "MRG-1 confirmed {0} against the table''s {1}, registration {2}, successor ''{3}'', reason ''{4}'': {5}")
	@CsvSource(delimiter = '|', textBlock = """
			          | ENDS      | true  |      |        | MRG-1 confirmedOutcome
			INQUIRE   | INQUIRE   | true  |      |        | MRG-1 confirmedOutcome
			ENDS      | ENDS      | true  |      |        | ''
			CONTINUES | ENDS      | true  |      |        | MRG-1 confirmationReason
			CONTINUES | ENDS      | true  |      | 事情あり | ''
			PASSES    | PASSES    | true  | 承継社 |        | MRG-1 confirmationReason
			PASSES    | PASSES    | true  | 承継社 | 承継を確認 | ''
			PASSES    | PASSES    | false | 承継社 | 承継を確認 | MRG-1 confirmedOutcome
			PASSES    | PASSES    | true  |      | 承継を確認 | MRG-1 confirmedOutcome
			ENDS      | ENDS      | true  |      | 123456789018 | CHG-5 confirmationReason
			""")
	void outcome(MergerOutcome confirmed, MergerOutcome table, boolean hasRegistration, String successor, String reason,
			String expected) {
		Rules rules = new Rules();
		MergerRules.checkOutcome(new MergerOutcomeForm.Input(confirmed, reason), table, hasRegistration, successor,
				rules);
		assertThat(refusals(rules)).isEqualTo(expected);
	}

}
