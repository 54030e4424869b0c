package jp.pmark.workflow.incident;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadlines of an incident's reports and what the process waits for, without Spring
 * or the engine: an incident discovered on 2025-04-01, its prompt report due 2025-04-06,
 * its final report 2025-05-01.
 */
class ReportDeadlinesTest {

	static final LocalDate DISCOVERED = LocalDate.parse("2025-04-01");

	static final LocalDate PROMPT_DUE = LocalDate.parse("2025-04-06");

	static final LocalDate FINAL_DUE = LocalDate.parse("2025-05-01");

	@ParameterizedTest(name = "INC-2 INC-3 {0} days after discovery: {1}")
	@CsvSource({ "5, 2025-04-06", "30, 2025-05-01", "60, 2025-05-31" })
	void dueOn(int days, LocalDate expected) {
		assertThat(ReportDeadlines.dueOn(DISCOVERED, days)).isEqualTo(expected);
	}

	@Test
	@DisplayName("INC-2 INC-3 a prompt report is due on its day, a final one on its, a notice never")
	void dueOnByKind() {
		assertThat(ReportDeadlines.dueOn(ReportKind.PROMPT, PROMPT_DUE, FINAL_DUE)).isEqualTo(PROMPT_DUE);
		assertThat(ReportDeadlines.dueOn(ReportKind.FINAL, PROMPT_DUE, FINAL_DUE)).isEqualTo(FINAL_DUE);
		assertThat(ReportDeadlines.dueOn(ReportKind.NOTICE, PROMPT_DUE, FINAL_DUE)).isNull();
		assertThat(ReportDeadlines.FINAL_REPORT_DAYS).isEqualTo(30);
	}

	@ParameterizedTest(name = "INC-2 INC-3 due {0}, received {1}: late {2}")
	@CsvSource(nullValues = "-", value = { "2025-04-06, 2025-04-05, false", "2025-04-06, 2025-04-06, false",
			"2025-04-06, 2025-04-07, true", "-, 2026-01-01, false" })
	void late(LocalDate due, LocalDate received, boolean late) {
		assertThat(ReportDeadlines.late(due, received)).isEqualTo(late);
	}

	@Test
	@DisplayName("INC-3 INC-4 the prompt report's timer looks at the final report's day when no prompt report is due")
	void promptTimerOn() {
		assertThat(ReportDeadlines.promptTimerOn(PROMPT_DUE, FINAL_DUE)).isEqualTo(PROMPT_DUE);
		assertThat(ReportDeadlines.promptTimerOn(null, FINAL_DUE)).isEqualTo(FINAL_DUE);
	}

	@ParameterizedTest(
			name = "INC-2 INC-3 INC-5 prompt due {0}, received [{1}], secondary damage {2}: wait for prompt {3}, final {4}, JIPDEC {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			true  | NOTICE       | false | true  | true
			true  | -            | true  | true  | true
			false | NOTICE       | false | false | true
			true  | PROMPT       | false | false | true
			true  | NOTICE,FINAL | false | false | false
			false | FINAL        | true  | false | false
			""")
	void waits(boolean promptDue, String received, boolean secondaryDamage, boolean prompt, boolean finalReport) {
		List<ReportKind> kinds = (received == null) ? List.of()
				: Arrays.stream(received.split(",")).map(ReportKind::valueOf).toList();
		assertThat(ReportDeadlines.waits(promptDue, kinds, secondaryDamage))
			.isEqualTo(new ReportDeadlines.Waits(prompt, finalReport, secondaryDamage));
	}

	@Test
	@DisplayName("INC-2 INC-3 a final report completes reception's final task and stands for a prompt report still awaited")
	void awaitedTasks() {
		assertThat(ReportDeadlines.awaitedTasks(ReportKind.FINAL)).containsExactly(IncidentProcess.RECEIVE_FINAL,
				IncidentProcess.RECEIVE_PROMPT);
		assertThat(ReportDeadlines.awaitedTasks(ReportKind.PROMPT)).containsExactly(IncidentProcess.RECEIVE_PROMPT);
	}

	@ParameterizedTest(name = "INC-2 INC-6 {1} report while {0}: {2}")
	@CsvSource({ "WAITING_FOR_REPORTS, FINAL, JUDGING", "WAITING_FOR_REPORTS, PROMPT, WAITING_FOR_REPORTS",
			"JUDGING, FINAL, JUDGING", "SUSPENSION, FINAL, SUSPENSION", "CLOSED, FINAL, CLOSED" })
	void afterReport(Incident.State state, ReportKind kind, Incident.State expected) {
		assertThat(ReportDeadlines.afterReport(state, kind)).isEqualTo(expected);
	}

}
