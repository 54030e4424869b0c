package jp.pmark.workflow.incident;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * When the reports of an incident are due and what the process waits for (INC-2..INC-4):
 * plain rules, no engine, no database. The decision table says whether a prompt report is
 * due and in how many days the final one is ({@link IncidentTriggers}); these rules turn
 * that into days, lateness and the routing of the process.
 */
final class ReportDeadlines {

	/**
	 * INC-2: the final report is due 30 days after discovery unless the table says more.
	 */
	static final int FINAL_REPORT_DAYS = 30;

	private ReportDeadlines() {
	}

	/** What the process waits for after the deadlines are set. */
	record Waits(boolean prompt, boolean finalReport, boolean secondaryDamage) {
	}

	/**
	 * INC-2, INC-3: a report's last day, so many days after the incident was discovered.
	 */
	static LocalDate dueOn(LocalDate discoveredOn, int days) {
		return discoveredOn.plusDays(days);
	}

	/** INC-2, INC-3: the last day of a report of this kind; a notice has none. */
	static LocalDate dueOn(ReportKind kind, LocalDate promptDueOn, LocalDate finalDueOn) {
		return switch (kind) {
			case NOTICE -> null;
			case PROMPT -> promptDueOn;
			case FINAL -> finalDueOn;
		};
	}

	/** INC-2, INC-3: a report received after its last day is late. */
	static boolean late(LocalDate dueOn, LocalDate receivedOn) {
		return dueOn != null && receivedOn.isAfter(dueOn);
	}

	/**
	 * INC-3, INC-4: the day the prompt report's timer looks at: its own last day, or the
	 * final report's when no prompt report is due.
	 */
	static LocalDate promptTimerOn(LocalDate promptDueOn, LocalDate finalDueOn) {
		return (promptDueOn != null) ? promptDueOn : finalDueOn;
	}

	/**
	 * INC-2, INC-3, INC-5: a prompt report is awaited when one is due and neither it nor
	 * the final report came yet; the final report unless it came; the notice to JIPDEC
	 * when secondary damage is likely.
	 */
	static Waits waits(boolean promptReportDue, Collection<ReportKind> received, boolean secondaryDamageLikely) {
		boolean finalIn = received.contains(ReportKind.FINAL);
		return new Waits(promptReportDue && !finalIn && !received.contains(ReportKind.PROMPT), !finalIn,
				secondaryDamageLikely);
	}

	/**
	 * INC-2, INC-3: the reception tasks a report completes: a final report also stands
	 * for a prompt report still awaited.
	 */
	static List<String> awaitedTasks(ReportKind kind) {
		return (kind == ReportKind.FINAL) ? List.of(IncidentProcess.RECEIVE_FINAL, IncidentProcess.RECEIVE_PROMPT)
				: List.of(IncidentProcess.RECEIVE_PROMPT);
	}

	/**
	 * INC-2, INC-6: the final report while the incident waits for reports opens the
	 * judgement.
	 */
	static Incident.State afterReport(Incident.State state, ReportKind kind) {
		return (kind == ReportKind.FINAL && state == Incident.State.WAITING_FOR_REPORTS) ? Incident.State.JUDGING
				: state;
	}

}
