package jp.pmark.workflow.conventions;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.change.ChangeReportProcess;
import jp.pmark.workflow.common.ProcessModel;
import jp.pmark.workflow.common.TaskForm;
import jp.pmark.workflow.common.TaskForms;
import jp.pmark.workflow.fee.InvoiceProcess;
import jp.pmark.workflow.incident.IncidentProcess;
import jp.pmark.workflow.merger.MergerProcess;
import jp.pmark.workflow.registration.RegistrationProcess;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only what routing needs becomes a process variable: after whole cases have run through
 * their forms and the API, every variable the engine ever kept (its history) is one the
 * process declares, or a view of one of its task forms kept on the task.
 */
@PmarkSpringTest
class ProcessVariablesTest {

	static final List<ProcessModel> PROCESSES = List.of(AssessmentProcess.PROCESS, InvoiceProcess.PROCESS,
			RegistrationProcess.PROCESS, ChangeReportProcess.PROCESS, MergerProcess.PROCESS, IncidentProcess.PROCESS);

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Tasklist tasklist;

	@Autowired
	HistoryService historyService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	TaskForms taskForms;

	@Autowired
	JapaneseBusinessCalendar calendar;

	@Autowired
	org.camunda.bpm.engine.TaskService taskService;

	@Autowired
	org.camunda.bpm.engine.FormService formService;

	@Autowired
	jp.pmark.workflow.assessment.Applications applications;

	@Autowired
	jp.pmark.workflow.fee.InvoiceService invoices;

	@Test
	@DisplayName("GEN-1 GEN-2 every variable any process kept is one it declares for routing; a task's view is shown by the open task's form but never stored, in the runtime or the history; submitted values never")
	void onlyRoutingVariables() {
		// whole cases through every process: an assessment with findings to its
		// registration, an incident reported through the API, a merger and a change
		// report
		// entered in start forms
		String number = this.driver.toDecision(true);
		String registration = AssessmentDriver.newRegistrationNumber();
		this.driver.decideAndRegister(number, registration, this.calendar.today().plusDays(10));
		Map<String, Object> incident = new HashMap<>();
		incident.put("reporterStatus", "HOLDER");
		incident.put("registrationNumber", registration);
		incident.put("discoveredOn", this.calendar.today().toString());
		incident.put("category", "LOSS");
		incident.put("personsAffected", 3);
		incident.put("summary", "顧客3名分の申込書を紛失した");
		incident.put("reportKind", "PROMPT");
		Tasklist.Response reported = this.tasklist.post(Fixtures.RECEPTION, "/api/incidents",
				new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(incident).toString());
		assertThat(reported.status()).as(reported.body()).isEqualTo(201);
		// the cases this test ran (the database is shared with other tests)
		List<String> keys = new java.util.ArrayList<>(List.of(number, reported.json().path("incidentNumber").asText()));
		this.invoices.invoicesOf(this.applications.get(number))
			.forEach((invoice) -> keys.add(invoice.getInvoiceNumber()));
		Set<String> instances = new HashSet<>();
		this.historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKeyIn(keys.toArray(String[]::new))
			.list()
			.forEach((instance) -> instances.add(instance.getId()));
		instances.add(this.tasklist.startForm(MergerProcess.KEY,
				Map.of("registrationNumber", registration, "event", "NEW_BUSINESS", "counterparty", "NONE",
						"effectiveOn", this.calendar.today().toString(), "notifiedOn", this.calendar.today().toString(),
						"description", "代表者から電話で連絡があった")));
		instances.add(this.tasklist.startForm(ChangeReportProcess.KEY,
				Map.of("channel", "MAIL", "registrationNumber", registration, "reportedOn",
						this.calendar.today().toString(), "kinds", List.of("CONTACT"), "newContactName", "田中 三郎",
						"reportFormAttached", true)));

		Set<String> shown = new HashSet<>();
		for (ProcessModel process : PROCESSES) {
			Set<String> views = new HashSet<>();
			for (TaskForm<?> form : this.taskForms.taskForms()) {
				if (form.process().equals(process)) {
					views.addAll(form.contract().views());
					views.addAll(form.contract().prefills());
				}
			}
			Set<String> kept = new HashSet<>();
			Set<String> onTasks = new HashSet<>();
			for (HistoricVariableInstance variable : this.historyService.createHistoricVariableInstanceQuery()
				.processDefinitionKey(process.key())
				.processInstanceIdIn(instances.toArray(String[]::new))
				.list()) {
				(variable.getTaskId() == null ? kept : onTasks).add(variable.getName());
			}
			assertThat(kept).as("variables of %s", process.key()).isNotEmpty().isSubsetOf(process.variables());
			assertThat(onTasks).as("views of %s kept in the history", process.key()).isEmpty();
			// ... while the open tasks' forms show theirs, made when asked
			for (org.camunda.bpm.engine.task.Task open : this.taskService.createTaskQuery()
				.processDefinitionKey(process.key())
				.processInstanceIdIn(instances.toArray(String[]::new))
				.list()) {
				assertThat(this.taskService.getVariablesLocal(open.getId()))
					.as("stored on " + open.getTaskDefinitionKey())
					.isEmpty();
				Set<String> view = new HashSet<>(this.formService.getTaskFormVariables(open.getId()).keySet());
				view.retainAll(views);
				shown.addAll(view);
			}
		}
		assertThat(shown).as("views on the open tasks").isNotEmpty();
		assertThat(this.historyService.createHistoricDetailQuery()
			.processInstanceIdIn(instances.toArray(String[]::new))
			.formFields()
			.count()).as("no submitted form field is kept in the history").isZero();
	}

}
