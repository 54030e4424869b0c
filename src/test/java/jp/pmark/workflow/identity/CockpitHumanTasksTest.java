package jp.pmark.workflow.identity;

import java.util.List;
import java.util.Map;
import java.util.HashMap;

import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskCountByCandidateGroupResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC §1: managers follow every case in Cockpit, also on its Human Tasks page (人のタスク),
 * without a Task authorization; the same calls stay refused to everyone else. The calls
 * are those the page makes ({@code WebappsByGroupBrowserIT} opens it in a browser).
 */
@PmarkSpringTest
class CockpitHumanTasksTest {

	static final String MANAGER = "ht-manager";

	static final String RECEPTION_USER = "ht-reception";

	static final String AUDITOR = "ht-auditor";

	static final String DESIGNER = "ht-designer";

	@Autowired
	Tasklist tasklist;

	@Autowired
	IdentityService identityService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.identityService, MANAGER, List.of(StaffGroup.ASSESSMENT_MANAGERS.id()));
		TestUsers.ensure(this.identityService, RECEPTION_USER, List.of(StaffGroup.RECEPTION.id()));
		TestUsers.ensure(this.identityService, AUDITOR, List.of(StaffGroup.AUDITORS.id()));
		TestUsers.ensure(this.identityService, DESIGNER, List.of(StaffGroup.PROCESS_DESIGNERS.id()));
		this.repositoryService.createDeployment()
			.name("access-test")
			.addClasspathResource("processes/AccessTestProcess.bpmn")
			.enableDuplicateFiltering(true)
			.deploy();
		// (tasks without a candidate group are counted under null)
		// one task for reception, one for the committee, both unassigned
		this.runtimeService.startProcessInstanceByKey("AccessTestProcess", Map.of("applicationNumber", "PM-HT-0001"));
	}

	@AfterEach
	void clear() {
		this.identityService.clearAuthentication();
	}

	@Test
	@DisplayName("SPEC §1 a manager's Human Tasks page in Cockpit answers 200: the open tasks by kind, the unassigned tasks by candidate group (the engine's own counts) with the groups' Japanese names, and the Batches page opens empty")
	void managersHumanTasksPage() {
		Map<String, Long> expected = byGroup(this.taskService.createTaskReport().taskCountByCandidateGroup());
		assertThat(expected).containsKeys(StaffGroup.RECEPTION.id(), StaffGroup.COMMITTEE.id());
		Tasklist.Session cockpit = this.tasklist.session(MANAGER, "cockpit");

		Tasklist.Response report = cockpit.get("/task/report/candidate-group-count");
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		Map<String, Long> counted = new HashMap<>();
		report.json().forEach((row) -> counted.put(row.path("groupName").asText(null), row.path("taskCount").asLong()));
		assertThat(counted).isEqualTo(expected);
		// the same numbers the manager's task queries give (they see every task)
		for (String group : List.of(StaffGroup.RECEPTION.id(), StaffGroup.COMMITTEE.id())) {
			assertThat(counted.get(group)).as(group)
				.isEqualTo(this.taskService.createTaskQuery().taskCandidateGroup(group).taskUnassigned().count());
		}

		// the page posts its counts of open tasks by kind
		for (String query : List.of("{\"unfinished\":true}", "{\"unfinished\":true,\"assigned\":true}",
				"{\"unfinished\":true,\"unassigned\":true,\"withCandidateGroups\":true}",
				"{\"unfinished\":true,\"unassigned\":true,\"withoutCandidateGroups\":true}")) {
			Tasklist.Response count = cockpit.post("/history/task/count", query);
			assertThat(count.status()).as(query + " " + count.body()).isEqualTo(200);
		}
		assertThat(cockpit.post("/history/task/count", "{\"unfinished\":true}").json().path("count").asLong())
			.isEqualTo(this.historyService.createHistoricTaskInstanceQuery().unfinished().count());

		Tasklist.Response groups = cockpit.post("/group?maxResults=2&firstResult=0",
				"{\"idIn\":[\"reception\",\"committee\"]}");
		assertThat(groups.status()).as(groups.body()).isEqualTo(200);
		assertThat(groups.json().findValuesAsText("name"))
			.containsExactlyInAnyOrder(StaffGroup.RECEPTION.japaneseName(), StaffGroup.COMMITTEE.japaneseName());

		for (String batches : List.of("/batch/statistics?firstResult=0&maxResults=10", "/history/batch?completed=true",
				"/history/batch/count")) {
			Tasklist.Response answer = cockpit.get(batches);
			assertThat(answer.status()).as(batches + " " + answer.body()).isEqualTo(200);
		}
	}

	@Test
	@DisplayName("SPEC §1 the Human Tasks page's report and group list stay refused to reception, auditors and process designers (API gate, 403), and the engine refuses the report to anyone outside the oversight groups")
	void othersRefused() {
		List<Tasklist.Session> others = List.of(this.tasklist.session(RECEPTION_USER), this.tasklist.session(AUDITOR),
				this.tasklist.session(DESIGNER, "cockpit"));
		for (Tasklist.Session session : others) {
			Tasklist.Response report = session.get("/task/report/candidate-group-count");
			assertThat(report.status()).as(report.body()).isEqualTo(403);
			assertThat(report.gateRefused()).isTrue();
			Tasklist.Response groups = session.post("/group", "{}");
			assertThat(groups.status()).as(groups.body()).isEqualTo(403);
			assertThat(groups.gateRefused()).isTrue();
		}
		assertThat(this.tasklist.session(RECEPTION_USER).get("/batch/statistics").status()).isEqualTo(403);

		// behind the gate, the engine itself: Camunda's check (READ on every Task) for
		// all but the oversight groups
		for (Map.Entry<String, String> user : Map
			.of(RECEPTION_USER, StaffGroup.RECEPTION.id(), DESIGNER, StaffGroup.PROCESS_DESIGNERS.id())
			.entrySet()) {
			this.identityService.setAuthentication(user.getKey(), List.of(user.getValue()));
			assertThatThrownBy(() -> this.taskService.createTaskReport().taskCountByCandidateGroup()).as(user.getKey())
				.isInstanceOf(AuthorizationException.class)
				.hasMessageContaining("'READ' permission on resource '*' of type 'Task'");
		}
		this.identityService.setAuthentication(MANAGER, List.of(StaffGroup.ASSESSMENT_MANAGERS.id()));
		assertThat(this.taskService.createTaskReport().taskCountByCandidateGroup()).isNotEmpty();
	}

	private static Map<String, Long> byGroup(List<TaskCountByCandidateGroupResult> results) {
		Map<String, Long> counts = new HashMap<>();
		results.forEach((result) -> counts.put(result.getGroupName(), (long) result.getTaskCount()));
		return counts;
	}

}
