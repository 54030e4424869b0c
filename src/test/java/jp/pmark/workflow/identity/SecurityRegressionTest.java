package jp.pmark.workflow.identity;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.common.FormValues;
import jp.pmark.workflow.fee.InvoiceProcess;
import jp.pmark.workflow.fee.InvoiceService;
import jp.pmark.workflow.fee.PaymentForm;
import jp.pmark.workflow.intake.IntakeService;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The probes of "Nobody reaches around the rules", each as it was made against the
 * product, on both mounts of the engine's API where it applies: {@code /engine-rest} with
 * HTTP Basic and {@code /camunda/api/engine} with a logged-in Tasklist session and its
 * XSRF token. Each failed before the API gate and the product's checks.
 */
@PmarkSpringTest
class SecurityRegressionTest {

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Tasklist tasklist;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	IdentityService identityService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	Applications applications;

	@Autowired
	IntakeService intake;

	@Autowired
	InvoiceService invoices;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private void bothMounts(String user, String method, String path, String body, int status) {
		Tasklist.Response rest = this.tasklist.call(user, method, "/engine-rest" + path, body);
		assertThat(rest.status()).as("%s %s on /engine-rest: %s", method, path, rest.body()).isEqualTo(status);
		Tasklist.Response webapp = this.tasklist.session(user).call(method, path, body);
		assertThat(webapp.status()).as("%s %s on /camunda/api/engine: %s", method, path, webapp.body())
			.isEqualTo(status);
	}

	private String toTeamTasks() {
		String number = this.driver.applyOnline();
		for (String task : List.of(AssessmentProcess.CHECK_RECEIPT, AssessmentProcess.SCREEN_DISQUALIFICATION,
				AssessmentProcess.CONFIRM_ASSESSMENT_START, AssessmentProcess.MAKE_AUDIT_PLAN,
				AssessmentProcess.APPOINT_AUDIT_TEAM)) {
			this.driver.complete(number, task);
		}
		return number;
	}

	@Test
	@DisplayName("§1 probe 1: nobody becomes administrator through Camunda's anonymous first-user setup")
	void noAnonymousSetup() {
		Tasklist.Response anonymous = this.tasklist.anonymousWebapp("POST",
				"/camunda/api/admin/setup/default/user/create",
				"{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\"},"
						+ "\"credentials\":{\"password\":\"Intruder-passw0rd!\"}}");
		assertThat(anonymous.status()).isEqualTo(403);
		assertThat(this.identityService.createUserQuery().userId("intruder").count()).isZero();
	}

	@Test
	@DisplayName("§1 AUD-4 DEC-3 probe 2: who is on the team comes from the team's records; a variable naming others changes nothing")
	void teamFromRecords() {
		String number = toTeamTasks();
		Task review = this.driver.task(number, AssessmentProcess.REVIEW_DOCUMENTS);
		assertThat(this.tasklist.unclaim(review.getId(), Fixtures.LEAD_A).status()).isEqualTo(204);
		// even an administrator's copy of another team in the variables changes nothing
		Tasklist.Response written = this.tasklist.intervene(Fixtures.ADMIN, "PUT",
				"/engine-rest/process-instance/" + review.getProcessInstanceId() + "/variables/auditTeam",
				"{\"value\":\"" + Fixtures.LEAD_B + "," + Fixtures.COMMITTEE_A + "\",\"type\":\"String\"}",
				"試験：チームの変数を書き換える");
		assertThat(written.status()).as(written.body()).isEqualTo(204);
		assertThat(this.tasklist.claim(review.getId(), Fixtures.LEAD_B).status()).as("not on the team").isEqualTo(403);
		assertThat(this.tasklist.claim(review.getId(), Fixtures.AUDITOR_A).status()).as("on the team").isEqualTo(204);
		assertThat(this.applications.journal(number)).anySatisfy((event) -> {
			assertThat(event.getEvent()).isEqualTo("ADMIN_INTERVENTION");
			assertThat(event.getActor()).isEqualTo(Fixtures.ADMIN);
			assertThat(event.getDetail()).contains("チームの変数を書き換える");
		});
	}

