package jp.pmark.workflow.incident;

import java.time.LocalDate;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormContract;
import jp.pmark.workflow.common.ProcessTaskForm;

/**
 * A task about one of the two reports (速報 or 確報): receiving it, or following it up when
 * it is late. Each form comes once for each kind; this holds what both kinds read: the
 * incident, its texts, today and who acts.
 *
 * @param <I> the record of the form's input fields
 */
abstract class ReportTaskForm<I extends Record> extends ProcessTaskForm<I> {

	final Incidents incidents;

	final IncidentTexts texts;

	final JapaneseBusinessCalendar calendar;

	final CurrentUser currentUser;

	ReportTaskForm(String taskKey, FormContract<I> contract, Incidents incidents, IncidentTexts texts,
			JapaneseBusinessCalendar calendar, CurrentUser currentUser) {
		super(IncidentProcess.PROCESS, taskKey, contract);
		this.incidents = incidents;
		this.texts = texts;
		this.calendar = calendar;
		this.currentUser = currentUser;
	}

	/** The report this form is about. */
	abstract ReportKind kind();

	/** The day the report of this form's kind is due for the incident (INC-2, INC-3). */
	LocalDate due(Incident incident) {
		return ReportDeadlines.dueOn(kind(), incident.getPromptDueOn(), incident.getFinalDueOn());
	}

}
