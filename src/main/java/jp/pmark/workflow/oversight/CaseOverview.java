package jp.pmark.workflow.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.change.ChangeReportProcess;
import jp.pmark.workflow.engine.EngineClock;
import jp.pmark.workflow.fee.InvoiceProcess;
import jp.pmark.workflow.incident.IncidentProcess;
import jp.pmark.workflow.merger.MergerProcess;
import jp.pmark.workflow.registration.RegistrationProcess;
import jp.pmark.workflow.registration.RenewalSchedule;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The summary of the managers' view (案件の状況): per process, the cases running, the open
 * tasks at each stage and how many are late; the unpaid invoices, the incident reports
 * still open and the renewal windows about to close. Every number is counted in the
 * database (a handful of grouped statements), never by reading the cases.
 */
@Service
class CaseOverview {

	/** The product's processes first, in the order a case meets them. */
	static final List<String> PROCESS_ORDER = List.of(AssessmentProcess.KEY, InvoiceProcess.KEY,
			RegistrationProcess.KEY, ChangeReportProcess.KEY, MergerProcess.KEY, IncidentProcess.KEY);

	/** One stage: the open tasks at one step of a process, and how many are late. */
	record Stage(String activityId, String name, long waiting, long late) {
	}

	/** One process: its running cases, open and late tasks, incidents, and its stages. */
	record ProcessSummary(String key, String name, long openCases, long openTasks, long lateTasks, long incidents,
			List<Stage> stages) {
	}

	/** A number and how many of it are late. */
	record Count(long count, long late) {
	}

	/** Renewal windows closing within the days, by the day. */
	record ClosingRenewals(long count, int withinDays, LocalDate closingBy) {
	}

	/** The whole view. */
	record Summary(Instant asOf, long openTasks, long lateTasks, Count unpaidInvoices, long openIncidentReports,
			ClosingRenewals renewalsClosingSoon, List<ProcessSummary> processes) {
	}

	private final StageCounts counts;

	private final ProcessNames names;

	private final RepositoryService repositoryService;

	private final RenewalSchedule renewals;

	private final JapaneseBusinessCalendar calendar;

	private final int renewalDays;

	CaseOverview(StageCounts counts, ProcessNames names, RepositoryService repositoryService, RenewalSchedule renewals,
			JapaneseBusinessCalendar calendar, @Value("${pmark.oversight.renewal-closing-days:30}") int renewalDays) {
		this.counts = counts;
		this.names = names;
		this.repositoryService = repositoryService;
		this.renewals = renewals;
		this.calendar = calendar;
		this.renewalDays = renewalDays;
	}

	Summary summary() {
		Date now = EngineClock.now();
		Map<String, Builder> processes = new LinkedHashMap<>();
		for (ProcessDefinition latest : this.repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
			processes.put(latest.getKey(),
					new Builder(latest.getKey(), (latest.getName() != null) ? latest.getName() : latest.getKey()));
		}
		this.counts.runningInstances().forEach((definitionId, n) -> builder(processes, definitionId).openCases += n);
		this.counts.openIncidents().forEach((definitionId, n) -> builder(processes, definitionId).incidents += n);
		long openTasks = 0;
		long lateTasks = 0;
		for (StageCounts.TaskCount count : this.counts.openTasks(now)) {
			Builder process = builder(processes, count.processDefinitionId());
			process.openTasks += count.waiting();
			process.lateTasks += count.late();
			openTasks += count.waiting();
			lateTasks += count.late();
			StageBuilder stage = process.stages.computeIfAbsent(count.activityId(), (id) -> new StageBuilder());
			stage.waiting += count.waiting();
			stage.late += count.late();
			int version = this.names.definition(count.processDefinitionId()).version();
			if (version > stage.version) {
				stage.version = version;
				stage.name = this.names.activityName(count.processDefinitionId(), count.activityId());
			}
		}
		Builder invoices = processes.get(InvoiceProcess.KEY);
		StageBuilder payment = (invoices != null) ? invoices.stages.get(InvoiceProcess.RECORD_PAYMENT) : null;
		Count unpaid = (payment != null) ? new Count(payment.waiting, payment.late) : new Count(0, 0);
		Builder incidents = processes.get(IncidentProcess.KEY);
		long openIncidentReports = (incidents != null) ? incidents.openCases : 0;
		LocalDate today = LocalDate.ofInstant(now.toInstant(), this.calendar.zone());
		LocalDate closingBy = today.plusDays(this.renewalDays);
		ClosingRenewals closing = new ClosingRenewals(this.renewals.closingBetween(today, closingBy).size(),
				this.renewalDays, closingBy);
		List<ProcessSummary> summaries = new ArrayList<>();
		for (Builder process : processes.values()) {
			summaries.add(process.build());
		}
		summaries.sort(Comparator.comparingInt(CaseOverview::order).thenComparing(ProcessSummary::key));
		return new Summary(now.toInstant(), openTasks, lateTasks, unpaid, openIncidentReports, closing, summaries);
	}

	/** The days ahead in which a closing renewal window counts (default 30). */
	int renewalDays() {
		return this.renewalDays;
	}

	private Builder builder(Map<String, Builder> processes, String definitionId) {
		ProcessNames.Definition definition = this.names.definition(definitionId);
		return processes.computeIfAbsent(definition.key(), (key) -> new Builder(key, definition.name()));
	}

	private static int order(ProcessSummary process) {
		int index = PROCESS_ORDER.indexOf(process.key());
		return (index < 0) ? PROCESS_ORDER.size() : index;
	}

	private static final class Builder {

		private final String key;

		private final String name;

		private long openCases;

		private long openTasks;

		private long lateTasks;

		private long incidents;

		private final Map<String, StageBuilder> stages = new LinkedHashMap<>();

		Builder(String key, String name) {
			this.key = key;
			this.name = name;
		}

		ProcessSummary build() {
			List<Stage> built = new ArrayList<>();
			this.stages.forEach((id, stage) -> built.add(new Stage(id, stage.name, stage.waiting, stage.late)));
			built.sort(Comparator.comparingLong(Stage::waiting).reversed().thenComparing(Stage::activityId));
			return new ProcessSummary(this.key, this.name, this.openCases, this.openTasks, this.lateTasks,
					this.incidents, built);
		}

	}

	private static final class StageBuilder {

		private long waiting;

		private long late;

		private int version = -1;

		private String name;

	}

}