	@Test
	@DisplayName("§1 probe 3: no task worker ends a case with a BPMN error, on either mount; an unhandled one fails instead of ending it")
	void noBpmnError() {
		String number = this.driver.applyOnline();
		Task task = this.driver.task(number, AssessmentProcess.CHECK_RECEIPT);
		String body = "{\"errorCode\":\"Err_Any\"}";
		bothMounts(Fixtures.RECEPTION, "POST", "/task/" + task.getId() + "/bpmnError", body, 403);
		assertThat(this.tasklist.call(Fixtures.ADMIN, "POST", "/engine-rest/task/" + task.getId() + "/bpmnError", body)
			.status()).isEqualTo(403);
		assertThatThrownBy(() -> this.taskService.handleBpmnError(task.getId(), "Err_Any"))
			.hasMessageContaining("Err_Any");
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.CHECK_RECEIPT);
	}

	@Test
	@DisplayName("§1 DEC-2 probe 4: a manager neither rewrites a decision nor moves a case, on either mount")
	void managersDoNotRewrite() {
		String number = this.driver.toDecision(true);
		String instance = this.driver.instance(number).getId();
		bothMounts(Fixtures.MANAGER, "PUT", "/process-instance/" + instance + "/variables/eligibilityDecision",
				"{\"value\":\"ELIGIBLE\",\"type\":\"String\"}", 403);
		bothMounts(Fixtures.MANAGER, "POST", "/process-instance/" + instance + "/modification",
				"{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_RecordRegistration\"}]}",
				403);
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.DECIDE_ELIGIBILITY);
		assertThat(this.runtimeService.getVariable(instance, AssessmentProcess.VAR_ELIGIBILITY_DECISION)).isNull();
		// an administrator may, with a reason, and the case's journal says so (GEN-1)
		Tasklist.Response without = this.tasklist.call(Fixtures.ADMIN, "POST",
				"/engine-rest/process-instance/" + instance + "/modification",
				"{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_DecideEligibility\"},"
						+ "{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_DecideEligibility\"}]}");
		assertThat(without.status()).isEqualTo(400);
		assertThat(without.message()).contains("【GEN-1】");
	}

	@Test
	@DisplayName("§1 CHG-1 probe 5: no group reads other cases' personal data through variable or history queries, on either mount; managers oversee")
	void noPersonalDataAcrossGroups() {
		String number = this.driver.applyOnline();
		Task task = this.driver.task(number, AssessmentProcess.CHECK_RECEIPT);
		for (String user : List.of(Fixtures.ACCOUNTING, Fixtures.LEAD_A, Fixtures.COMMITTEE_A, Fixtures.RECEPTION)) {
			bothMounts(user, "GET", "/variable-instance?variableName=caseSummary", null, 403);
			bothMounts(user, "GET", "/variable-instance?taskIdIn=" + task.getId(), null, 403);
			bothMounts(user, "GET", "/history/variable-instance?variableName=caseSummary", null, 403);
			bothMounts(user, "GET", "/history/detail", null, 403);
		}
		// what a form shows is no variable at all: nothing to find, even for a manager
		Tasklist.Response stored = this.tasklist.call(Fixtures.MANAGER, "GET",
				"/engine-rest/variable-instance?variableName=caseSummary&taskIdIn=" + task.getId(), null);
		assertThat(stored.status()).isEqualTo(200);
		assertThat(stored.json()).isEmpty();
		// managers oversee through the task's form
		assertThat(this.tasklist.get(Fixtures.MANAGER, "/engine-rest/task/" + task.getId() + "/form-variables")
			.json()
			.path("caseSummary")
			.path("value")
			.asText()).contains(number);
		// the person the task is offered to reads it through the task's form
		assertThat(this.tasklist.get(Fixtures.RECEPTION, "/engine-rest/task/" + task.getId() + "/form-variables")
			.json()
			.path("caseSummary")
			.path("value")
			.asText()).contains(number);
		assertThat(this.tasklist.get(Fixtures.ACCOUNTING, "/engine-rest/task/" + task.getId() + "/form-variables")
			.status()).isEqualTo(403);
	}

	@Test
	@DisplayName("§1 INT-8 probe 6: no second assessment of an application: the generic start is refused, the product refuses a duplicate")
	void oneAssessmentPerApplication() {
		String number = this.driver.applyOnline();
		String start = "{\"businessKey\":\"" + number + "\",\"variables\":{\"applicationNumber\":{\"value\":\"" + number
				+ "\"}}}";
		bothMounts(Fixtures.RECEPTION, "POST", "/process-definition/key/PmarkAssessmentProcess/start", start, 403);
		// an administrator's start with the number preset is no registration: it is
		// refused as a start without its form
		Tasklist.Response admin = this.tasklist.call(Fixtures.ADMIN, "POST",
				"/engine-rest/process-definition/key/PmarkAssessmentProcess/start", start);
		assertThat(admin.status()).isEqualTo(403);
		assertThat(admin.message()).contains("開始フォーム（または製品の API）からだけ開始できます");
		assertThatThrownBy(() -> this.intake.startAssessment(this.applications.get(number)))
			.hasMessageContaining("すでに進行中");
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.processInstanceBusinessKey(number)
			.count()).isOne();
	}

	@Test
	@DisplayName("CHG-5 probe 7: an individual number is refused in any submitted text, hidden by a zero-width space or not, on either mount; nothing is kept")
	void noIndividualNumberAnywhere() {
		String number = this.driver.applyOnline();
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		String invoice = this.invoices.invoicesOf(this.applications.get(number)).get(0).getInvoiceNumber();
		Task payment = this.taskService.createTaskQuery()
			.processDefinitionKey(InvoiceProcess.KEY)
			.processInstanceBusinessKey(invoice)
			.singleResult();
		this.tasklist.claim(payment.getId(), Fixtures.ACCOUNTING);
		for (String reference : List.of("123456789018", "1234\u200B5678\u200B9018")) {
			String body = FormValues.of(new PaymentForm.Input(java.time.LocalDate.now(), 52_382L, reference))
				.toSubmitFormJson();
			Tasklist.Response rest = this.tasklist.submit(payment.getId(), Fixtures.ACCOUNTING, body);
			assertThat(rest.status()).isEqualTo(400);
			assertThat(rest.message()).contains("【CHG-5】");
			Tasklist.Response webapp = this.tasklist.session(Fixtures.ACCOUNTING)
				.post("/task/" + payment.getId() + "/submit-form", body);
			assertThat(webapp.status()).isEqualTo(400);
		}
		// a comment on a task is a text too
		bothMounts(Fixtures.ACCOUNTING, "POST", "/task/" + payment.getId() + "/comment/create",
				"{\"message\":\"振込人の番号 123456789018\"}", 400);
		assertThat(this.historyService.createHistoricVariableInstanceQuery()
			.variableValueEquals("paymentReference", "123456789018")
			.count()).isZero();
		assertThat(this.taskService.getTaskComments(payment.getId())).isEmpty();
	}

	@Test
	@DisplayName("§1 probe 8: wrong passwords only delay a login, never lock an account for good; staff neither verify passwords nor list users; the portal reaches only its API")
	void accounts() {
		TestUsers.ensure(this.identityService, "t-lockout", List.of("reception"));
		long now = System.currentTimeMillis();
		for (int attempt = 0; attempt < 12; attempt++) {
			ClockUtil.setCurrentTime(new Date(now + attempt * 61_000L));
			assertThat(this.tasklist.call("t-lockout", "GET", "/engine-rest/task/count", null).status()).isEqualTo(200);
			assertThat(this.identityService.checkPassword("t-lockout", "wrong-" + attempt)).isFalse();
		}
		ClockUtil.setCurrentTime(Date.from(Instant.ofEpochMilli(now + 12 * 61_000L + 61_000L)));
		assertThat(this.identityService.checkPassword("t-lockout", TestUsers.PASSWORD)).isTrue();
		ClockUtil.reset();
		System.out.println("DEBUG reception count: "
				+ this.tasklist.call(Fixtures.RECEPTION, "GET", "/engine-rest/task/count", null));
		System.out.println("DEBUG reception user: "
				+ this.identityService.createUserQuery().userId(Fixtures.RECEPTION).singleResult());

		String verify = "{\"username\":\"" + Fixtures.ACCOUNTING + "\",\"password\":\"guess\"}";
		Tasklist.Response verified = this.tasklist.call(Fixtures.RECEPTION, "POST", "/engine-rest/identity/verify",
				verify);
		System.out.println("DEBUG verify: " + verified);
		System.out.println("DEBUG reception count after: "
				+ this.tasklist.call(Fixtures.RECEPTION, "GET", "/engine-rest/task/count", null));
		assertThat(verified.status()).isIn(401, 403);
		assertThat(this.tasklist.session(Fixtures.RECEPTION).call("POST", "/identity/verify", verify).status())
			.isEqualTo(403);
		bothMounts(Fixtures.RECEPTION, "GET", "/user", null, 403);

		TestUsers.ensure(this.identityService, "t-portal", List.of(StaffGroup.PORTAL_GROUP_ID));
		assertThat(this.tasklist.call("t-portal", "GET", "/engine-rest/task", null).status()).isEqualTo(403);
		assertThat(this.tasklist.call("t-portal", "GET", "/api/renewal-window?validUntil=2028-11-30", null).status())
			.isEqualTo(200);
		assertThatThrownBy(() -> this.tasklist.session("t-portal")).hasMessageContaining("login");
	}

	@Test
	@DisplayName("§1 probe 9: an object variable naming a class outside the product's packages is never deserialized")
	void noArbitraryDeserialization() {
		String number = this.driver.applyOnline();
		String instance = this.driver.instance(number).getId();
		this.runtimeService.setVariable(instance, "point",
				Variables.serializedObjectValue("{\"x\":1,\"y\":2}")
					.objectTypeName("java.awt.Point")
					.serializationDataFormat("application/json")
					.create());
		assertThatThrownBy(() -> this.runtimeService.getVariable(instance, "point"))
			.hasMessageContaining("java.awt.Point");
		this.runtimeService.removeVariable(instance, "point");
	}

	@Test
	@DisplayName("§1 probe 10: only administrators delete deployments; a designer's model cannot widen who reads cases")
	void deployments() {
		String deployment = this.repositoryService.createDeploymentQuery().list().get(0).getId();
		TestUsers.ensure(this.identityService, "t-designer", List.of("process-designers"));
		assertThat(this.tasklist.call("t-designer", "DELETE", "/engine-rest/deployment/" + deployment, null).status())
			.isEqualTo(403);
		// a designer deploys a model that offers an assessment task to accounting and a
		// new
		// process to the committee: neither group gets any right from it
		String model = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
				  <bpmn:process id="WidenedProcess" isExecutable="true" camunda:historyTimeToLive="P1D"
				      camunda:candidateStarterGroups="committee">
				    <bpmn:startEvent id="s"/>
				    <bpmn:userTask id="t" camunda:candidateGroups="committee,accounting"/>
				    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="t"/>
				  </bpmn:process>
				</bpmn:definitions>""";
		this.repositoryService.createDeployment().addString("WidenedProcess.bpmn", model).deploy();
		for (String group : List.of("committee", "accounting")) {
			assertThat(this.authorizationService.createAuthorizationQuery()
				.groupIdIn(group)
				.resourceType(Resources.PROCESS_DEFINITION)
				.resourceId("WidenedProcess")
				.count()).as(group).isZero();
		}
	}

	@Test
	@DisplayName("§1 the webapps' plugin APIs follow the same allow-list: Cockpit's for managers and designers, Admin's for administrators")
	void pluginApis() {
		String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
		assertThat(this.tasklist.session(Fixtures.RECEPTION).raw("GET", statistics, null).status()).isEqualTo(403);
		assertThat(this.tasklist.session(Fixtures.MANAGER, "cockpit").raw("GET", statistics, null).status())
			.isEqualTo(200);
		assertThat(this.tasklist.session(Fixtures.MANAGER, "cockpit")
			.raw("PUT", "/camunda/api/cockpit/plugin/base/default/process-definition/statistics", "{}")
			.status()).isEqualTo(403);
		assertThat(this.tasklist.session(Fixtures.MANAGER, "cockpit")
			.raw("GET", "/camunda/api/admin/plugin/adminPlugins/default/users", null)
			.status()).isEqualTo(403);
		assertThat(this.tasklist.session(Fixtures.RECEPTION)
			.raw("GET", "/camunda/api/tasklist/plugin/anything/default/x", null)
			.status()).isEqualTo(403);
	}

	@Test
	@DisplayName("§1 probe 11: the APIs answer with security headers")
	void securityHeaders() {
		Map<String, List<String>> headers = this.tasklist.headers(Fixtures.RECEPTION, "/engine-rest/task/count");
		assertThat(headers.get("x-content-type-options")).containsExactly("nosniff");
		assertThat(headers.get("x-frame-options")).containsExactly("DENY");
		assertThat(headers.get("cache-control")).contains("no-store");
		Map<String, List<String>> api = this.tasklist.headers(Fixtures.RECEPTION,
				"/api/renewal-window?validUntil=2028-11-30");
		assertThat(api.get("x-content-type-options")).containsExactly("nosniff");
	}

}
