package jp.pmark.workflow.oversight;

import java.time.Duration;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.engine.EngineClock;
import jp.pmark.workflow.fee.InvoiceProcess;
import jp.pmark.workflow.incident.IncidentProcess;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §1: the managers' view of every case (案件の状況), on the product's API and on the page
 * linked from Cockpit, and who may see it.
 */
@PmarkSpringTest
class OversightTest {

	private static final String SUMMARY = "/api/oversight";

	@Autowired
	private AssessmentDriver driver;

	@Autowired
	private Tasklist tasklist;

	@Autowired
	private TaskService taskService;

	@Autowired
	private RuntimeService runtimeService;

	@AfterEach
	void realTime() {
		EngineClock.reset();
	}

	@Test
	@DisplayName("SPEC §1 managers see per process how many cases wait at each stage (with its Japanese name) and how many are late against their due dates, counted as the engine counts them")
	void stagesAndLateCases() {
		JsonNode before = summary();
		String first = this.driver.applyOnline();
		String second = this.driver.applyOnline();

		JsonNode after = summary();
		JsonNode stage = stage(after, AssessmentProcess.KEY, AssessmentProcess.CHECK_RECEIPT);
		assertThat(stage.path("name").asText()).isEqualTo("申請書類を確認する");
		assertThat(stage.path("waiting").asLong())
			.isEqualTo(waiting(before, AssessmentProcess.KEY, AssessmentProcess.CHECK_RECEIPT) + 2)
			.isEqualTo(this.taskService.createTaskQuery()
				.processDefinitionKey(AssessmentProcess.KEY)
				.taskDefinitionKey(AssessmentProcess.CHECK_RECEIPT)
				.count());
		assertThat(process(after, AssessmentProcess.KEY).path("openCases").asLong()).isEqualTo(
				this.runtimeService.createProcessInstanceQuery().processDefinitionKey(AssessmentProcess.KEY).count());
		assertThat(after.path("openTasks").asLong()).isEqualTo(this.taskService.createTaskQuery().count());

		// the receipt check is due in 5 business days: a month later both are late
		EngineClock.set(Date.from(EngineClock.instant().plus(Duration.ofDays(40))));
		JsonNode late = summary();
		Date now = EngineClock.now();
		assertThat(stage(late, AssessmentProcess.KEY, AssessmentProcess.CHECK_RECEIPT).path("late").asLong())
			.isGreaterThanOrEqualTo(2)
			.isEqualTo(this.taskService.createTaskQuery()
				.processDefinitionKey(AssessmentProcess.KEY)
				.taskDefinitionKey(AssessmentProcess.CHECK_RECEIPT)
				.dueBefore(now)
				.count());
		assertThat(late.path("lateTasks").asLong()).isEqualTo(this.taskService.createTaskQuery().dueBefore(now).count())
			.isGreaterThan(after.path("lateTasks").asLong());

		// the number opens its list: both cases, late, with a link to Cockpit
		JsonNode list = this.tasklist
			.get(Fixtures.MANAGER,
					"/api/oversight/cases?list=stage&process=" + AssessmentProcess.KEY + "&activity="
							+ AssessmentProcess.CHECK_RECEIPT + "&late=true&max=200")
			.json();
		assertThat(list.path("total").asLong())
			.isEqualTo(stage(late, AssessmentProcess.KEY, AssessmentProcess.CHECK_RECEIPT).path("late").asLong());
		assertThat(list.path("cases").findValuesAsText("businessKey")).contains(first, second);
		for (JsonNode row : list.path("cases")) {
			assertThat(row.path("late").asBoolean()).isTrue();
			assertThat(row.path("stage").asText()).isEqualTo("申請書類を確認する");
			assertThat(row.path("cockpitUrl").asText()).isEqualTo("/camunda/app/cockpit/default/#/process-instance/"
					+ row.path("processInstanceId").asText() + "/runtime");
		}
		JsonNode allLate = this.tasklist.get(Fixtures.MANAGER, "/api/oversight/cases?list=late&max=200").json();
		assertThat(allLate.path("total").asLong()).isEqualTo(late.path("lateTasks").asLong());
	}

	@Test
	@DisplayName("SPEC §1 managers see the unpaid invoices, the incident reports still open and the renewal windows closing within 30 days, each with its list")
	void invoicesIncidentsRenewals() {
		JsonNode summary = summary();
		long unpaid = this.taskService.createTaskQuery()
			.processDefinitionKey(InvoiceProcess.KEY)
			.taskDefinitionKey(InvoiceProcess.RECORD_PAYMENT)
			.count();
		assertThat(summary.path("unpaidInvoices").path("count").asLong()).isEqualTo(unpaid);
		assertThat(this.tasklist.get(Fixtures.MANAGER, "/api/oversight/cases?list=unpaid-invoices")
			.json()
			.path("total")
			.asLong()).isEqualTo(unpaid);
		long incidents = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(IncidentProcess.KEY)
			.count();
		assertThat(summary.path("openIncidentReports").asLong()).isEqualTo(incidents);
		assertThat(this.tasklist.get(Fixtures.MANAGER, "/api/oversight/cases?list=incident-reports")
			.json()
			.path("total")
			.asLong()).isEqualTo(incidents);
		assertThat(summary.path("renewalsClosingSoon").path("withinDays").asInt()).isEqualTo(30);
		assertThat(this.tasklist.get(Fixtures.MANAGER, "/api/oversight/cases?list=renewals-closing")
			.json()
			.path("total")
			.asLong()).isEqualTo(summary.path("renewalsClosingSoon").path("count").asLong());
	}

