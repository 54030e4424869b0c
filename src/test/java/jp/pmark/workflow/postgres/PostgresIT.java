package jp.pmark.workflow.postgres;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantRepository;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.guard.JisX0208;
import jp.pmark.workflow.identity.StaffGroup;
import jp.pmark.workflow.intake.DocumentType;
import jp.pmark.workflow.support.EmbeddedPostgresDatabase;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a real PostgreSQL with the 'postgres' and 'prod' profiles, on
 * a fresh database without the demo: Flyway's migrations, Hibernate's validation of them,
 * Camunda's schema, a process instance from start to end, the first administrator from
 * the operator's environment and the settings for running behind TLS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "logging.level.root=warn",
				"pmark.jipdec.report-url=http://localhost:${local.server.port}/test-jipdec/reports",
				// the operator's first administrator, as PMARK_ADMIN_USER / _PASSWORD
				// give it
				"pmark.admin.user=operator", "pmark.admin.password=Operat0r-first-login!" })
@ActiveProfiles({ "postgres", "prod" })
@Import(EmbeddedPostgresDatabase.class)
class PostgresIT {

	@Autowired
	DataSource dataSource;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	ApplicantRepository applicants;

	@Test
	@DisplayName("§2 Flyway's migrations run on PostgreSQL and the product's tables validate against the entities")
	void migrations() throws Exception {
		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
		}
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		List<Map<String, Object>> migrations = jdbc.queryForList(
				"select version, success from flyway_schema_history where version is not null order by installed_rank");
		assertThat(migrations).isNotEmpty().allSatisfy((row) -> assertThat(row.get("success")).isEqualTo(Boolean.TRUE));
		assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();

