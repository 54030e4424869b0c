package jp.pmark.workflow.incident;

import java.time.LocalDate;

import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.guard.RuleViolation;
import jp.pmark.workflow.registration.RegistrationStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee's measure without Spring or the engine: an incident discovered on
 * 2025-04-01, judged on 2025-06-10.
 */
class MeasureRulesTest {

	static final LocalDate DISCOVERED = LocalDate.parse("2025-04-01");

	static final LocalDate TODAY = LocalDate.parse("2025-06-10");

	static JudgeIncidentForm.Input judgement(IncidentMeasure measure, Integer months, LocalDate decidedOn) {
		return new JudgeIncidentForm.Input("レベル2", measure, months, "第12回委員会", "外部有識者A", decidedOn, "委託先の管理の不備");
	}

	static Rules check(JudgeIncidentForm.Input input, boolean hasRegistration, RegistrationStatus status) {
		Rules rules = new Rules();
		MeasureRules.checkJudgement(input, hasRegistration, status, "10823456(05)", DISCOVERED, TODAY, rules);
		return rules;
	}

	@ParameterizedTest(name = "INC-6 a suspension of {0} months: refused {1}")
	@CsvSource(nullValues = "-", value = { "-, true", "0, true", "1, false", "11, false", "12, true" })
	void suspensionMonths(Integer months, boolean refused) {
		Rules rules = check(judgement(IncidentMeasure.SUSPENSION, months, TODAY), true, RegistrationStatus.VALID);
		assertThat(rules.violations()).extracting(RuleViolation::field)
			.containsExactlyElementsOf(refused ? java.util.List.of("suspensionMonths") : java.util.List.of());
	}

	@ParameterizedTest(name = "INC-6 {0} with a registration {1} in status {2}: refused {3}")
	@CsvSource(nullValues = "-",
			value = { "SUSPENSION, false, -, true", "REVOCATION, false, -, true", "CAUTION, false, -, false",
					"NONE, false, -, false", "REVOCATION, true, VALID, false", "REVOCATION, true, SUSPENDED, false",
					"REVOCATION, true, REVOKED, true", "SUSPENSION, true, LAPSED, true", "ADVICE, true, -, false" })
	void measureOnRegistration(IncidentMeasure measure, boolean hasRegistration, RegistrationStatus status,
			boolean refused) {
		Rules rules = check(judgement(measure, 3, TODAY), hasRegistration, status);
		assertThat(rules.violations()).extracting(RuleViolation::field)
			.containsExactlyElementsOf(refused ? java.util.List.of("measure") : java.util.List.of());
		assertThat(rules.violations()).allMatch((violation) -> violation.ruleId().equals("INC-6"));
	}

	@ParameterizedTest(name = "INC-6 decided on {0}: refused {1}")
	@CsvSource(nullValues = "-",
			value = { "-, true", "2025-03-31, true", "2025-04-01, false", "2025-06-10, false", "2025-06-11, true" })
	void decidedOn(LocalDate decidedOn, boolean refused) {
		Rules rules = check(judgement(IncidentMeasure.CAUTION, null, decidedOn), false, null);
		assertThat(rules.violations()).extracting(RuleViolation::field)
			.containsExactlyElementsOf(refused ? java.util.List.of("decidedOn") : java.util.List.of());
	}

	@Test
	@DisplayName("INC-6 a judgement without level, measure, meeting, experts or reason is refused field by field")
	void missing() {
		Rules rules = check(new JudgeIncidentForm.Input(null, null, null, null, null, TODAY, null), true,
				RegistrationStatus.VALID);
		assertThat(rules.violations()).extracting(RuleViolation::field)
			.containsExactly("levelText", "measure", "committeeMeeting", "outsideExperts", "decisionReason");
	}

	@Test
	@DisplayName("CHG-5 INC-6 no individual number in the judgement's texts")
	void individualNumber() {
		Rules rules = check(new JudgeIncidentForm.Input("レベル2", IncidentMeasure.CAUTION, null, "第12回委員会", "外部有識者A",
				TODAY, "個人番号 123456789018 を含む"), false, null);
		assertThat(rules.violations()).extracting(RuleViolation::field).contains("decisionReason");
	}

	@ParameterizedTest(name = "INC-6 suspended {1} months from {0}: until {2}, in force again {3}")
	@CsvSource({ "2025-06-10, 1, 2025-07-09, 2025-07-10", "2025-06-10, 11, 2026-05-09, 2026-05-10",
			"2025-01-31, 1, 2025-02-27, 2025-02-28", "2028-01-01, 12, 2028-12-31, 2029-01-01" })
	void suspensionPeriod(LocalDate from, int months, LocalDate until, LocalDate endsOn) {
		assertThat(MeasureRules.suspensionUntil(from, months)).isEqualTo(until);
		assertThat(MeasureRules.suspensionEndsOn(until)).isEqualTo(endsOn);
	}

	@Test
	@DisplayName("INC-6 a suspension still runs on its last day, not after it")
	void stillSuspends() {
		LocalDate until = LocalDate.parse("2025-07-09");
		assertThat(MeasureRules.stillSuspends(until, until.minusDays(1))).isTrue();
		assertThat(MeasureRules.stillSuspends(until, until)).isTrue();
		assertThat(MeasureRules.stillSuspends(until, until.plusDays(1))).isFalse();
	}

	@ParameterizedTest(name = "INC-6 after {0}: the incident is {1}, suspension months kept {2}")
	@CsvSource({ "NONE, CLOSED, false", "CAUTION, CLOSED, false", "ADVICE, CLOSED, false",
			"SUSPENSION, SUSPENSION, true", "REVOCATION, CLOSED, false" })
	void after(IncidentMeasure measure, Incident.State state, boolean monthsKept) {
		assertThat(MeasureRules.stateAfter(measure)).isEqualTo(state);
		assertThat(MeasureRules.suspensionMonths(measure, 3)).isEqualTo(monthsKept ? 3 : null);
	}

}
