package jp.pmark.workflow.incident;

import java.time.LocalDate;
import java.util.List;

import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import jp.pmark.workflow.registration.RegistrationStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a report may be, without Spring or the engine; today is 2025-06-10. */
class ReportRulesTest {

	static final LocalDate TODAY = LocalDate.parse("2025-06-10");

	/** A leak of 10 persons' data discovered yesterday, reported today as a notice. */
	static IncidentRequest report(LocalDate discoveredOn, LocalDate occurredOn, Integer persons,
			boolean specificPersonal, Integer specificPersons, boolean networkSystem, String summary,
			LocalDate reportedOn) {
		return new IncidentRequest(ReporterStatus.HOLDER, "10823456(05)", null, null, null, discoveredOn, occurredOn,
				IncidentCategory.LEAK, false, persons, false, specificPersonal, specificPersons, networkSystem, false,
				false, false, false, false, summary, ReportKind.NOTICE, reportedOn, Channel.ONLINE);
	}

	static List<String> refused(IncidentRequest request) {
		Rules rules = new Rules();
		ReportRules.checkFacts(request, TODAY, rules);
		return rules.violations().stream().map(RuleViolation::field).toList();
	}

	@Test
	@DisplayName("INC-2 INC-3 INC-7 an ordinary report passes")
	void ordinary() {
		assertThat(refused(report(TODAY.minusDays(1), TODAY.minusDays(2), 10, false, null, false, "委託先から漏えい", TODAY)))
			.isEmpty();
	}

	@ParameterizedTest(name = "INC-2 discovered {0}, occurred {1}, reported {2}: refused {3}")
	@CsvSource(nullValues = "-",
			value = { "-, -, -, discoveredOn", "2025-06-11, -, -, discoveredOn",
					"2025-06-10, 2025-06-11, -, occurredOn", "2025-06-10, 2025-06-10, 2025-06-11, reportedOn",
					"2025-06-10, 2025-06-10, 2025-06-10, -" })
	void dates(LocalDate discoveredOn, LocalDate occurredOn, LocalDate reportedOn, String field) {
		assertThat(refused(report(discoveredOn, occurredOn, 10, false, null, false, "概要", reportedOn)))
			.containsExactlyElementsOf((field == null) ? List.of() : List.of(field));
	}

	@ParameterizedTest(name = "INC-3 persons {0}, specific personal {1} for {2}, network system {3}: refused {4}")
	@CsvSource(nullValues = "-", value = { "-, false, -, false, personsAffected",
			"-1, false, -, false, personsAffected", "0, false, 0, false, -", "10, true, -, false, specificPersons",
			"10, true, 0, false, specificPersons", "10, true, 10, false, -", "10, true, 11, false, specificPersons",
			"10, false, 3, false, specificPersons", "10, false, -, true, specificPersonal", "10, true, 5, true, -" })
	void persons(Integer persons, boolean specificPersonal, Integer specificPersons, boolean networkSystem,
			String field) {
		assertThat(refused(report(TODAY, null, persons, specificPersonal, specificPersons, networkSystem, "概要", null)))
			.containsExactlyElementsOf((field == null) ? List.of() : List.of(field));
	}

	@Test
	@DisplayName("INC-7 CHG-5 a report needs a summary, and no individual number in it")
	void summary() {
		assertThat(refused(report(TODAY, null, 10, false, null, false, " ", null))).containsExactly("summary");
		assertThat(refused(report(TODAY, null, 10, false, null, false, "番号 123456789018 が漏えい", null)))
			.containsExactly("summary");
	}

	@ParameterizedTest(name = "INC-2 a later {0} report received {1} with summary {2}: refused {3}")
	@CsvSource(nullValues = "-",
			value = { "PROMPT, 2025-06-10, 速報, -", "FINAL, 2025-06-10, 確報, -", "NOTICE, 2025-06-10, 一報, kind",
					"-, 2025-06-10, 速報, kind", "PROMPT, -, 速報, receivedOn", "FINAL, 2025-06-10, -, summary" })
	void laterReport(ReportKind kind, LocalDate receivedOn, String summary, String field) {
		Rules rules = new Rules();
		ReportRules.checkLaterReport(kind, receivedOn, summary, "receivedOn", "summary", rules);
		assertThat(rules.violations()).extracting(RuleViolation::field)
			.containsExactlyElementsOf((field == null) ? List.of() : List.of(field));
		assertThat(rules.violations()).allMatch((violation) -> violation.ruleId().equals("INC-2"));
	}

	@Test
	@DisplayName("INC-2 a day already refused as no date is not asked for again")
	void dayRefusedOnce() {
		Rules rules = new Rules().refuse("reportReceivedOn", RuleId.INC_2, "date-format");
		ReportRules.checkLaterReport(ReportKind.PROMPT, null, "速報", "reportReceivedOn", "reportSummary", rules);
		assertThat(rules.violations()).extracting(RuleViolation::field).containsExactly("reportReceivedOn");
	}

	@ParameterizedTest(name = "INC-1 INC-6 an incident concerns a registration {0}")
	@EnumSource(value = RegistrationStatus.class, names = { "VALID", "RENEWAL_WINDOW_OPEN", "RENEWAL_APPLIED",
			"RENEWAL_GRANTED", "LAPSING", "EXTENDED", "SUSPENDED" })
	void actsOn(RegistrationStatus status) {
		assertThat(ReportRules.actsOn(status)).isTrue();
	}

	@ParameterizedTest(name = "INC-1 INC-6 no incident concerns a registration {0}")
	@EnumSource(value = RegistrationStatus.class, names = { "RENEWED", "LAPSED", "CANCELLED", "REVOKED" })
	void actsNotOn(RegistrationStatus status) {
		assertThat(ReportRules.actsOn(status)).isFalse();
	}

}