		Applicant applicant = this.applicants
			.save(new Applicant(JisX0208.degrade("株式会社髙橋製作所"), "7000012050002", "postgres-it"));
		Applicant read = this.applicants.findByCorporateNumber("7000012050002").orElseThrow();
		assertThat(read.getId()).isEqualTo(applicant.getId());
		assertThat(read.getName()).isEqualTo("株式会社高橋製作所");
		assertThat(read.getNameOriginal()).isEqualTo("株式会社髙橋製作所");
	}

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Applications applications;

	@Test
	@DisplayName("INT-3 FEE-1 AUD-4 FND-3 DEC-2 JIP-1 JIP-2 the assessment with findings runs from receipt to registration on PostgreSQL")
	void assessmentHappyPath() {
		String number = this.driver.toDecision(true);
		this.driver.complete(number, AssessmentProcess.DECIDE_ELIGIBILITY);
		this.driver.executeJipdecJob(number);
		this.driver.complete(number, AssessmentProcess.RECORD_REGISTRATION);
		assertThat(this.driver.instance(number)).isNull();
		assertThat(this.applications.get(number).getStatus()).isEqualTo(ApplicationStatus.REGISTERED);
		assertThat(this.applications.journal(number)).extracting((event) -> event.getEvent())
			.containsSubsequence("RECEIVED", "ACCEPTED", "UNDER_ASSESSMENT", "TEAM_APPOINTED",
					"IMPROVEMENT_REPORT_RECEIVED", "COMPLETION_REPORTED", "ELIGIBLE", "REPORTED_TO_JIPDEC",
					"REGISTERED");
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc
			.queryForObject("select count(*) from submitted_document d join application a on a.id = d.application_id "
					+ "where a.application_number = ? and d.content is not null", Integer.class, number))
			.isEqualTo(DocumentType.mandatory().size());
		assertThat(jdbc.queryForObject("select count(*) from nonconformity", Integer.class)).isPositive();
	}

	@Autowired
	jp.pmark.workflow.support.Tasklist tasklist;

	@Test
	@DisplayName("§1 a fresh installation: the first administrator comes from the operator's environment; the anonymous setup page is closed")
	void firstAdministrator() {
		IdentityService identityService = this.processEngine.getIdentityService();
		assertThat(
				identityService.createUserQuery().userId("operator").memberOfGroup(StaffGroup.ADMIN_GROUP_ID).count())
			.isOne();
		assertThat(identityService.checkPassword("operator", "Operat0r-first-login!")).isTrue();
		jp.pmark.workflow.support.Tasklist.Response setup = this.tasklist.anonymousWebapp("POST",
				"/camunda/api/admin/setup/default/user/create",
				"{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\"},"
						+ "\"credentials\":{\"password\":\"Intruder-passw0rd!\"}}");
		assertThat(setup.status()).isEqualTo(403);
		// refused by the product's gate, not only by Camunda (which refuses it once an
		// administrator exists; SecurityRegressionTest shows it with none)
		assertThat(setup.gateRefused()).as(setup.body()).isTrue();
		assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
	}

	@Test
	@DisplayName("§1 (issue 11 point 7) with no administrator at all, as before the operator's first start, the anonymous setup is refused by the product's gate and creates nobody")
	void noSetupWithoutAdministrators() {
		IdentityService identityService = this.processEngine.getIdentityService();
		List<String> administrators = identityService.createUserQuery()
			.memberOfGroup(StaffGroup.ADMIN_GROUP_ID)
			.list()
			.stream()
			.map((user) -> user.getId())
			.toList();
		administrators.forEach((id) -> identityService.deleteMembership(id, StaffGroup.ADMIN_GROUP_ID));
		try {
			assertThat(identityService.createUserQuery().memberOfGroup(StaffGroup.ADMIN_GROUP_ID).count()).isZero();
			jp.pmark.workflow.support.Tasklist.Response setup = this.tasklist.anonymousWebapp("POST",
					"/camunda/api/admin/setup/default/user/create",
					"{\"profile\":{\"id\":\"intruder0\",\"firstName\":\"x\",\"lastName\":\"y\"},"
							+ "\"credentials\":{\"password\":\"Intruder-passw0rd!\"}}");
			assertThat(setup.status()).as(setup.body()).isEqualTo(403);
			assertThat(setup.gateRefused()).isTrue();
			assertThat(identityService.createUserQuery().userId("intruder0").count()).isZero();
		}
		finally {
			administrators.forEach((id) -> identityService.createMembership(id, StaffGroup.ADMIN_GROUP_ID));
		}
	}

	@Test
	@DisplayName("§1 behind a TLS proxy (prod profile): HSTS on the APIs and the webapps, Secure session cookies")
	void behindTls() throws Exception {
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		java.net.http.HttpResponse<String> api = client.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(this.tasklist.baseUrl() + "/engine-rest/engine"))
			.header("X-Forwarded-Proto", "https")
			.GET()
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(api.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000"));
		java.net.http.HttpResponse<String> app = client.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(this.tasklist.baseUrl() + "/camunda/app/tasklist/default/"))
			.header("X-Forwarded-Proto", "https")
			.GET()
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(app.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("Secure"));
		assertThat(app.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	@Test
	@DisplayName("§2 a process instance starts and finishes on PostgreSQL, with the groups of SPEC §1 in place")
	void processInstance() {
		IdentityService identityService = this.processEngine.getIdentityService();
		for (StaffGroup group : StaffGroup.values()) {
			assertThat(identityService.createGroupQuery().groupId(group.id()).count()).isOne();
		}
		RepositoryService repositoryService = this.processEngine.getRepositoryService();
		repositoryService.createDeployment()
			.addClasspathResource("processes/AccessTestProcess.bpmn")
			.enableDuplicateFiltering(true)
			.deploy();
		RuntimeService runtimeService = this.processEngine.getRuntimeService();
		TaskService taskService = this.processEngine.getTaskService();
		ProcessInstance instance = runtimeService.startProcessInstanceByKey("AccessTestProcess", "PM-IT-0001");
		List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
		assertThat(tasks).hasSize(2);
		tasks.forEach((task) -> taskService.complete(task.getId()));

		HistoryService historyService = this.processEngine.getHistoryService();
		assertThat(historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey("AccessTestProcess")
			.processInstanceBusinessKey("PM-IT-0001")
			.finished()
			.count()).isOne();
	}

}
