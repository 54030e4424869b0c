package jp.pmark.workflow.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.Numbering;
import jp.pmark.workflow.common.Recorded;
import jp.pmark.workflow.common.RuleViolationException;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StoredTexts;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import jp.pmark.workflow.registration.RegistrationLifecycle;
import jp.pmark.workflow.registration.Registrations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incident reports (INC-1..INC-7): records a report that {@link IncidentChecks} let
 * through, starts its process when it came through the API, receives the later reports
 * and what managers did about missing ones, and records the notice to JIPDEC. The
 * deadlines are {@link IncidentDeadlines}, the committee's measure
 * {@link IncidentMeasures}, the texts {@link IncidentTexts} and {@link IncidentLetters}.
 */
@Service("incidents")
public class Incidents {

	private final IncidentRepository incidents;

	private final IncidentReportRepository reports;

	private final IncidentFollowUpRepository followUps;

	private final IncidentChecks checks;

	private final Applications applications;

	private final Registrations registrations;

	private final RegistrationLifecycle lifecycle;

	private final IncidentLetters letters;

	private final IncidentInstances instances;

	private final Numbering numbering;

	private final JapaneseBusinessCalendar calendar;

	Incidents(IncidentRepository incidents, IncidentReportRepository reports, IncidentFollowUpRepository followUps,
			IncidentChecks checks, Applications applications, Registrations registrations,
			RegistrationLifecycle lifecycle, IncidentLetters letters, IncidentInstances instances, Numbering numbering,
			JapaneseBusinessCalendar calendar) {
		this.incidents = incidents;
		this.reports = reports;
		this.followUps = followUps;
		this.checks = checks;
		this.applications = applications;
		this.registrations = registrations;
		this.lifecycle = lifecycle;
		this.letters = letters;
		this.instances = instances;
		this.numbering = numbering;
		this.calendar = calendar;
	}

	/** Checks a report (INC-1, INC-7, CHG-5): see {@link IncidentChecks}. */
	void check(IncidentRequest request, Rules rules) {
		this.checks.check(request, rules);
	}

	/**
	 * Checks a report another feature takes in on a business's behalf (a CLIP leak
	 * consultation, CLIP-4): the same checks as {@link #register}.
	 */
	public void checkReport(IncidentRequest request, Rules rules) {
		check(request, rules);
	}

	/** Records a report that passes {@link #check}. */
	@Transactional
	public Incident register(IncidentRequest request, String receivedBy) {
		Rules rules = new Rules();
		IncidentChecks.Subject subject = this.checks.check(request, rules).orElse(null);
		rules.throwIfAny();
		String number = this.numbering.next("IN", this.calendar.today().getYear(), 4);
		Incident incident = this.incidents
			.save(new Incident(number, request, subject.applicantId(), subject.registrationId(),
					subject.applicationId(), subject.name(), subject.corporateNumber(), receivedBy));
		LocalDate reportedOn = (request.reportedOn() != null) ? request.reportedOn() : this.calendar.today();
		this.reports.save(new IncidentReport(incident.getId(), request.reportKind(), reportedOn, request.channel(),
				incident.getSummary(), false, receivedBy));
		if (subject.registration() != null) {
			this.lifecycle.note(subject.registration().getId(), receivedBy, "INCIDENT_REPORTED",
					IncidentTexts.reported(incident));
		}
		if (subject.application() != null) {
			this.applications.journal(subject.application().getApplicationNumber(), "INCIDENT_REPORTED",
					IncidentTexts.reported(incident), receivedBy);
		}
		return incident;
	}

	/**
	 * A report that came through the API: recorded, and its process started. The same
	 * report sent again (twice at the same moment, or a retry after a lost answer) is the
	 * one already recorded.
	 */
	@Transactional
	public Recorded<Incident> receive(IncidentRequest request, String receivedBy) {
		// new incidents are recorded one after the other, so that a repeat sees the first
		this.numbering.lock("IN", this.calendar.today().getYear());
		IncidentChecks.Subject subject = this.checks.check(request, new Rules()).orElse(null);
		Optional<Incident> same = (subject == null || request.discoveredOn() == null || request.category() == null
				|| request.summary() == null)
						? Optional.empty()
						: this.incidents.findByDiscoveredOnAndCategory(request.discoveredOn(), request.category())
							.stream()
							.filter((earlier) -> earlier.getReporterStatus() == request.reporterStatus()
									&& request.summary().trim().equals(earlier.getSummary())
									&& Objects.equals(earlier.getApplicantId(), subject.applicantId())
									&& Objects.equals(earlier.getRegistrationId(), subject.registrationId())
									&& Objects.equals(earlier.getApplicationId(), subject.applicationId())
									&& Objects.equals(earlier.getBusinessName(), subject.name()))
							.findFirst();
		if (same.isPresent()) {
			return Recorded.repeat(same.get());
		}
		Incident incident = register(request, receivedBy);
		this.instances.start(incident.getIncidentNumber(), new LinkedHashMap<>(variables(incident)));
		return Recorded.first(get(incident.getIncidentNumber()));
	}

