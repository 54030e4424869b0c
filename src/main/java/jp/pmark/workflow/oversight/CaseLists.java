package jp.pmark.workflow.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.engine.EngineClock;
import jp.pmark.workflow.fee.InvoiceProcess;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.incident.IncidentProcess;
import jp.pmark.workflow.registration.RenewalSchedule;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The list behind each number of the managers' view, a page at a time, each case with
 * where it waits and a link to it in Cockpit. Read through the engine's queries (counted
 * and paged in the database).
 */
@Service
class CaseLists {

	/** The lists, by the name the API takes. */
	enum ListKind {

		/**
		 * The open tasks at one stage of a process ({@code process}, {@code activity}).
		 */
		STAGE("stage"),

		/** The open tasks past their due date (of one process, when given). */
		LATE("late"),

		/** The invoices waiting for their payment (入金を記録する). */
		UNPAID_INVOICES("unpaid-invoices"),

		/** The incident reports whose case is still open. */
		INCIDENT_REPORTS("incident-reports"),

		/** The registrations whose renewal window closes soon with no renewal yet. */
		RENEWALS_CLOSING("renewals-closing");

		private final String id;

		ListKind(String id) {
			this.id = id;
		}

		String id() {
			return this.id;
		}

	}

	/** The largest page. */
	static final int MAX_PAGE = 200;

	/** A case in a list: where it waits, since when, until when. */
	record CaseRow(String businessKey, String processKey, String processName, String activityId, String stage,
			String taskId, String assignee, Instant since, Instant due, boolean late, String processInstanceId,
			String cockpitUrl) {
	}

	/** A registration whose renewal window closes soon. */
	record RenewalRow(String registrationNumber, String holder, LocalDate validUntil, LocalDate windowOpensOn,
			LocalDate windowClosesOn, long daysLeft) {
	}

	/** A page of a list, and how many the whole list holds. */
	record CaseList(String list, long total, int first, int max, List<?> cases) {
	}

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final ProcessNames names;

	private final RenewalSchedule renewals;

	private final ApplicantService applicants;

	private final JapaneseBusinessCalendar calendar;

	private final CaseOverview overview;

	private final String webappPath;

	CaseLists(TaskService taskService, RuntimeService runtimeService, ProcessNames names, RenewalSchedule renewals,
			ApplicantService applicants, JapaneseBusinessCalendar calendar, CaseOverview overview,
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.names = names;
		this.renewals = renewals;
		this.applicants = applicants;
		this.calendar = calendar;
		this.overview = overview;
		this.webappPath = webappPath;
	}

	/**
	 * A page of a list; refuses an unknown list, and a stage list without its process and
	 * step (GEN-2). The page is cut to {@link #MAX_PAGE}.
	 */
	CaseList list(String list, String process, String activity, boolean lateOnly, int first, int max) {
		Rules rules = new Rules();
		ListKind kind = Arrays.stream(ListKind.values()).filter((k) -> k.id().equals(list)).findFirst().orElse(null);
		rules.require(kind != null, "list", RuleId.GEN_2, "choose-one",
				Arrays.stream(ListKind.values()).map(ListKind::id).collect(Collectors.joining(", ")));
		if (kind == ListKind.STAGE) {
			rules.require(process != null && !process.isBlank(), "process", RuleId.GEN_2, "give-parameter", "process");
			rules.require(activity != null && !activity.isBlank(), "activity", RuleId.GEN_2, "give-parameter",
					"activity");
		}
		rules.throwIfAny();
		int from = Math.max(0, first);
		int size = Math.max(1, Math.min(MAX_PAGE, max));
		Date now = EngineClock.now();
		return switch (kind) {
			case STAGE -> tasks(kind, stage(process, activity, lateOnly, now), now, from, size);
			case LATE -> tasks(kind, late(process, now), now, from, size);
			case UNPAID_INVOICES ->
				tasks(kind, stage(InvoiceProcess.KEY, InvoiceProcess.RECORD_PAYMENT, lateOnly, now), now, from, size);
			case INCIDENT_REPORTS -> incidentReports(now, from, size);
			case RENEWALS_CLOSING -> renewalsClosing(now, from, size);
		};
	}

	private TaskQuery stage(String process, String activity, boolean lateOnly, Date now) {
		TaskQuery query = this.taskService.createTaskQuery().processDefinitionKey(process).taskDefinitionKey(activity);
		return lateOnly ? query.dueBefore(now) : query;
	}

