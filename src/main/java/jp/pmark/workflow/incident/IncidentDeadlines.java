package jp.pmark.workflow.incident;

import java.util.Date;
import java.util.List;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadlines of an incident's reports (INC-2..INC-4), bean {@code incidentDeadlines}
 * in the BPMN: asks the decision table, records the days, marks the reports already in
 * that came late, and gives the timers and due dates their moment.
 */
@Service("incidentDeadlines")
public class IncidentDeadlines {

	private final Incidents incidents;

	private final IncidentRepository incidentRepository;

	private final IncidentReportRepository reports;

	private final IncidentTriggers triggers;

	private final IncidentProperties properties;

	private final JapaneseBusinessCalendar calendar;

	IncidentDeadlines(Incidents incidents, IncidentRepository incidentRepository, IncidentReportRepository reports,
			IncidentTriggers triggers, IncidentProperties properties, JapaneseBusinessCalendar calendar) {
		this.incidents = incidents;
		this.incidentRepository = incidentRepository;
		this.reports = reports;
		this.triggers = triggers;
		this.properties = properties;
		this.calendar = calendar;
	}

	/**
	 * INC-2, INC-3, INC-5: the decision table's deadlines, the reports already in marked
	 * late when past theirs, and what the process waits for.
	 */
	@Transactional
	ReportDeadlines.Waits assess(String incidentNumber) {
		Incident incident = this.incidents.get(incidentNumber);
		incident.assessed(this.triggers.evaluate(incident), this.properties.promptReportDays());
		this.incidentRepository.save(incident);
		List<IncidentReport> received = this.incidents.reports(incident);
		for (IncidentReport report : received) {
			if (ReportDeadlines.late(
					ReportDeadlines.dueOn(report.getKind(), incident.getPromptDueOn(), incident.getFinalDueOn()),
					report.getReceivedOn())) {
				report.markLate();
				this.reports.save(report);
			}
		}
		return ReportDeadlines.waits(incident.isPromptReportDue(),
				received.stream().map(IncidentReport::getKind).toList(), incident.isSecondaryDamageLikely());
	}

	/** INC-3, INC-4: the end of the prompt report's last day. */
	public Date promptDueAt(String incidentNumber) {
		Incident incident = this.incidents.get(incidentNumber);
		return this.calendar
			.endOfDay(ReportDeadlines.promptTimerOn(incident.getPromptDueOn(), incident.getFinalDueOn()));
	}

	/** INC-2, INC-4: the end of the final report's last day. */
	public Date finalDueAt(String incidentNumber) {
		return this.calendar.endOfDay(this.incidents.get(incidentNumber).getFinalDueOn());
	}

}
