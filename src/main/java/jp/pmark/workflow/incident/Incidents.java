package jp.pmark.workflow.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.CurrentUser;
import jp.pmark.workflow.common.FormValues;
import jp.pmark.workflow.common.Numbering;
import jp.pmark.workflow.common.Recorded;
import jp.pmark.workflow.common.RuleViolationException;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.common.StoredTexts;
import jp.pmark.workflow.engine.EngineCalls;
import jp.pmark.workflow.guard.CorporateNumbers;
import jp.pmark.workflow.guard.IndividualNumbers;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;
import jp.pmark.workflow.letter.Letters;
import jp.pmark.workflow.letter.Recipients;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.RegistrationLifecycle;
import jp.pmark.workflow.registration.RegistrationStatus;
import jp.pmark.workflow.registration.Registrations;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incident reports (INC-1..INC-7), bean {@code incidents} in the BPMN: checks and records
 * a report, asks the decision table for its deadlines, receives the later reports,
 * records the notice to JIPDEC and the committee's measure, and carries a suspension or
 * revocation to the registration.
 */
@Service("incidents")
public class Incidents {

	private final IncidentRepository incidents;

	private final IncidentReportRepository reports;

	private final IncidentFollowUpRepository followUps;

	private final IncidentTriggers triggers;

	private final IncidentProperties properties;

	private final ApplicantService applicants;

	private final Applications applications;

	private final Registrations registrations;

	private final RegistrationLifecycle lifecycle;

	private final Letters letters;

	private final Numbering numbering;

	private final JapaneseBusinessCalendar calendar;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final FormService formService;

	private final EngineCalls engineCalls;

	private final CurrentUser currentUser;

	Incidents(IncidentRepository incidents, IncidentReportRepository reports, IncidentFollowUpRepository followUps,
			IncidentTriggers triggers, IncidentProperties properties, ApplicantService applicants,
			Applications applications, Registrations registrations, RegistrationLifecycle lifecycle, Letters letters,
			Numbering numbering, JapaneseBusinessCalendar calendar, RuntimeService runtimeService,
			TaskService taskService, FormService formService, EngineCalls engineCalls, CurrentUser currentUser) {
		this.incidents = incidents;
		this.reports = reports;
		this.followUps = followUps;
		this.triggers = triggers;
		this.properties = properties;
		this.applicants = applicants;
		this.applications = applications;
		this.registrations = registrations;
		this.lifecycle = lifecycle;
		this.letters = letters;
		this.numbering = numbering;
		this.calendar = calendar;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.formService = formService;
		this.engineCalls = engineCalls;
		this.currentUser = currentUser;
	}

	/** Whom an incident is about, as found from the report. */
	record Subject(Applicant applicant, Registration registration, Application application, String name,
			String corporateNumber) {
	}

	/**
	 * Checks a report (INC-1, INC-7, CHG-5): who reports and its registration or
	 * application, the dates, the category, the numbers, and no individual number in any
	 * text. Returns whom it is about when nothing was refused.
	 */
	public Optional<Subject> check(IncidentRequest request, Rules rules) {
		Subject subject = null;
		if (request.reporterStatus() == null) {
			rules.refuse("reporterStatus", RuleId.INC_1, "choose-whether-business-holds-mark");
		}
		else {
			subject = subject(request, rules);
		}
		LocalDate today = this.calendar.today();
		if (request.discoveredOn() == null) {
			rules.refuse("discoveredOn", RuleId.INC_2, "enter-day-incident-discovered");
		}
		else {
			rules.require(!request.discoveredOn().isAfter(today), "discoveredOn", RuleId.INC_2,
					"discovery-date-lies-future");
			rules.require(request.occurredOn() == null || !request.occurredOn().isAfter(request.discoveredOn()),
					"occurredOn", RuleId.INC_2, "incident-cannot-happen-after");
		}
		rules.require(request.category() != null, "category", RuleId.INC_7, "choose-incident-category");
		rules.require(request.personsAffected() != null && request.personsAffected() >= 0, "personsAffected",
				RuleId.INC_3, "enter-number-persons-affected");
		if (request.specificPersonal()) {
			rules.require(request.specificPersons() != null && request.specificPersons() > 0, "specificPersons",
					RuleId.INC_3, "enter-number-persons-whose-specific");
		}
		else {
			rules.require(request.specificPersons() == null || request.specificPersons() == 0, "specificPersons",
					RuleId.INC_3, "specific-personal-information-not");
			rules.require(!request.networkSystem() && !request.viewedByUnspecified(), "specificPersonal", RuleId.INC_3,
					"facts-concern-specific-information");
		}
		if (request.specificPersons() != null && request.personsAffected() != null) {
			rules.require(request.specificPersons() <= request.personsAffected(), "specificPersons", RuleId.INC_3,
					"more-persons-specific-personal");
		}
		rules.require(request.summary() != null && !request.summary().isBlank(), "summary", RuleId.INC_7,
				"describe-incident");
		rules.require(request.reportKind() != null, "reportKind", RuleId.INC_2, "choose-whether-first-notice-prompt");
		rules.require(request.reportedOn() == null || !request.reportedOn().isAfter(today), "reportedOn", RuleId.INC_2,
				"report-date-lies-future");
		rules.add(IndividualNumbers.check("summary", request.summary()));
		rules.add(IndividualNumbers.check("businessName", request.businessName()));
		return rules.isEmpty() ? Optional.ofNullable(subject) : Optional.empty();
	}