	private TaskQuery late(String process, Date now) {
		TaskQuery query = this.taskService.createTaskQuery().dueBefore(now);
		return (process != null && !process.isBlank()) ? query.processDefinitionKey(process) : query;
	}

	private CaseList tasks(ListKind kind, TaskQuery query, Date now, int first, int max) {
		long total = query.count();
		List<Task> tasks = query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(first, max);
		Map<String, String> businessKeys = businessKeys(tasks.stream().map(Task::getProcessInstanceId));
		List<CaseRow> rows = new ArrayList<>();
		for (Task task : tasks) {
			rows.add(row(task, businessKeys.get(task.getProcessInstanceId()), now));
		}
		return new CaseList(kind.id(), total, first, max, rows);
	}

	private CaseList incidentReports(Date now, int first, int max) {
		long total = this.runtimeService.createProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY).count();
		List<ProcessInstance> instances = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(IncidentProcess.KEY)
			.orderByProcessInstanceId()
			.asc()
			.listPage(first, max);
		Map<String, Task> openTask = new HashMap<>();
		if (!instances.isEmpty()) {
			for (Task task : this.taskService.createTaskQuery()
				.processInstanceIdIn(instances.stream().map(ProcessInstance::getId).toArray(String[]::new))
				.orderByDueDate()
				.asc()
				.list()) {
				openTask.putIfAbsent(task.getProcessInstanceId(), task);
			}
		}
		List<CaseRow> rows = new ArrayList<>();
		for (ProcessInstance instance : instances) {
			Task task = openTask.get(instance.getId());
			if (task != null) {
				rows.add(row(task, instance.getBusinessKey(), now));
			}
			else {
				ProcessNames.Definition definition = this.names.definition(instance.getProcessDefinitionId());
				// waiting on a timer for the next report, no one's task yet
				rows.add(new CaseRow(instance.getBusinessKey(), definition.key(), definition.name(), null, "報告の期限待ち",
						null, null, null, null, false, instance.getId(), cockpitUrl(instance.getId())));
			}
		}
		return new CaseList(ListKind.INCIDENT_REPORTS.id(), total, first, max, rows);
	}

	private CaseList renewalsClosing(Date now, int first, int max) {
		LocalDate today = LocalDate.ofInstant(now.toInstant(), this.calendar.zone());
		List<RenewalSchedule.ClosingWindow> closing = this.renewals.closingBetween(today,
				today.plusDays(this.overview.renewalDays()));
		List<RenewalRow> rows = new ArrayList<>();
		for (RenewalSchedule.ClosingWindow window : closing.subList(Math.min(first, closing.size()),
				Math.min(first + max, closing.size()))) {
			rows.add(new RenewalRow(window.registration().getRegistrationNumber(),
					this.applicants.get(window.registration().getApplicantId()).getName(),
					window.registration().getValidUntil(), window.window().opensOn(), window.window().closesOn(),
					ChronoUnit.DAYS.between(today, window.window().closesOn())));
		}
		return new CaseList(ListKind.RENEWALS_CLOSING.id(), closing.size(), first, max, rows);
	}

	private CaseRow row(Task task, String businessKey, Date now) {
		ProcessNames.Definition definition = this.names.definition(task.getProcessDefinitionId());
		Date due = task.getDueDate();
		return new CaseRow(businessKey, definition.key(), definition.name(), task.getTaskDefinitionKey(),
				this.names.activityName(task.getProcessDefinitionId(), task.getTaskDefinitionKey()), task.getId(),
				task.getAssignee(), task.getCreateTime().toInstant(), (due != null) ? due.toInstant() : null,
				due != null && due.before(now), task.getProcessInstanceId(), cockpitUrl(task.getProcessInstanceId()));
	}

	private Map<String, String> businessKeys(java.util.stream.Stream<String> processInstanceIds) {
		Set<String> ids = processInstanceIds.filter((id) -> id != null).collect(Collectors.toCollection(HashSet::new));
		Map<String, String> keys = new HashMap<>();
		if (!ids.isEmpty()) {
			for (ProcessInstance instance : this.runtimeService.createProcessInstanceQuery()
				.processInstanceIds(ids)
				.list()) {
				keys.put(instance.getId(), instance.getBusinessKey());
			}
		}
		return keys;
	}

	private String cockpitUrl(String processInstanceId) {
		return String.format(Locale.ROOT, "%s/app/cockpit/default/#/process-instance/%s/runtime", this.webappPath,
				processInstanceId);
	}

}
