package jp.pmark.workflow.postgres;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantRepository;
import jp.pmark.workflow.guard.JisX0208;
import jp.pmark.workflow.identity.StaffGroup;
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
 * The whole application on a real PostgreSQL with the 'postgres' profile: Flyway's
 * migrations, Hibernate's validation of them, Camunda's schema, and a process instance
 * from start to end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "logging.level.root=warn" })
@ActiveProfiles("postgres")
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
			.processInstanceBusinessKey("PM-IT-0001")
			.finished()
			.count()).isOne();
	}

}