	private Subject subject(IncidentRequest request, Rules rules) {
		switch (request.reporterStatus()) {
			case HOLDER -> {
				Optional<Registration> registration = blank(request.registrationNumber()) ? Optional.empty()
						: this.registrations.find(request.registrationNumber().trim());
				if (registration.isEmpty()) {
					rules.refuse("registrationNumber", RuleId.INC_1, "holder-report-needs-registration");
					return null;
				}
				RegistrationStatus status = registration.get().getStatus();
				rules.require(status.isValid() || status == RegistrationStatus.SUSPENDED, "registrationNumber",
						RuleId.INC_1, "registration-no-longer-force", registration.get().getRegistrationNumber(),
						status.japaneseName());
				Applicant applicant = this.applicants.get(registration.get().getApplicantId());
				return new Subject(applicant, registration.get(), null, applicant.getName(),
						applicant.getCorporateNumber());
			}
			case UNDER_ASSESSMENT -> {
				Optional<Application> application = blank(request.applicationNumber()) ? Optional.empty()
						: this.applications.find(request.applicationNumber().trim());
				if (application.isEmpty()) {
					rules.refuse("applicationNumber", RuleId.INC_1, "report-under-assessment-needs");
					return null;
				}
				rules.require(!application.get().getStatus().isConcluded(), "applicationNumber", RuleId.INC_1,
						"assessment-ended", application.get().getApplicationNumber());
				Applicant applicant = application.get().getApplicant();
				return new Subject(applicant, null, application.get(), applicant.getName(),
						applicant.getCorporateNumber());
			}
			default -> {
				rules.require(!blank(request.businessName()), "businessName", RuleId.INC_1, "enter-business-name");
				String corporateNumber = null;
				if (!blank(request.corporateNumber())) {
					Optional<RuleViolation> wrong = CorporateNumbers.check("corporateNumber",
							request.corporateNumber());
					rules.add(wrong);
					if (wrong.isEmpty()) {
						corporateNumber = CorporateNumbers.normalize(request.corporateNumber());
					}
				}
				Applicant known = (corporateNumber == null) ? null
						: this.applicants.byCorporateNumber(corporateNumber).orElse(null);
				return new Subject(known, null, null,
						blank(request.businessName()) ? null : request.businessName().trim(), corporateNumber);
			}
		}
	}