	@Test
	@DisplayName("SPEC §1 GEN-2 an unknown list or a stage without its process is refused with problem+json naming the parameter")
	void badInput() {
		Tasklist.Response unknown = this.tasklist.get(Fixtures.MANAGER, "/api/oversight/cases?list=everything");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("\"list\"").contains("GEN-2");
		Tasklist.Response noProcess = this.tasklist.get(Fixtures.MANAGER, "/api/oversight/cases?list=stage");
		assertThat(noProcess.status()).isEqualTo(400);
		assertThat(noProcess.body()).contains("\"process\"").contains("\"activity\"");
	}

	@Test
	@DisplayName("SPEC §1 only assessment managers and administrators see the view on /api: reception 403, anonymous 401, admin 200")
	void apiRefusesOthers() {
		assertThat(this.tasklist.get(Fixtures.RECEPTION, SUMMARY).status()).isEqualTo(403);
		assertThat(this.tasklist.get(Fixtures.RECEPTION, "/api/oversight/cases?list=late").status()).isEqualTo(403);
		assertThat(this.tasklist.get(Fixtures.ADMIN, SUMMARY).status()).isEqualTo(200);
		Tasklist.Response anonymous = this.tasklist.anonymousGet(SUMMARY);
		assertThat(anonymous.status()).isEqualTo(401);
	}

	@Test
	@DisplayName("SPEC §1 the page linked from Cockpit is behind the webapps' login: a manager logged in to Cockpit reads the same numbers as /api; reception 403, nobody logged in 401 (the page sends them to Cockpit's login)")
	void pageBehindTheWebappsLogin() {
		Tasklist.Session manager = this.tasklist.session(Fixtures.MANAGER, "cockpit");
		Tasklist.Response page = manager.page("/oversight/");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<title>案件の状況");
		Tasklist.Response data = manager.raw("GET", "/oversight/api/summary", null);
		assertThat(data.status()).isEqualTo(200);
		assertThat(data.json().path("openTasks").asLong()).isEqualTo(summary().path("openTasks").asLong());
		assertThat(manager.raw("GET", "/oversight/api/cases?list=late", null).status()).isEqualTo(200);

		Tasklist.Session reception = this.tasklist.session(Fixtures.RECEPTION, "tasklist");
		Tasklist.Response refused = reception.raw("GET", "/oversight/api/summary", null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("審査管理者");
		assertThat(reception.page("/oversight/").status()).isEqualTo(403);
		// what Cockpit asks to offer Human Tasks and 案件の状況 (issue 14 pt 7)
		assertThat(manager.raw("GET", "/oversight/api/access", null).status()).isEqualTo(200);
		assertThat(reception.raw("GET", "/oversight/api/access", null).status()).isEqualTo(403);
		assertThat(this.tasklist.anonymousGet("/oversight/api/access").status()).isEqualTo(401);

		Tasklist.Response anonymous = this.tasklist.anonymousGet("/oversight/api/summary");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.body()).contains("ログインしていません");
		assertThat(this.tasklist.anonymousGet("/oversight/").status()).isEqualTo(302);
		// Basic credentials do not open the session path
		assertThat(this.tasklist.get(Fixtures.MANAGER, "/oversight/api/summary").status()).isEqualTo(401);
	}

	@Test
	@DisplayName("SPEC §1 Cockpit links the view: its config.js loads the plugin that adds 案件の状況 to the header and the numbers to the dashboard")
	void cockpitLinksTheView() {
		Tasklist.Response config = this.tasklist.anonymousGet("/camunda/app/cockpit/scripts/config.js");
		assertThat(config.status()).isEqualTo(200);
		assertThat(config.body()).contains("customScripts: ['scripts/pmark-oversight']");
		Tasklist.Response plugin = this.tasklist.anonymousGet("/camunda/app/cockpit/scripts/pmark-oversight.js");
		assertThat(plugin.status()).isEqualTo(200);
		assertThat(plugin.body()).contains("pluginPoint: 'cockpit.navigation'")
			.contains("pluginPoint: 'cockpit.dashboard'")
			.contains("/oversight/");
	}

	private JsonNode summary() {
		Tasklist.Response response = this.tasklist.get(Fixtures.MANAGER, SUMMARY);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static JsonNode process(JsonNode summary, String key) {
		for (JsonNode process : summary.path("processes")) {
			if (key.equals(process.path("key").asText())) {
				return process;
			}
		}
		throw new AssertionError("no process " + key + " in " + summary);
	}

	private static JsonNode stage(JsonNode summary, String key, String activityId) {
		for (JsonNode stage : process(summary, key).path("stages")) {
			if (activityId.equals(stage.path("activityId").asText())) {
				return stage;
			}
		}
		throw new AssertionError("no stage " + activityId + " of " + key + " in " + summary);
	}

	private static long waiting(JsonNode summary, String key, String activityId) {
		for (JsonNode stage : process(summary, key).path("stages")) {
			if (activityId.equals(stage.path("activityId").asText())) {
				return stage.path("waiting").asLong();
			}
		}
		return 0;
	}

}
