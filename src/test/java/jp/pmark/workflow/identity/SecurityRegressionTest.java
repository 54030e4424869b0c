package jp.pmark.workflow.identity;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.PortalApplications;
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
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

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

	@Autowired
	ManagementService managementService;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final HttpClient http = HttpClient.newHttpClient();

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
		// the product's gate refused it, not only Camunda (which refuses it once any
		// administrator exists)
		assertThat(anonymous.gateRefused()).as(anonymous.body()).isTrue();
		assertThat(this.identityService.createUserQuery().userId("intruder").count()).isZero();
	}

	@Test
	@DisplayName("§1 probe 1 (issue 11 point 7): with no administrator at all, as on a fresh database without the demo and without PMARK_ADMIN_*, the anonymous setup is refused by the product's gate and creates nobody")
	void noAnonymousSetupWithoutAdministrators() {
		this.fixtures.ensure();
		List<String> administrators = this.identityService.createUserQuery()
			.memberOfGroup(StaffGroup.ADMIN_GROUP_ID)
			.list()
			.stream()
			.map(User::getId)
			.toList();
		administrators.forEach((id) -> this.identityService.deleteMembership(id, StaffGroup.ADMIN_GROUP_ID));
		try {
			// the state in which Camunda itself would let anyone create the first
			// administrator
			assertThat(this.identityService.createUserQuery().memberOfGroup(StaffGroup.ADMIN_GROUP_ID).count())
				.isZero();
			Tasklist.Response anonymous = this.tasklist.anonymousWebapp("POST",
					"/camunda/api/admin/setup/default/user/create",
					"{\"profile\":{\"id\":\"intruder0\",\"firstName\":\"x\",\"lastName\":\"y\"},"
							+ "\"credentials\":{\"password\":\"Intruder-passw0rd!\"}}");
			assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(403);
			assertThat(anonymous.gateRefused()).as(anonymous.body()).isTrue();
			assertThat(this.identityService.createUserQuery().userId("intruder0").count()).isZero();
			assertThat(this.identityService.createUserQuery().memberOfGroup(StaffGroup.ADMIN_GROUP_ID).count())
				.isZero();
		}
		finally {
			administrators.forEach((id) -> this.identityService.createMembership(id, StaffGroup.ADMIN_GROUP_ID));
		}
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
		String before = this.driver.task(number, AssessmentProcess.DECIDE_ELIGIBILITY).getId();
		Tasklist.Response with = this.tasklist.intervene(Fixtures.ADMIN, "POST",
				"/engine-rest/process-instance/" + instance + "/modification",
				"{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_DecideEligibility\"},"
						+ "{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_DecideEligibility\"}]}",
				"試験：決定のタスクを作り直す");
		assertThat(with.status()).as(with.body()).isEqualTo(204);
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.DECIDE_ELIGIBILITY);
		assertThat(this.driver.task(number, AssessmentProcess.DECIDE_ELIGIBILITY).getId()).isNotEqualTo(before);
		// and on the webapps' mount, as Cockpit would send it
		Tasklist.Response webapp = this.tasklist.session(Fixtures.ADMIN, "cockpit")
			.intervene("POST", "/process-instance/" + instance + "/modification",
					"{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_DecideEligibility\"},"
							+ "{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_DecideEligibility\"}]}",
					"試験：Cockpit から作り直す");
		assertThat(webapp.status()).as(webapp.body()).isEqualTo(204);
		assertThat(this.applications.journal(number))
			.filteredOn((event) -> "ADMIN_INTERVENTION".equals(event.getEvent()))
			.hasSize(2)
			.allSatisfy((event) -> {
				assertThat(event.getActor()).isEqualTo(Fixtures.ADMIN);
				assertThat(event.getDetail()).contains("POST /process-instance/{id}/modification");
			})
			.anySatisfy((event) -> assertThat(event.getDetail()).contains("試験：決定のタスクを作り直す"))
			.anySatisfy((event) -> assertThat(event.getDetail()).contains("試験：Cockpit から作り直す"));
		assertThat(this.runtimeService.getVariable(instance, AssessmentProcess.VAR_ELIGIBILITY_DECISION)).isNull();
	}

	@Test
	@DisplayName("§1 FEE-5 (issue 11 point 2) a manager's suspend and resume of a case and retry of a failed job work, on both mounts")
	void managersSuspendAndRetry() {
		String number = this.driver.toDecision(false);
		this.driver.complete(number, AssessmentProcess.DECIDE_ELIGIBILITY);
		String instance = this.driver.instance(number).getId();
		Tasklist.Session cockpit = this.tasklist.session(Fixtures.MANAGER, "cockpit");
		Tasklist.Response suspended = this.tasklist.call(Fixtures.MANAGER, "PUT",
				"/engine-rest/process-instance/" + instance + "/suspended", "{\"suspended\":true}");
		assertThat(suspended.status()).as(suspended.body()).isEqualTo(204);
		assertThat(this.driver.instance(number).isSuspended()).isTrue();
		Tasklist.Response resumed = cockpit.call("PUT", "/process-instance/" + instance + "/suspended",
				"{\"suspended\":false}");
		assertThat(resumed.status()).as(resumed.body()).isEqualTo(204);
		assertThat(this.driver.instance(number).isSuspended()).isFalse();
		Tasklist.Response again = cockpit.call("PUT", "/process-instance/" + instance + "/suspended",
				"{\"suspended\":true}");
		assertThat(again.status()).as(again.body()).isEqualTo(204);
		assertThat(this.driver.instance(number).isSuspended()).isTrue();
		assertThat(this.tasklist
			.call(Fixtures.MANAGER, "PUT", "/engine-rest/process-instance/" + instance + "/suspended",
					"{\"suspended\":false}")
			.status()).isEqualTo(204);
		assertThat(this.driver.instance(number).isSuspended()).isFalse();

		// the report to JIPDEC failed for good: an incident; the manager retries it
		Job job = this.managementService.createJobQuery()
			.processInstanceId(instance)
			.activityId(AssessmentProcess.REPORT_TO_JIPDEC)
			.singleResult();
		this.managementService.setJobRetries(job.getId(), 0);
		Tasklist.Response retried = this.tasklist.call(Fixtures.MANAGER, "PUT",
				"/engine-rest/job/" + job.getId() + "/retries", "{\"retries\":3}");
		assertThat(retried.status()).as(retried.body()).isEqualTo(204);
		assertThat(this.managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(3);
		this.managementService.setJobRetries(job.getId(), 0);
		Tasklist.Response webapp = cockpit.call("PUT", "/job/" + job.getId() + "/retries", "{\"retries\":2}");
		assertThat(webapp.status()).as(webapp.body()).isEqualTo(204);
		assertThat(this.managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(2);
		assertThat(this.runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
	}

	@Test
	@DisplayName("§1 DEC-3 (issue 11 point 2) who may not decide is read from the team's records: an administrator's rewrite of the team variable neither frees an excluded committee member nor excludes another")
	void decisionExclusionFromRecords() {
		String number = this.driver.applyOnline();
		for (String task : List.of(AssessmentProcess.CHECK_RECEIPT, AssessmentProcess.SCREEN_DISQUALIFICATION,
				AssessmentProcess.CONFIRM_ASSESSMENT_START, AssessmentProcess.MAKE_AUDIT_PLAN)) {
			this.driver.complete(number, task);
		}
		this.driver.complete(number, AssessmentProcess.APPOINT_AUDIT_TEAM,
				Map.of("teamMembers",
						List.of(this.driver.id(Fixtures.LEAD_ON_COMMITTEE), this.driver.id(Fixtures.AUDITOR_A)),
						"teamLeader", this.driver.id(Fixtures.LEAD_ON_COMMITTEE)));
		for (String task : List.of(AssessmentProcess.REVIEW_DOCUMENTS, AssessmentProcess.SCHEDULE_ONSITE_AUDIT,
				AssessmentProcess.RECORD_ONSITE_AUDIT, AssessmentProcess.INVOICE_ONSITE_AUDIT,
				AssessmentProcess.WRITE_COMPLETION_REPORT)) {
			this.driver.complete(number, task);
		}
		Task decision = this.driver.task(number, AssessmentProcess.DECIDE_ELIGIBILITY);
		for (String variable : List.of("auditTeam", "excludedUsers", "teamLeader")) {
			Tasklist.Response written = this.tasklist.intervene(Fixtures.ADMIN, "PUT",
					"/engine-rest/process-instance/" + decision.getProcessInstanceId() + "/variables/" + variable,
					"{\"value\":\"" + Fixtures.COMMITTEE_A + "\",\"type\":\"String\"}", "試験：除外の変数を書き換える");
			assertThat(written.status()).as(written.body()).isEqualTo(204);
		}
		Tasklist.Response excluded = this.tasklist.claim(decision.getId(), Fixtures.LEAD_ON_COMMITTEE);
		assertThat(excluded.status()).as("on the audit team: still excluded").isEqualTo(403);
		assertThat(excluded.message()).contains("【DEC-3】");
		assertThat(this.tasklist.session(Fixtures.LEAD_ON_COMMITTEE)
			.post("/task/" + decision.getId() + "/claim", "{\"userId\":\"" + Fixtures.LEAD_ON_COMMITTEE + "\"}")
			.status()).isEqualTo(403);
		Tasklist.Response allowed = this.tasklist.claim(decision.getId(), Fixtures.COMMITTEE_A);
		assertThat(allowed.status()).as("named in the variable, not on the team: " + allowed.body()).isEqualTo(204);
		Tasklist.Response decided = this.driver.submit(number, AssessmentProcess.DECIDE_ELIGIBILITY, Map.of(),
				Fixtures.COMMITTEE_A);
		assertThat(decided.status()).as(decided.body()).isEqualTo(204);
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.REPORT_TO_JIPDEC);
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

		// reception's own login succeeds (its password is right and never failed), so the
		// answer is the gate's 403, not a 401: the engine never checks accounting's
		// password, which stays untouched (no failed attempt, no delay)
		String verify = "{\"username\":\"" + Fixtures.ACCOUNTING + "\",\"password\":\"guess\"}";
		Tasklist.Response verified = this.tasklist.call(Fixtures.RECEPTION, "POST", "/engine-rest/identity/verify",
				verify);
		assertThat(verified.status()).as(verified.body()).isEqualTo(403);
		assertThat(verified.gateRefused()).isTrue();
		Tasklist.Response webappVerified = this.tasklist.session(Fixtures.RECEPTION)
			.call("POST", "/identity/verify", verify);
		assertThat(webappVerified.status()).isEqualTo(403);
		assertThat(webappVerified.gateRefused()).isTrue();
		assertThat(((UserEntity) this.identityService.createUserQuery().userId(Fixtures.ACCOUNTING).singleResult())
			.getAttempts()).isZero();
		bothMounts(Fixtures.RECEPTION, "GET", "/user", null, 403);

		TestUsers.ensure(this.identityService, "t-portal", List.of(StaffGroup.PORTAL_GROUP_ID));
		assertThat(this.tasklist.call("t-portal", "GET", "/engine-rest/task", null).status()).isEqualTo(403);
		assertThat(this.tasklist.call("t-portal", "GET", "/api/renewal-window?validUntil=2028-11-30", null).status())
			.isEqualTo(200);
		assertThatThrownBy(() -> this.tasklist.session("t-portal")).hasMessageContaining("login");
	}

	@Test
	@DisplayName("§1 probe 8 (issue 11 point 8): the portal's technical user (group portal-api) passes the group check only on the intake operations for the portal; every other /api operation refuses it with 403")
	void portalOnlyOnIntake() throws Exception {
		TestUsers.ensure(this.identityService, "t-portal", List.of(StaffGroup.PORTAL_GROUP_ID));
		List<String> refused = new ArrayList<>();
		List<String> accepted = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			AllowedGroups allowed = entry.getValue().getMethodAnnotation(AllowedGroups.class);
			for (String pattern : entry.getKey().getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				boolean portal = allowed != null && (allowed.portal() || allowed.anyCaller());
				String path = pattern.replaceAll("\\{[^}]+}", "XX-9999-0001");
				for (var method : entry.getKey().getMethodsCondition().getMethods()) {
					Tasklist.Response answer = this.tasklist.call("t-portal", method.name(), path,
							"GET".equals(method.name()) ? null : "{}");
					if (portal) {
						assertThat(answer.status()).as(method + " " + pattern + ": " + answer.body()).isNotEqualTo(403);
						accepted.add(method + " " + pattern);
					}
					else {
						assertThat(answer.status()).as(method + " " + pattern + ": " + answer.body()).isEqualTo(403);
						refused.add(method + " " + pattern);
					}
				}
			}
		}
		assertThat(accepted).as("the portal's operations")
			.contains("POST /api/applications", "POST /api/change-reports", "POST /api/incidents");
		assertThat(refused).as("operations refused to the portal")
			.contains("GET /api/applications/{applicationNumber}", "POST /api/payments")
			.hasSizeGreaterThan(6);
	}

	@Test
	@DisplayName("§1 probe 8 (issue 11 point 8): the password policy is on: creating a user or changing a password with a weak one is refused, on both mounts, even for an administrator")
	void passwordPolicy() {
		String weak = "{\"profile\":{\"id\":\"t-weak\",\"firstName\":\"x\",\"lastName\":\"y\"},"
				+ "\"credentials\":{\"password\":\"demo\"}}";
		Tasklist.Response created = this.tasklist.call(Fixtures.ADMIN, "POST", "/engine-rest/user/create", weak);
		assertThat(created.status()).as(created.body()).isEqualTo(400);
		assertThat(created.message()).contains("パスワード");
		Tasklist.Response webapp = this.tasklist.session(Fixtures.ADMIN, "admin").call("POST", "/user/create", weak);
		assertThat(webapp.status()).as(webapp.body()).isEqualTo(400);
		assertThat(this.identityService.createUserQuery().userId("t-weak").count()).isZero();
		// a strong one is accepted, then changing it to a weak one is refused
		TestUsers.ensure(this.identityService, "t-strong", List.of(StaffGroup.RECEPTION.id()));
		Tasklist.Response changed = this.tasklist.call(Fixtures.ADMIN, "PUT", "/engine-rest/user/t-strong/credentials",
				"{\"password\":\"password\",\"authenticatedUserPassword\":\"" + TestUsers.PASSWORD + "\"}");
		assertThat(changed.status()).as(changed.body()).isEqualTo(400);
		assertThat(this.identityService.checkPassword("t-strong", TestUsers.PASSWORD)).isTrue();
		User user = this.identityService.createUserQuery().userId("t-strong").singleResult();
		user.setPassword("short1!");
		assertThatThrownBy(() -> this.identityService.saveUser(user))
			.isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class)
			.hasMessageContaining("olicy");
	}

	@Test
	@DisplayName("CHG-5 GEN-1 (issue 11 point 6): an administrator's reason (X-Pmark-Reason, kept in the case's journal) holding an individual number is refused with 400 naming the header and CHG-5, on both mounts; nothing is done or journaled")
	void reasonWithoutIndividualNumber() {
		String number = this.driver.applyOnline();
		String instance = this.driver.instance(number).getId();
		Tasklist.Session admin = this.tasklist.session(Fixtures.ADMIN, "cockpit");
		for (String reason : List.of("申請者の 123456789018 について", "１２３４５６７８９０１８ の件", "1234\u200B5678\u200B9018")) {
			Tasklist.Response rest = this.tasklist.intervene(Fixtures.ADMIN, "PUT",
					"/engine-rest/process-instance/" + instance + "/variables/receiptOutcome",
					"{\"value\":\"ACCEPTED\",\"type\":\"String\"}", reason);
			assertThat(rest.status()).as(rest.body()).isEqualTo(400);
			assertThat(rest.message()).contains("【CHG-5】").contains("X-Pmark-Reason");
			Tasklist.Response webapp = admin.intervene("PUT",
					"/process-instance/" + instance + "/variables/receiptOutcome",
					"{\"value\":\"ACCEPTED\",\"type\":\"String\"}", reason);
			assertThat(webapp.status()).as(webapp.body()).isEqualTo(400);
			assertThat(webapp.message()).contains("【CHG-5】").contains("X-Pmark-Reason");
		}
		assertThat(this.runtimeService.getVariable(instance, AssessmentProcess.VAR_RECEIPT_OUTCOME)).isNull();
		assertThat(this.applications.journal(number))
			.noneSatisfy((event) -> assertThat(event.getEvent()).isEqualTo("ADMIN_INTERVENTION"));
	}

	@Test
	@DisplayName("CHG-5 INT-2 (issue 11 point 6): an uploaded file whose name holds an individual number is refused on the intake API with problem+json naming the file's field and CHG-5; nothing is recorded")
	void fileNameOnIntake() throws Exception {
		TestUsers.ensure(this.identityService, "t-portal", List.of(StaffGroup.PORTAL_GROUP_ID));
		int before = this.jdbc.queryForObject("select count(*) from application", Integer.class);
		for (String name : List.of("form0_123456789018.pdf", "様式0_１２３４５６７８９０１８.pdf")) {
			String body = new String(PortalApplications.body("b0undary", PortalApplications.fields("株式会社ファイル名試験")),
					StandardCharsets.ISO_8859_1);
			String firstFile = body.substring(body.indexOf("filename=\"") + 10);
			firstFile = firstFile.substring(0, firstFile.indexOf('"'));
			body = body.replaceFirst(java.util.regex.Pattern.quote("filename=\"" + firstFile + "\""), "filename=\""
					+ new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1) + "\"");
			Tasklist.Response answer = multipart("t-portal", "/api/applications", "b0undary",
					body.getBytes(StandardCharsets.ISO_8859_1));
			assertThat(answer.status()).as(answer.body()).isEqualTo(400);
			assertThat(answer.json().path("violations").toString()).contains("fileName").contains("CHG-5");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from application", Integer.class)).isEqualTo(before);
	}

	@Test
	@DisplayName("CHG-5 §1 (issue 11 points 6 and 10): a designer's deployment through the engine's API is scanned (its name, source and file names); a redeployed process naming groups outside the product's list widens no grant")
	void deploymentsScannedAndNotWidened() throws Exception {
		TestUsers.ensure(this.identityService, "t-designer", List.of("process-designers"));
		this.repositoryService.createDeployment()
			.addClasspathResource("processes/AccessTestProcess.bpmn")
			.enableDuplicateFiltering(true)
			.deploy();
		String widened = new String(getClass().getResourceAsStream("/processes/AccessTestProcess.bpmn").readAllBytes(),
				StandardCharsets.UTF_8)
			.replace("camunda:candidateStarterGroups=\"reception\"",
					"camunda:candidateStarterGroups=\"reception,committee,accounting\"")
			.replace("camunda:candidateGroups=\"reception\"",
					"camunda:candidateGroups=\"reception,accounting,outsiders\"")
			.replace("camunda:candidateGroups=\"committee\"", "camunda:candidateGroups=\"committee,auditors\"");
		assertThat(widened).contains("outsiders");
		List<String> grantsBefore = grants();

		// an individual number in the deployment's name or a file's name is refused
		for (Map<String, String> texts : List.of(
				Map.of("deployment-name", "試験 123456789018", "file", "AccessTestProcess.bpmn"),
				Map.of("deployment-name", "試験", "file", "AccessTestProcess_123456789018.bpmn"))) {
			Tasklist.Response refused = multipart("t-designer", "/engine-rest/deployment/create", "b0undary",
					deployment("b0undary", texts.get("deployment-name"), texts.get("file"), widened));
			assertThat(refused.status()).as(refused.body()).isEqualTo(400);
			assertThat(refused.message()).contains("【CHG-5】");
		}
		long versions = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey("AccessTestProcess")
			.count();
		assertThat(grants()).isEqualTo(grantsBefore);

		Tasklist.Response deployed = multipart("t-designer", "/engine-rest/deployment/create", "b0undary",
				deployment("b0undary", "試験 権限を広げるモデル", "AccessTestProcess.bpmn", widened));
		assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
		String deployment = deployed.json().path("id").asText();
		try {
			assertThat(this.repositoryService.createProcessDefinitionQuery()
				.processDefinitionKey("AccessTestProcess")
				.count()).isEqualTo(versions + 1);
			assertThat(grants()).as("grants on the process and on instances").isEqualTo(grantsBefore);
			for (String group : List.of("accounting", "outsiders", "auditors")) {
				assertThat(this.authorizationService.createAuthorizationQuery()
					.groupIdIn(group)
					.resourceType(Resources.PROCESS_DEFINITION)
					.resourceId("AccessTestProcess")
					.count()).as(group).isZero();
			}
		}
		finally {
			// the test process's earlier version is the latest again for other tests
			this.repositoryService.deleteDeployment(deployment, true);
		}
	}

	/** Every grant on the test process and on process instances, as text. */
	private List<String> grants() {
		List<String> grants = new ArrayList<>();
		for (org.camunda.bpm.engine.authorization.Authorization authorization : this.authorizationService
			.createAuthorizationQuery()
			.resourceType(Resources.PROCESS_DEFINITION)
			.list()) {
			if (List.of("AccessTestProcess", "*").contains(authorization.getResourceId())) {
				grants.add(authorization.getGroupId() + " " + authorization.getUserId() + " PROCESS_DEFINITION "
						+ authorization.getResourceId() + " " + java.util.Arrays.toString(authorization.getPermissions(
								org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.values())));
			}
		}
		for (org.camunda.bpm.engine.authorization.Authorization authorization : this.authorizationService
			.createAuthorizationQuery()
			.resourceType(Resources.PROCESS_INSTANCE)
			.list()) {
			grants.add(authorization.getGroupId() + " " + authorization.getUserId() + " PROCESS_INSTANCE "
					+ authorization.getResourceId() + " " + java.util.Arrays.toString(authorization
						.getPermissions(org.camunda.bpm.engine.authorization.ProcessInstancePermissions.values())));
		}
		grants.sort(null);
		return grants;
	}

	private static byte[] deployment(String boundary, String name, String fileName, String bpmn) {
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-source\"\r\n\r\n試験\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
		return body.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	@DisplayName("CHG-5 GEN-1 (issue 11 point 6): a binary variable's upload through the engine's API is no staff member's (the gate refuses it); an administrator's, with its reason, is scanned: a file name holding an individual number is refused with 400")
	void binaryVariableUpload() throws Exception {
		String number = this.driver.applyOnline();
		String instance = this.driver.instance(number).getId();
		String path = "/engine-rest/process-instance/" + instance + "/variables/attachment/data";
		for (String user : List.of(Fixtures.MANAGER, Fixtures.RECEPTION)) {
			Tasklist.Response staff = multipart(user, path, "b0undary", upload("b0undary", "memo.txt"));
			assertThat(staff.status()).as(staff.body()).isEqualTo(403);
			assertThat(staff.gateRefused()).isTrue();
		}
		Tasklist.Response admin = multipart(Fixtures.ADMIN, path, "b0undary",
				upload("b0undary", "memo_123456789018.txt"), "試験：添付を置く");
		assertThat(admin.status()).as(admin.body()).isEqualTo(400);
		assertThat(admin.message()).contains("【CHG-5】");
		assertThat(this.runtimeService.getVariable(instance, "attachment")).isNull();
		assertThat(this.applications.journal(number))
			.noneSatisfy((event) -> assertThat(event.getEvent()).isEqualTo("ADMIN_INTERVENTION"));
	}

	private static byte[] upload(String boundary, String fileName) {
		return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/plain\r\n\r\nmemo\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"valueType\"\r\n\r\nFile\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A multipart request as the user (Basic), as the portal or Camunda Modeler sends it.
	 */
	private Tasklist.Response multipart(String user, String path, String boundary, byte[] body) throws Exception {
		return multipart(user, path, boundary, body, null);
	}

	/**
	 * A multipart request as the user (Basic), with an administrator's reason when given.
	 */
	private Tasklist.Response multipart(String user, String path, String boundary, byte[] body, String reason)
			throws Exception {
		this.fixtures.ensure();
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.tasklist.baseUrl() + path));
		if (reason != null) {
			builder.header("X-Pmark-Reason", java.net.URLEncoder.encode(reason, StandardCharsets.UTF_8));
		}
		HttpRequest request = builder
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		return new Tasklist.Response(response.statusCode(), response.body(),
				response.headers().firstValue("X-Pmark-Api-Gate").isPresent());
	}

	@Test
	@DisplayName("§1 INT-1 (issue 11 point 3): a start form carrying a preset applicationNumber is refused with 400 naming the field, on both mounts; the same form without it starts the case")
	void noPresetApplicationNumber() throws Exception {
		Map<String, Object> form = new java.util.HashMap<>();
		form.put("channel", "MAIL");
		form.put("appliedOn", java.time.LocalDate.now().toString());
		form.put("applicantName", "株式会社番号指定試験");
		form.put("corporateNumber", AssessmentDriver.newCorporateNumber());
		form.put("address", "東京都千代田区丸の内1-1-1");
		form.put("representativeName", "高島 一郎");
		form.put("contactName", "鈴木 花子");
		form.put("contactAddress", "東京都千代田区丸の内1-1-1");
		form.put("industry", "WHOLESALE");
		form.put("capitalYen", 50_000_000L);
		form.put("headcount", 40);
		form.put("fullTimeStaff", 35);
		form.put("assessmentRequested", true);
		form.put("consentGiven", true);
		form.put("registryCertificateIssuedOn", java.time.LocalDate.now().minusDays(20).toString());
		form.put("receivedDocuments", List.of("FORM_0", "FORM_1"));
		long before = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.count();
		FormValues values = FormValues.of(this.tasklist.startContract(AssessmentProcess.KEY).empty()).with(form);
		// the application number, or a routing variable only the product writes
		for (String preset : List.of(AssessmentProcess.VAR_APPLICATION_NUMBER, AssessmentProcess.VAR_RECEIPT_OUTCOME)) {
			// Tasklist's body of the same form, with the preset id added
			com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
				.readTree(values.toSubmitFormJson());
			((com.fasterxml.jackson.databind.node.ObjectNode) json.path("variables")).putObject(preset)
				.put("value", "PM-2099-0001")
				.put("type", "String");
			String body = json.toString();
			Tasklist.Response rest = this.tasklist.post(Fixtures.RECEPTION,
					"/engine-rest/process-definition/key/" + AssessmentProcess.KEY + "/submit-form", body);
			assertThat(rest.status()).as(rest.body()).isEqualTo(400);
			assertThat(rest.message()).contains(preset).contains("【GEN-2】");
			Tasklist.Response webapp = this.tasklist.session(Fixtures.RECEPTION)
				.post("/process-definition/key/" + AssessmentProcess.KEY + "/submit-form", body);
			assertThat(webapp.status()).as(webapp.body()).isEqualTo(400);
			assertThat(webapp.message()).contains(preset);
		}
		assertThat(this.runtimeService.createProcessInstanceQuery().processDefinitionKey(AssessmentProcess.KEY).count())
			.isEqualTo(before);
		assertThat(this.applications.find("PM-2099-0001")).isEmpty();
		String instance = this.tasklist.start(AssessmentProcess.KEY, Fixtures.RECEPTION, values);
		assertThat(this.runtimeService.getVariable(instance, AssessmentProcess.VAR_APPLICATION_NUMBER))
			.isNotEqualTo("PM-2099-0001");
	}

	@Test
	@DisplayName("§1 (issue 11 point 1) administrators' writes pass the gate on both mounts (the engine decides them); interventions with their reason")
	void administratorsWrite() {
		String zero = "00000000-0000-0000-0000-000000000000";
		Tasklist.Session session = this.tasklist.session(Fixtures.ADMIN, "admin");
		List<String[]> writes = List.of(
				new String[] { "PUT", "/process-instance/" + zero + "/suspended", "{\"suspended\":true}" },
				new String[] { "PUT", "/job/" + zero + "/retries", "{\"retries\":1}" },
				new String[] { "DELETE", "/deployment/" + zero, null },
				new String[] { "POST", "/task/" + zero + "/claim", "{\"userId\":\"" + Fixtures.ADMIN + "\"}" },
				new String[] { "POST", "/user/create", "{}" }, new String[] { "POST", "/group/create", "{}" });
		List<String> wrong = new ArrayList<>();
		for (String[] write : writes) {
			Tasklist.Response rest = this.tasklist.call(Fixtures.ADMIN, write[0], "/engine-rest" + write[1], write[2]);
			Tasklist.Response webapp = session.call(write[0], write[1], write[2]);
			for (Tasklist.Response response : List.of(rest, webapp)) {
				if (response.gateRefused()) {
					wrong.add(write[0] + " " + write[1] + ": " + response.status() + " " + response.body());
				}
			}
		}
		for (String[] intervention : List.<String[]>of(
				new String[] { "POST", "/process-instance/" + zero + "/modification", "{\"instructions\":[]}" },
				new String[] { "PUT", "/process-instance/" + zero + "/variables/x",
						"{\"value\":\"y\",\"type\":\"String\"}" },
				new String[] { "DELETE", "/process-instance/" + zero, null },
				new String[] { "POST", "/task/" + zero + "/complete", "{}" })) {
			Tasklist.Response rest = this.tasklist.intervene(Fixtures.ADMIN, intervention[0],
					"/engine-rest" + intervention[1], intervention[2], "試験：管理者の操作");
			Tasklist.Response webapp = session.intervene(intervention[0], intervention[1], intervention[2],
					"試験：管理者の操作");
			for (Tasklist.Response response : List.of(rest, webapp)) {
				if (response.gateRefused()) {
					wrong.add(
							intervention[0] + " " + intervention[1] + ": " + response.status() + " " + response.body());
				}
			}
		}
		assertThat(wrong).isEmpty();
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

	/**
	 * The webapps' own APIs, each endpoint decided: the groups that may call it, or
	 * {@code anonymous} (login, static files), {@code never} (the first-user setup) or
	 * {@code admin-only}.
	 */
	static final Map<String, String> PLUGIN_DECISIONS = Map.ofEntries(
			Map.entry("GET /camunda/api/cockpit/plugin/base/{engine}/process-definition/statistics", "cockpit"),
			Map.entry("GET /camunda/api/cockpit/plugin/base/{engine}/process-definition/statistics-count", "cockpit"),
			Map.entry(
					"GET /camunda/api/cockpit/plugin/base/{engine}/process-definition/{id}/called-process-definitions",
					"cockpit"),
			Map.entry(
					"POST /camunda/api/cockpit/plugin/base/{engine}/process-definition/{id}/called-process-definitions",
					"admin-only"),
			Map.entry("GET /camunda/api/cockpit/plugin/base/{engine}/process-instance", "cockpit"),
			Map.entry("POST /camunda/api/cockpit/plugin/base/{engine}/process-instance", "cockpit"),
			Map.entry("GET /camunda/api/cockpit/plugin/base/{engine}/process-instance/count", "cockpit"),
			Map.entry("POST /camunda/api/cockpit/plugin/base/{engine}/process-instance/count", "cockpit"),
			Map.entry("GET /camunda/api/cockpit/plugin/base/{engine}/process-instance/{id}/called-process-instances",
					"cockpit"),
			// the called instances tab queries with POST (a read; issue 14 pt 7)
			Map.entry("POST /camunda/api/cockpit/plugin/base/{engine}/process-instance/{id}/called-process-instances",
					"cockpit"),
			Map.entry("GET /camunda/api/cockpit/plugin/base/{engine}/incident", "cockpit"),
			Map.entry("POST /camunda/api/cockpit/plugin/base/{engine}/incident", "cockpit"),
			Map.entry("GET /camunda/api/cockpit/plugin/base/{engine}/incident/count", "cockpit"),
			Map.entry("POST /camunda/api/cockpit/plugin/base/{engine}/incident/count", "cockpit"),
			Map.entry("GET /camunda/api/cockpit/plugin/base/static/{file:.*}", "anonymous"),
			Map.entry("GET /camunda/api/cockpit/plugin/cockpitPlugins/static/{file:.*}", "anonymous"),
			Map.entry("GET /camunda/api/tasklist/plugin/tasklistPlugins/static/{file:.*}", "anonymous"),
			Map.entry("GET /camunda/api/admin/plugin/adminPlugins/static/{file:.*}", "anonymous"),
			Map.entry("GET /camunda/api/admin/plugin/adminPlugins/{engine}/metrics/aggregated", "admin-only"),
			Map.entry("POST /camunda/api/admin/setup/{engine}/user/create", "never"),
			Map.entry("GET /camunda/api/admin/auth/user/{processEngineName}", "anonymous"),
			Map.entry("POST /camunda/api/admin/auth/user/{processEngineName}/login/{appName}", "anonymous"),
			Map.entry("POST /camunda/api/admin/auth/user/{processEngineName}/logout", "anonymous"));

	@Test
	@DisplayName("§1 (issue 11 point 1) every endpoint of the webapps' plugin APIs (Cockpit, Tasklist, Admin) is decided; as each group it passes the gate exactly when decided; an undecided path is refused to every group")
	void pluginApis() throws Exception {
		// the endpoints the webapps' plugins and Admin's own resources declare
		Set<String> declared = new TreeSet<>();
		for (var plugin : ServiceLoader.load(org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin.class)) {
			for (Class<?> type : plugin.getResourceClasses()) {
				declared.addAll(
						endpoints(type, "/camunda/api/cockpit" + path(type.getAnnotation(jakarta.ws.rs.Path.class))));
			}
		}
		for (var plugin : ServiceLoader.load(org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin.class)) {
			for (Class<?> type : plugin.getResourceClasses()) {
				declared.addAll(
						endpoints(type, "/camunda/api/tasklist" + path(type.getAnnotation(jakarta.ws.rs.Path.class))));
			}
		}
		List<Class<?>> admin = new ArrayList<>(List.of(org.camunda.bpm.admin.impl.web.SetupResource.class,
				org.camunda.bpm.webapp.impl.security.auth.UserAuthenticationResource.class));
		for (var plugin : ServiceLoader.load(org.camunda.bpm.admin.plugin.spi.AdminPlugin.class)) {
			admin.addAll(plugin.getResourceClasses());
		}
		for (Class<?> type : admin) {
			declared.addAll(endpoints(type, "/camunda/api/admin" + path(type.getAnnotation(jakarta.ws.rs.Path.class))));
		}
		assertThat(declared).as("the webapps' endpoints, each decided in PLUGIN_DECISIONS and ApiPolicies")
			.isEqualTo(new TreeSet<>(PLUGIN_DECISIONS.keySet()));

		List<String> wrong = new ArrayList<>();
		List<String> groups = new ArrayList<>(EngineApiMatrixTest.GROUPS);
		groups.add(StaffGroup.ADMIN_GROUP_ID);
		for (String group : groups) {
			String user = "m-" + group;
			TestUsers.ensure(this.identityService, user, List.of(group));
			Tasklist.Session session = this.tasklist.session(user, "process-designers".equals(group) ? "cockpit"
					: (StaffGroup.ADMIN_GROUP_ID.equals(group) ? "admin" : "tasklist"));
			for (Map.Entry<String, String> decision : PLUGIN_DECISIONS.entrySet()) {
				String method = decision.getKey().substring(0, decision.getKey().indexOf(' '));
				String template = decision.getKey().substring(method.length() + 1);
				if ("anonymous".equals(decision.getValue()) && "POST".equals(method)) {
					// login and logout: the session's own
					continue;
				}
				boolean allowed = switch (decision.getValue()) {
					case "anonymous" -> true;
					case "never" -> false;
					case "admin-only" -> StaffGroup.ADMIN_GROUP_ID.equals(group);
					case "cockpit" -> StaffGroup.ADMIN_GROUP_ID.equals(group) || ApiPolicies.COCKPIT.contains(group);
					default -> throw new IllegalStateException(decision.getValue());
				};
				Tasklist.Response answer = session.raw(method, concretePlugin(template),
						"GET".equals(method) ? null : "{}");
				if (allowed == answer.gateRefused()) {
					wrong.add(group + " " + decision.getKey() + " answered " + answer.status()
							+ (allowed ? " (should pass the gate)" : " (should be refused by the gate)"));
				}
			}
			// paths nobody decided: refused to every group, only administrators pass
			for (String undecided : List.of("GET /camunda/api/cockpit/plugin/base/default/undecided",
					"POST /camunda/api/cockpit/plugin/base/default/process-definition/statistics",
					"GET /camunda/api/cockpit/plugin/newPlugin/default/process-instance",
					"GET /camunda/api/tasklist/plugin/tasklistPlugins/default/x",
					"GET /camunda/api/admin/plugin/adminPlugins/default/users")) {
				String method = undecided.substring(0, undecided.indexOf(' '));
				Tasklist.Response answer = session.raw(method, undecided.substring(method.length() + 1),
						"GET".equals(method) ? null : "{}");
				if (StaffGroup.ADMIN_GROUP_ID.equals(group) == answer.gateRefused()) {
					wrong.add(group + " undecided " + undecided + " answered " + answer.status());
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private static String concretePlugin(String template) {
		return template.replace("{engine}", "default")
			.replace("{processEngineName}", "default")
			.replace("{file:.*}", "app/plugin.js")
			.replace("{id}", "00000000-0000-0000-0000-000000000000");
	}

	/** The endpoints of a JAX-RS resource, its sub-resources' too, under the prefix. */
	private static Set<String> endpoints(Class<?> type, String prefix) {
		Set<String> endpoints = new TreeSet<>();
		for (Method method : type.getMethods()) {
			String path = prefix + path(method.getAnnotation(jakarta.ws.rs.Path.class));
			String http = null;
			for (Annotation annotation : method.getAnnotations()) {
				jakarta.ws.rs.HttpMethod verb = annotation.annotationType()
					.getAnnotation(jakarta.ws.rs.HttpMethod.class);
				if (verb != null) {
					http = verb.value();
				}
			}
			if (http != null) {
				endpoints.add(http + " " + path);
			}
			else if (method.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
				endpoints.addAll(endpoints(method.getReturnType(), path));
			}
		}
		return endpoints;
	}

	private static String path(jakarta.ws.rs.Path path) {
		if (path == null) {
			return "";
		}
		String value = path.value().replaceAll("/+$", "");
		return value.isEmpty() || value.startsWith("/") ? value : "/" + value;
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