	/** Records a report that passes {@link #check}. */
	@Transactional
	public Incident register(IncidentRequest request, String receivedBy) {
		Rules rules = new Rules();
		Subject subject = check(request, rules).orElse(null);
		rules.throwIfAny();
		String number = this.numbering.next("IN", this.calendar.today().getYear(), 4);
		Incident incident = this.incidents
			.save(new Incident(number, request, (subject.applicant() != null) ? subject.applicant().getId() : null,
					(subject.registration() != null) ? subject.registration().getId() : null,
					(subject.application() != null) ? subject.application().getId() : null, subject.name(),
					subject.corporateNumber(), receivedBy));
		LocalDate reportedOn = (request.reportedOn() != null) ? request.reportedOn() : this.calendar.today();
		this.reports.save(new IncidentReport(incident.getId(), request.reportKind(), reportedOn, request.channel(),
				incident.getSummary(), false, receivedBy));
		if (subject.registration() != null) {
			this.lifecycle.note(subject.registration().getId(), receivedBy, "INCIDENT_REPORTED",
					"事故の報告 " + number + "（" + incident.getCategory().japaneseName() + "）を受け付けました");
		}
		if (subject.application() != null) {
			this.applications.journal(subject.application().getApplicationNumber(), "INCIDENT_REPORTED",
					"事故の報告 " + number + "（" + incident.getCategory().japaneseName() + "）を受け付けました", receivedBy);
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
		Subject subject = check(request, new Rules()).orElse(null);
		Optional<Incident> same = (subject == null || request.discoveredOn() == null || request.category() == null
				|| request.summary() == null)
						? Optional.empty()
						: this.incidents.findByDiscoveredOnAndCategory(request.discoveredOn(), request.category())
							.stream()
							.filter((earlier) -> earlier.getReporterStatus() == request.reporterStatus()
									&& request.summary().trim().equals(earlier.getSummary())
									&& java.util.Objects.equals(earlier.getApplicantId(),
											(subject.applicant() != null) ? subject.applicant().getId() : null)
									&& java.util.Objects.equals(earlier.getRegistrationId(),
											(subject.registration() != null) ? subject.registration().getId() : null)
									&& java.util.Objects.equals(earlier.getApplicationId(),
											(subject.application() != null) ? subject.application().getId() : null)
									&& java.util.Objects.equals(earlier.getBusinessName(), subject.name()))
							.findFirst();
		if (same.isPresent()) {
			return Recorded.repeat(same.get());
		}
		Incident incident = register(request, receivedBy);
		Map<String, Object> variables = new LinkedHashMap<>(variables(incident));
		this.engineCalls.onBehalfOfCaller(() -> this.runtimeService.startProcessInstanceByKey(IncidentProcess.KEY,
				incident.getIncidentNumber(), variables));
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

	// the steps of the BPMN

	/**
	 * INC-2, INC-3, INC-5: the decision table's deadlines, and what the process waits
	 * for: a prompt report when one is due and none came yet, a final report unless it
	 * came.
	 */
	@Transactional
	public void assess(DelegateExecution execution) {
		Incident incident = get(execution.getProcessBusinessKey());
		incident.assessed(this.triggers.evaluate(incident), this.properties.promptReportDays());
		this.incidents.save(incident);
		List<IncidentReport> received = reports(incident);
		for (IncidentReport report : received) {
			LocalDate due = due(incident, report.getKind());
			if (due != null && report.getReceivedOn().isAfter(due)) {
				report.markLate();
				this.reports.save(report);
			}
		}
		boolean finalIn = received.stream().anyMatch((report) -> report.getKind() == ReportKind.FINAL);
		execution.setVariable(IncidentProcess.VAR_PROMPT_WAIT, incident.isPromptReportDue() && !finalIn
				&& received.stream().noneMatch((report) -> report.getKind() == ReportKind.PROMPT));
		execution.setVariable(IncidentProcess.VAR_FINAL_WAIT, !finalIn);
		execution.setVariable(IncidentProcess.VAR_SECONDARY_DAMAGE, incident.isSecondaryDamageLikely());
	}

	/** INC-3, INC-4: the end of the prompt report's last day. */
	public Date promptDueAt(String incidentNumber) {
		Incident incident = get(incidentNumber);
		return this.calendar
			.endOfDay((incident.getPromptDueOn() != null) ? incident.getPromptDueOn() : incident.getFinalDueOn());
	}

	/** INC-2, INC-4: the end of the final report's last day. */
	public Date finalDueAt(String incidentNumber) {
		return this.calendar.endOfDay(get(incidentNumber).getFinalDueOn());
	}

	/** INC-6: the first day after the suspension. */
	public Date suspensionEndsAt(String incidentNumber) {
		LocalDate after = get(incidentNumber).getSuspensionUntil().plusDays(1);
		return Date.from(after.atStartOfDay(this.calendar.zone()).toInstant());
	}

	/**
	 * INC-6: the committee's measure reaches the registration (a suspension or a
	 * revocation changes its status; a revocation ends its life cycle) and the business
	 * is told.
	 */
	@Transactional
	public void applyMeasure(DelegateExecution execution) {
		Incident incident = get(execution.getProcessBusinessKey());
		String actor = this.currentUser.id();
		String reason = "事故の報告 " + incident.getIncidentNumber() + " に対する措置（" + incident.getMeasure().japaneseName()
				+ "、" + incident.getCommitteeMeeting() + "）";
		switch (incident.getMeasure()) {
			case SUSPENSION -> {
				this.lifecycle.suspend(incident.getRegistrationId(), incident.getSuspensionFrom(),
						incident.getSuspensionUntil(), reason, actor);
				incident.setState(Incident.State.SUSPENSION);
			}
			case REVOCATION -> {
				this.lifecycle.revoke(incident.getRegistrationId(), reason, actor);
				incident.setState(Incident.State.CLOSED);
			}
			default -> {
				if (incident.getRegistrationId() != null) {
					this.lifecycle.note(incident.getRegistrationId(), actor, "INCIDENT_MEASURE", reason);
				}
				incident.setState(Incident.State.CLOSED);
			}
		}
		this.incidents.save(incident);
		if (incident.getApplicationId() != null) {
			this.applications.journal(this.applications.get(incident.getApplicationId()).getApplicationNumber(),
					"INCIDENT_MEASURE", reason, actor);
		}
		Map<String, Object> contents = header(incident);
		contents.put("欠格レベル", incident.getLevelText());
		contents.put("措置", incident.getMeasure().japaneseName());
		if (incident.getMeasure() == IncidentMeasure.SUSPENSION) {
			contents.put("一時停止期間", incident.getSuspensionFrom() + "〜" + incident.getSuspensionUntil() + "（"
					+ incident.getSuspensionMonths() + "か月）。この期間はプライバシーマークを使用できません。");
		}
		if (incident.getMeasure() == IncidentMeasure.REVOCATION) {
			contents.put("登録", "プライバシーマーク付与の登録を取り消します。プライバシーマークの使用を中止してください。");
		}
		contents.put("理由", incident.getDecisionReason());
		contents.put("本文", "事故の報告は制裁を目的とするものではなく、適正な改善策の実施と再発防止の徹底により個人情報保護体制を強化していただくためのものです。");
		this.letters.record(incident.getApplicationId(), incident.getIncidentNumber(), "INCIDENT_MEASURE",
				"個人情報の取扱いに関する事故の報告に対する措置について", recipient(incident), contents, actor);
	}

	/** INC-6: the suspension ended; the registration is in force again. */
	@Transactional
	public void endSuspension(DelegateExecution execution) {
		Incident incident = get(execution.getProcessBusinessKey());
		incident.setState(Incident.State.CLOSED);
		this.incidents.save(incident);
		LocalDate today = this.calendar.today();
		Optional<Incident> stillSuspending = this.incidents
			.findByRegistrationIdAndState(incident.getRegistrationId(), Incident.State.SUSPENSION)
			.stream()
			.filter((other) -> !other.getSuspensionUntil().isBefore(today))
			.findFirst();
		if (stillSuspending.isPresent()) {
			// another incident's suspension still runs: the registration stays suspended
			this.lifecycle.note(incident.getRegistrationId(), this.currentUser.id(), "SUSPENSION_ENDED",
					"事故の報告 " + incident.getIncidentNumber() + " による一時停止は終わりましたが、事故の報告 "
							+ stillSuspending.get().getIncidentNumber() + " による一時停止（"
							+ stillSuspending.get().getSuspensionUntil() + " まで）が続きます");
			return;
		}
		this.lifecycle.endSuspension(incident.getRegistrationId(), this.currentUser.id());
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
		checkReport(kind, receivedOn, summary, "receivedOn", "summary", rules);
		if (summary != null) {
			rules.add(StoredTexts.controlCharacter("summary", summary));
		}
		rules.throwIfAny();
		Optional<IncidentReport> same = reports(incident).stream()
			.filter((report) -> report.getKind() == kind && receivedOn.equals(report.getReceivedOn())
					&& report.getChannel() == channel && java.util.Objects.equals(report.getSummary(), summary))
			.findFirst();
		if (same.isPresent()) {
			return Recorded.repeat(same.get());
		}
		List<String> awaited = (kind == ReportKind.FINAL)
				? List.of(IncidentProcess.RECEIVE_FINAL, IncidentProcess.RECEIVE_PROMPT)
				: List.of(IncidentProcess.RECEIVE_PROMPT);
		boolean completed = false;
		for (String taskKey : awaited) {
			Optional<Task> task = openTask(incidentNumber, taskKey);
			if (task.isPresent()) {
				// the task's own form, submitted on the caller's behalf
				ReceiveReportForm.Input answers = new ReceiveReportForm.Input(receivedOn, channel,
						IncidentProcess.RECEIVE_PROMPT.equals(taskKey) && kind == ReportKind.FINAL
								? "確報（" + receivedOn + " 受付）をもって速報に代える" : summary);
				this.engineCalls.onBehalfOfCaller(() -> this.formService.submitTaskForm(task.get().getId(),
						FormValues.of(answers).toVariables()));
				completed = true;
			}
		}
		if (!completed) {
			recordReport(incident, kind, receivedOn, summary, channel, by);
		}
		return Recorded.first(reports(incident).stream()
			.filter((report) -> report.getKind() == kind)
			.reduce((first, second) -> second)
			.orElseThrow());
	}

	private Optional<Task> openTask(String incidentNumber, String taskKey) {
		return this.engineCalls.onBehalfOfCaller(() -> Optional.ofNullable(this.taskService.createTaskQuery()
			.processDefinitionKey(IncidentProcess.KEY)
			.processInstanceBusinessKey(incidentNumber)
			.taskDefinitionKey(taskKey)
			.singleResult()));
	}

	static void checkReport(ReportKind kind, LocalDate receivedOn, String summary, String receivedOnField,
			String summaryField, Rules rules) {
		rules.require(kind == ReportKind.PROMPT || kind == ReportKind.FINAL, "kind", RuleId.INC_2,
				"choose-report-kind");
		// a day already refused (not a date) is not asked for again
		rules.require(
				receivedOn != null
						|| rules.violations().stream().anyMatch((refused) -> refused.field().equals(receivedOnField)),
				receivedOnField, RuleId.INC_2, "enter-day-report-received");
		rules.require(summary != null && !summary.isBlank(), summaryField, RuleId.INC_2, "describe-report");
		rules.add(IndividualNumbers.check(summaryField, summary));
	}

	/** Records a prompt or final report, late when past its deadline. */
	@Transactional
	IncidentReport recordReport(Incident incident, ReportKind kind, LocalDate receivedOn, String summary,
			Channel channel, String by) {
		LocalDate due = due(incident, kind);
		boolean late = due != null && receivedOn.isAfter(due);
		IncidentReport report = this.reports
			.save(new IncidentReport(incident.getId(), kind, receivedOn, channel, summary.trim(), late, by));
		if (kind == ReportKind.FINAL && incident.getState() == Incident.State.WAITING_FOR_REPORTS) {
			incident.setState(Incident.State.JUDGING);
			this.incidents.save(incident);
		}
		return report;
	}

	private static LocalDate due(Incident incident, ReportKind kind) {
		return switch (kind) {
			case NOTICE -> null;
			case PROMPT -> incident.getPromptDueOn();
			case FINAL -> incident.getFinalDueOn();
		};
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
		Map<String, Object> contents = header(incident);
		contents.put("一報の日", on.toString());
		contents.put("方法", method);
		contents.put("JIPDECの担当", contact);
		contents.put("二次被害のおそれ", notice.trim());
		this.letters.record(incident.getApplicationId(), incident.getIncidentNumber(), "INCIDENT_SECONDARY_DAMAGE",
				"個人情報の漏えい等による二次被害のおそれについて（一報）", Recipients.JIPDEC, contents, by);
	}

	/** INC-6: the committee's judgement. */
	@Transactional
	void judged(Incident incident, String levelText, IncidentMeasure measure, Integer suspensionMonths,
			String committeeMeeting, String outsideExperts, String decisionReason, LocalDate decidedOn, String by) {
		incident.judged(levelText.trim(), measure, suspensionMonths, committeeMeeting.trim(), outsideExperts.trim(),
				decisionReason.trim(), decidedOn, by);
		this.incidents.save(incident);
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

	/** The case as the forms show it. */
	public String summary(Incident incident) {
		StringBuilder text = new StringBuilder();
		text.append("報告番号：").append(incident.getIncidentNumber()).append('\n');
		text.append("事業者：")
			.append(incident.getBusinessName())
			.append("（")
			.append(incident.getReporterStatus().japaneseName());
		if (incident.getRegistrationId() != null) {
			text.append("、登録番号 ").append(this.registrations.get(incident.getRegistrationId()).getRegistrationNumber());
		}
		if (incident.getApplicationId() != null) {
			text.append("、申請番号 ").append(this.applications.get(incident.getApplicationId()).getApplicationNumber());
		}
		text.append("）\n");
		text.append("事故等の種類：")
			.append(incident.getCategory().japaneseName())
			.append(incident.isSuspectedOnly() ? "（のおそれ）" : "")
			.append('\n');
		text.append("発覚日：").append(incident.getDiscoveredOn());
		if (incident.getOccurredOn() != null) {
			text.append("（発生日 ").append(incident.getOccurredOn()).append("）");
		}
		text.append('\n');
		text.append("本人の数：").append(incident.getPersonsAffected()).append("人");
		if (incident.isSpecificPersonal()) {
			text.append("（うち特定個人情報 ").append(incident.getSpecificPersons()).append("人）");
		}
		text.append('\n');
		text.append("要配慮個人情報：")
			.append(yesNo(incident.isSensitive()))
			.append("　不正の目的のおそれ：")
			.append(yesNo(incident.isMalicious()))
			.append("　財産的被害のおそれ：")
			.append(yesNo(incident.isFinancialDamage()))
			.append("　二次被害のおそれ：")
			.append(yesNo(incident.isSecondaryDamageLikely()))
			.append('\n');
		text.append("概要：").append(incident.getSummary());
		return text.toString();
	}

	/** INC-2, INC-3: the deadlines, and why. */
	public String deadlinesText(Incident incident) {
		StringBuilder text = new StringBuilder();
		if (incident.isPromptReportDue()) {
			text.append("速報：必要（期限 ").append(incident.getPromptDueOn()).append("）\n");
			text.append(incident.getPromptReasons()).append('\n');
		}
		else {
			text.append("速報：不要（INC-3の事由に該当しない）\n");
		}
		text.append("確報：期限 ")
			.append(incident.getFinalDueOn())
			.append("（発覚日から")
			.append(incident.getFinalReportDays())
			.append("日）");
		return text.toString();
	}

	/** The reports received so far. */
	public String reportsText(Incident incident) {
		StringBuilder text = new StringBuilder();
		for (IncidentReport report : reports(incident)) {
			text.append(report.getKind().japaneseName())
				.append(' ')
				.append(report.getReceivedOn())
				.append("（")
				.append(report.getChannel().japaneseName())
				.append(report.isLate() ? "、期限後" : "")
				.append("）：")
				.append(report.getSummary())
				.append('\n');
		}
		for (IncidentFollowUp followUp : followUps(incident)) {
			text.append(followUp.getKind().japaneseName())
				.append("の遅れへの対応 ")
				.append(followUp.getFollowedUpOn())
				.append("：")
				.append(followUp.getNote())
				.append('\n');
		}
		if (incident.getJipdecNotifiedAt() != null) {
			text.append("JIPDECへの一報：").append(incident.getJipdecNotice()).append('\n');
		}
		return text.toString().strip();
	}

	private Map<String, Object> header(Incident incident) {
		Map<String, Object> contents = new LinkedHashMap<>();
		contents.put("報告番号", incident.getIncidentNumber());
		contents.put("事業者名", incident.getBusinessName());
		contents.put("事故等の種類", incident.getCategory().japaneseName());
		contents.put("発覚日", incident.getDiscoveredOn().toString());
		return contents;
	}

	private String recipient(Incident incident) {
		return (incident.getApplicantId() != null) ? this.applicants.get(incident.getApplicantId()).recipient()
				: incident.getBusinessName() + " 御中";
	}

	private static String yesNo(boolean value) {
		return value ? "あり" : "なし";
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