	/** What the process keeps: routing and what the task list shows. */
	Map<String, Object> variables(Incident incident) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(IncidentProcess.VAR_INCIDENT_NUMBER, incident.getIncidentNumber());
		variables.put(IncidentProcess.VAR_APPLICANT_NAME, incident.getBusinessName());
		if (incident.getRegistrationId() != null) {
			variables.put(IncidentProcess.VAR_REGISTRATION_NUMBER,
					this.registrations.get(incident.getRegistrationId()).getRegistrationNumber());
		}
		return variables;
	}

	// what the forms and the API record

	/**
	 * A prompt or final report that came after the first (INC-2, INC-3): one awaited in
	 * reception's task list completes that task (a final report also stands for a prompt
	 * report still awaited); any other is recorded, late when past its deadline.
	 */
	@Transactional
	public Recorded<IncidentReport> submitReport(String incidentNumber, ReportKind kind, LocalDate receivedOn,
			String summary, Channel channel, String by) {
		// two sends of one report at the same moment are handled one after the other
		Incident incident = this.incidents.lockByIncidentNumber(incidentNumber).orElseGet(() -> get(incidentNumber));
		Rules rules = new Rules();
		// the API's field names: the task's form refuses under its own
		ReportRules.checkLaterReport(kind, receivedOn, summary, "receivedOn", "summary", rules);
		if (summary != null) {
			rules.add(StoredTexts.controlCharacter("summary", summary));
		}
		rules.throwIfAny();
		Optional<IncidentReport> same = reports(incident).stream()
			.filter((report) -> report.getKind() == kind && receivedOn.equals(report.getReceivedOn())
					&& report.getChannel() == channel && Objects.equals(report.getSummary(), summary))
			.findFirst();
		if (same.isPresent()) {
			return Recorded.repeat(same.get());
		}
		boolean completed = false;
		for (String taskKey : ReportDeadlines.awaitedTasks(kind)) {
			// the task's own form, submitted on the caller's behalf
			ReceiveReportForm.Input answers = new ReceiveReportForm.Input(receivedOn, channel,
					IncidentProcess.RECEIVE_PROMPT.equals(taskKey) && kind == ReportKind.FINAL
							? IncidentTexts.finalStandsForPrompt(receivedOn) : summary);
			completed |= this.instances.submitIfOpen(incidentNumber, taskKey, answers);
		}
		if (!completed) {
			recordReport(incident, kind, receivedOn, summary, channel, by);
		}
		return Recorded.first(reports(incident).stream()
			.filter((report) -> report.getKind() == kind)
			.reduce((first, second) -> second)
			.orElseThrow());
	}

	/** Records a prompt or final report, late when past its deadline. */
	@Transactional
	IncidentReport recordReport(Incident incident, ReportKind kind, LocalDate receivedOn, String summary,
			Channel channel, String by) {
		boolean late = ReportDeadlines
			.late(ReportDeadlines.dueOn(kind, incident.getPromptDueOn(), incident.getFinalDueOn()), receivedOn);
		IncidentReport report = this.reports
			.save(new IncidentReport(incident.getId(), kind, receivedOn, channel, summary.trim(), late, by));
		Incident.State next = ReportDeadlines.afterReport(incident.getState(), kind);
		if (next != incident.getState()) {
			incident.setState(next);
			this.incidents.save(incident);
		}
		return report;
	}

	/** INC-4: what a manager did about a missing report. */
	@Transactional
	void followedUp(Incident incident, ReportKind kind, LocalDate on, String note, String by) {
		this.followUps.save(new IncidentFollowUp(incident.getId(), kind, on, note.trim(), by));
	}

	/** INC-5: the notice to JIPDEC of likely secondary damage, as a letter on record. */
	@Transactional
	void jipdecNotified(Incident incident, LocalDate on, String method, String contact, String notice, String by) {
		incident.jipdecNotified(Instant.now(), by, notice.trim());
		this.incidents.save(incident);
		this.letters.secondaryDamage(incident, on, method, contact, notice.trim(), by);
	}

	// reading

	public Optional<Incident> find(String incidentNumber) {
		return this.incidents.findByIncidentNumber(incidentNumber);
	}

	public Incident get(String incidentNumber) {
		return find(incidentNumber).orElseThrow(() -> new RuleViolationException(
				RuleViolation.of("incidentNumber", RuleId.INC_1, "there-no-incident", incidentNumber)));
	}

	public List<IncidentReport> reports(Incident incident) {
		return this.reports.findByIncidentIdOrderById(incident.getId());
	}

	public List<IncidentFollowUp> followUps(Incident incident) {
		return this.followUps.findByIncidentIdOrderById(incident.getId());
	}

	public List<Incident> ofApplicant(Long applicantId) {
		return this.incidents.findByApplicantIdOrderById(applicantId);
	}

}
