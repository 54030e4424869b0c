package jp.pmark.workflow.identity;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §1: the REST API requires authentication and applies the same authorizations as
 * the webapps; each group sees and works only the tasks offered to it.
 */
@PmarkSpringTest
class RestAccessTest {

	static final String RECEPTION_USER = "test-reception";

	static final String COMMITTEE_USER = "test-committee";

	static final String MANAGER = "test-manager";

	static final String DESIGNER = "test-designer";

	static final String NOBODY = "test-nobody";

	static final String ADMIN = "test-admin";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	IdentityService identityService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	FilterService filterService;

	@Autowired
	AccessSetup accessSetup;

	@Autowired
	TasklistFilters tasklistFilters;

	ProcessInstance instance;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.identityService, RECEPTION_USER, List.of(StaffGroup.RECEPTION.id()));
		TestUsers.ensure(this.identityService, COMMITTEE_USER, List.of(StaffGroup.COMMITTEE.id()));
		TestUsers.ensure(this.identityService, MANAGER, List.of(StaffGroup.ASSESSMENT_MANAGERS.id()));
		TestUsers.ensure(this.identityService, DESIGNER, List.of(StaffGroup.PROCESS_DESIGNERS.id()));
		TestUsers.ensure(this.identityService, NOBODY, List.of());
		TestUsers.ensure(this.identityService, ADMIN, List.of(StaffGroup.ADMIN_GROUP_ID));
		this.repositoryService.createDeployment()
			.name("access-test")
			.addClasspathResource("processes/AccessTestProcess.bpmn")
			.enableDuplicateFiltering(true)
			.deploy();
		this.instance = this.runtimeService.startProcessInstanceByKey("AccessTestProcess",
				Map.of("applicationNumber", "PM-TEST-0001"));
	}

	@Test
	@DisplayName("§1 the REST API answers 401 without credentials or with a wrong password")
	void unauthenticated() {
		assertThat(this.rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.rest
			.postForEntity("/engine-rest/process-definition/key/AccessTestProcess/start", json("{}"), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		// a wrong password delays the user's next login (login throttling): use a user of
		// its own
		TestUsers.ensure(this.identityService, "test-wrong-password", List.of(StaffGroup.RECEPTION.id()));
		assertThat(this.rest.withBasicAuth("test-wrong-password", "wrong")
			.getForEntity("/engine-rest/task", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	@DisplayName("§1 each group sees only the tasks offered to it; a user of no group sees none")
	void seeOnlyOfferedTasks() {
		assertThat(taskKeys(RECEPTION_USER)).containsExactly("Task_Reception");
		assertThat(taskKeys(COMMITTEE_USER)).containsExactly("Task_Committee");
		assertThat(taskKeys(NOBODY)).isEmpty();
		assertThat(taskKeys(DESIGNER)).isEmpty();
		String committeeTask = taskId("Task_Committee");
		assertThat(as(RECEPTION_USER).getForEntity("/engine-rest/task/" + committeeTask, String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(as(COMMITTEE_USER).getForEntity("/engine-rest/task/" + committeeTask, String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		// nor by its id: its variables and form stay closed to another group
		assertThat(as(RECEPTION_USER).getForEntity("/engine-rest/task/" + committeeTask + "/variables", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(
				as(RECEPTION_USER).getForEntity("/engine-rest/task/" + committeeTask + "/form-variables", String.class)
					.getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as(RECEPTION_USER)
			.exchange("/engine-rest/task/" + committeeTask + "/variables/note", HttpMethod.PUT,
					json("{\"value\":\"x\",\"type\":\"String\"}"), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(
				as(COMMITTEE_USER).getForEntity("/engine-rest/task/" + committeeTask + "/form-variables", String.class)
					.getStatusCode())
			.isEqualTo(HttpStatus.OK);
		// a task's raw variables are the managers' (oversight), not even its own group's
		assertThat(as(COMMITTEE_USER).getForEntity("/engine-rest/task/" + committeeTask + "/variables", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<JsonNode> count = as(RECEPTION_USER)
			.getForEntity("/engine-rest/task/count?processInstanceId=" + this.instance.getId(), JsonNode.class);
		assertThat(count.getBody().path("count").asInt()).isOne();
	}

	@Test
	@DisplayName("§1 a narrowed count (counted in parts: candidate, assignee or owner, less both) equals the narrowed list: a task offered by group, one held as assignee or owner by someone who left the group, one that is both")
	void narrowedCountsEqualLists() {
		String receptionTask = taskId("Task_Reception");
		String moved = "test-moved-on";
		TestUsers.ensure(this.identityService, moved, List.of(StaffGroup.RECEPTION.id(), StaffGroup.COMMITTEE.id()));
		try {
			this.taskService.claim(receptionTask, moved);
			// handed on: the colleague works it, the one who handed it on stays its owner
			this.taskService.delegateTask(receptionTask, RECEPTION_USER);
			this.identityService.deleteMembership(moved, StaffGroup.RECEPTION.id());
			// owner only, and candidate by group
			assertThat(taskKeys(moved)).containsExactlyInAnyOrder("Task_Reception", "Task_Committee");
			assertThat(count(moved)).isEqualTo(2);
			// candidate by group and assignee at once: counted once
			assertThat(taskKeys(RECEPTION_USER)).containsExactly("Task_Reception");
			assertThat(count(RECEPTION_USER)).isEqualTo(1);
			// a candidate user of a task of another group
			this.taskService.addCandidateUser(taskId("Task_Committee"), RECEPTION_USER);
			assertThat(taskKeys(RECEPTION_USER)).containsExactlyInAnyOrder("Task_Reception", "Task_Committee");
			assertThat(count(RECEPTION_USER)).isEqualTo(2);
			assertThat(count(NOBODY)).isZero();
		}
		finally {
			this.identityService.deleteUser(moved);
		}
	}

	private int count(String userId) {
		ResponseEntity<JsonNode> answer = as(userId)
			.getForEntity("/engine-rest/task/count?processInstanceId=" + this.instance.getId(), JsonNode.class);
		return (answer.getStatusCode() == HttpStatus.OK) ? answer.getBody().path("count").asInt() : 0;
	}

	@Test
	@DisplayName("§1 assessment managers and administrators see every open task, to watch deadlines")
	void oversight() {
		assertThat(taskKeys(MANAGER)).containsExactlyInAnyOrder("Task_Reception", "Task_Committee");
		assertThat(taskKeys(ADMIN)).containsExactlyInAnyOrder("Task_Reception", "Task_Committee");
	}

	@Test
	@DisplayName("§1 a user of another group can neither claim nor submit a task; the plain complete is nobody's")
	void workOnlyOfferedTasks() {
		String committeeTask = taskId("Task_Committee");
		ResponseEntity<JsonNode> claim = as(RECEPTION_USER).postForEntity(
				"/engine-rest/task/" + committeeTask + "/claim", json("{\"userId\":\"" + RECEPTION_USER + "\"}"),
				JsonNode.class);
		assertThat(claim.getStatusCode()).as("%s", claim.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(claim.getBody().path("message").asText()).contains("審査会委員");

		ResponseEntity<JsonNode> submit = as(RECEPTION_USER)
			.postForEntity("/engine-rest/task/" + committeeTask + "/submit-form", json("{}"), JsonNode.class);
		assertThat(submit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.taskService.createTaskQuery().taskId(committeeTask).singleResult().getAssignee()).isNull();

		ResponseEntity<JsonNode> managerSubmit = as(MANAGER)
			.postForEntity("/engine-rest/task/" + committeeTask + "/submit-form", json("{}"), JsonNode.class);
		assertThat(managerSubmit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(as(COMMITTEE_USER)
			.postForEntity("/engine-rest/task/" + committeeTask + "/claim",
					json("{\"userId\":\"" + COMMITTEE_USER + "\"}"), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		// its own group gets through the task's checks: this test process's task has no
		// form of the product's, so its submission is refused as such
		ResponseEntity<JsonNode> own = as(COMMITTEE_USER)
			.postForEntity("/engine-rest/task/" + committeeTask + "/submit-form", json("{}"), JsonNode.class);
		assertThat(own.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(own.getBody().path("message").asText()).contains("フォームがない");
		// and nobody but an administrator may complete a task plainly
		for (String user : List.of(COMMITTEE_USER, MANAGER)) {
			assertThat(
					as(user).postForEntity("/engine-rest/task/" + committeeTask + "/complete", json("{}"), String.class)
						.getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		HttpEntity<String> withReason = json("{}");
		HttpHeaders reasoned = new HttpHeaders(withReason.getHeaders());
		reasoned.set("X-Pmark-Reason", "test");
		assertThat(as(ADMIN).postForEntity("/engine-rest/task/" + committeeTask + "/complete", json("{}"), String.class)
			.getStatusCode()).as("an administrator's intervention needs its reason").isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(as(ADMIN)
			.postForEntity("/engine-rest/task/" + committeeTask + "/complete", new HttpEntity<>("{}", reasoned),
					String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.taskService.createTaskQuery().taskId(committeeTask).count()).isZero();
	}

	@Test
	@DisplayName("§1 a claimed task can be completed only by its assignee, and assigned only within its groups")
	void assigneeOnly() {
		String receptionTask = taskId("Task_Reception");
		TestUsers.ensure(this.identityService, "test-reception-2", List.of(StaffGroup.RECEPTION.id()));
		assertThat(as(RECEPTION_USER)
			.postForEntity("/engine-rest/task/" + receptionTask + "/claim",
					json("{\"userId\":\"" + RECEPTION_USER + "\"}"), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(as("test-reception-2")
			.postForEntity("/engine-rest/task/" + receptionTask + "/submit-form", json("{}"), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		// a manager may reassign, but only to a member of the task's group
		assertThat(as(MANAGER)
			.postForEntity("/engine-rest/task/" + receptionTask + "/assignee",
					json("{\"userId\":\"" + COMMITTEE_USER + "\"}"), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as(MANAGER)
			.postForEntity("/engine-rest/task/" + receptionTask + "/assignee",
					json("{\"userId\":\"test-reception-2\"}"), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.taskService.createTaskQuery().taskId(receptionTask).singleResult().getAssignee())
			.isEqualTo("test-reception-2");
	}

	@Test
	@DisplayName("§1 processes start through their start forms and the product's API; the engine's generic start is the administrators'")
	void start() {
		for (String user : List.of(NOBODY, COMMITTEE_USER, RECEPTION_USER, MANAGER)) {
			assertThat(as(user)
				.postForEntity("/engine-rest/process-definition/key/AccessTestProcess/start", json("{}"), String.class)
				.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(as(ADMIN)
			.postForEntity("/engine-rest/process-definition/key/AccessTestProcess/start", json("{}"), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	@DisplayName("§1 process designers may create deployments; other staff may not")
	void deployments() {
		assertThat(deploy(DESIGNER).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(deploy(RECEPTION_USER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(deploy(MANAGER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	@DisplayName("§1 managers read all process instances and their history; other staff do not")
	void managersReadEverything() {
		String path = "/engine-rest/history/process-instance?processInstanceId=" + this.instance.getId();
		assertThat(as(MANAGER).getForEntity(path, JsonNode.class).getBody()).hasSize(1);
		assertThat(as(RECEPTION_USER).getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		String running = "/engine-rest/process-instance?processInstanceIds=" + this.instance.getId();
		assertThat(as(MANAGER).getForEntity(running, JsonNode.class).getBody()).hasSize(1);
		// other staff read cases through their tasks, not by querying instances
		for (String user : List.of(NOBODY, RECEPTION_USER, COMMITTEE_USER)) {
			assertThat(as(user).getForEntity(running, String.class).getStatusCode()).as(user)
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	@DisplayName("§1 administrators may do everything; staff cannot read or write authorizations")
	void administrators() {
		assertThat(as(ADMIN).getForEntity("/engine-rest/authorization/count", JsonNode.class)
			.getBody()
			.path("count")
			.asInt()).isPositive();
		assertThat(as(RECEPTION_USER).getForEntity("/engine-rest/authorization/count", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	@DisplayName("§1 Tasklist and Cockpit access follow the groups")
	void applications() {
		assertThat(authorized(RECEPTION_USER, "tasklist")).isTrue();
		assertThat(authorized(RECEPTION_USER, "cockpit")).isFalse();
		assertThat(authorized(MANAGER, "cockpit")).isTrue();
		assertThat(authorized(DESIGNER, "cockpit")).isTrue();
		assertThat(authorized(DESIGNER, "tasklist")).isFalse();
		assertThat(authorized(NOBODY, "tasklist")).isFalse();
		assertThat(authorized(ADMIN, "admin")).isTrue();
	}

	@Test
	@DisplayName("§1 Japanese Tasklist filters are shared with the groups they serve, open on the group's own, give managers every open task, and count only offered tasks")
	void filters() {
		JsonNode receptionFilters = as(RECEPTION_USER).getForEntity("/engine-rest/filter", JsonNode.class).getBody();
		List<String> names = receptionFilters.findValuesAsText("name");
		assertThat(names).contains("自分のタスク", "期限切れのタスク", "受付担当のタスク").doesNotContain("審査会委員のタスク", "すべての未完了タスク");
		// Tasklist opens on the filter of least priority: the person's group filter
		assertThat(firstFilter(receptionFilters)).isEqualTo("受付担当のタスク");
		JsonNode managerFilters = as(MANAGER).getForEntity("/engine-rest/filter", JsonNode.class).getBody();
		assertThat(firstFilter(managerFilters)).isEqualTo("審査管理者のタスク");
		assertThat(managerFilters.findValuesAsText("name")).contains("すべての未完了タスク");
		String all = this.filterService.createFilterQuery().filterName("すべての未完了タスク").singleResult().getId();
		assertThat(as(MANAGER).postForEntity("/engine-rest/filter/" + all + "/count", json("{}"), JsonNode.class)
			.getBody()
			.path("count")
			.asLong()).as("every open task, for the managers").isEqualTo(this.taskService.createTaskQuery().count());
		assertThat(as(NOBODY).getForEntity("/engine-rest/filter", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		String groupFilter = this.filterService.createFilterQuery().filterName("受付担当のタスク").singleResult().getId();
		ResponseEntity<JsonNode> count = as(RECEPTION_USER).postForEntity(
				"/engine-rest/filter/" + groupFilter + "/count",
				json("{\"processInstanceId\":\"" + this.instance.getId() + "\"}"), JsonNode.class);
		assertThat(count.getBody().path("count").asInt()).isOne();

		// Tasklist's own request: a HAL page whose tasks carry the filter's variables
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
		JsonNode page = as(RECEPTION_USER)
			.postForEntity("/engine-rest/filter/" + groupFilter + "/list?firstResult=0&maxResults=50",
					new HttpEntity<>("{\"processInstanceId\":\"" + this.instance.getId() + "\"}", headers),
					JsonNode.class)
			.getBody();
		JsonNode task = page.path("_embedded").path("task").path(0);
		assertThat(task.path("name").asText()).isEqualTo("受付のタスク");
		assertThat(task.path("_embedded").path("variable").findValuesAsText("value")).contains("PM-TEST-0001");
	}

	@Test
	@DisplayName("§1 a group's list asked by a member shows the group's tasks, also those a colleague claimed; asked by anyone else it shows none of them")
	void groupListsByMembersOnly() {
		String receptionTask = taskId("Task_Reception");
		TestUsers.ensure(this.identityService, "test-reception-2", List.of(StaffGroup.RECEPTION.id()));
		this.taskService.claim(receptionTask, "test-reception-2");
		String query = "{\"candidateGroup\":\"reception\",\"includeAssignedTasks\":true,\"processInstanceId\":\""
				+ this.instance.getId() + "\"}";
		assertThat(as(RECEPTION_USER).postForEntity("/engine-rest/task/count", json(query), JsonNode.class)
			.getBody()
			.path("count")
			.asInt()).isOne();
		String inQuery = "{\"candidateGroups\":[\"reception\"],\"includeAssignedTasks\":true,\"processInstanceId\":\""
				+ this.instance.getId() + "\"}";
		for (String outsider : List.of(COMMITTEE_USER, NOBODY)) {
			for (String asked : List.of(query, inQuery)) {
				ResponseEntity<String> answer = as(outsider).postForEntity("/engine-rest/task", json(asked),
						String.class);
				// a person of no group may not list tasks at all
				assertThat(answer.getStatusCode().value() + " " + answer.getBody()).as(outsider)
					.isIn("200 []", "403 " + answer.getBody());
			}
		}
		// a member asking for their own and another group's candidates is narrowed again
		String mixed = "{\"candidateGroups\":[\"reception\",\"committee\"],\"processInstanceId\":\""
				+ this.instance.getId() + "\"}";
		this.taskService.setAssignee(receptionTask, null);
		assertThat(as(RECEPTION_USER).postForEntity("/engine-rest/task", json(mixed), JsonNode.class)
			.getBody()
			.findValuesAsText("taskDefinitionKey")).containsExactly("Task_Reception");
	}

	@Test
	@DisplayName("§1 the task lists' indexes exist: tasks by due date, a group's candidate links with their task")
	void taskListIndexes() throws Exception {
		try (java.sql.Connection connection = this.dataSource.getConnection()) {
			assertThat(indexes(connection, "ACT_RU_TASK")).contains("PM_IDX_TASK_DUE_DATE");
			assertThat(indexes(connection, "ACT_RU_IDENTITYLINK")).contains("PM_IDX_IDENT_LNK_GROUP_TASK");
		}
	}

	private static List<String> indexes(java.sql.Connection connection, String table) throws Exception {
		List<String> names = new java.util.ArrayList<>();
		try (java.sql.ResultSet rows = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
			while (rows.next()) {
				names.add(String.valueOf(rows.getString("INDEX_NAME")).toUpperCase(java.util.Locale.ROOT));
			}
		}
		return names;
	}

	@Test
	@DisplayName("§1 no authorization row is written per task: grants are made once per group")
	void noPerTaskGrants() {
		assertThat(this.taskService.createTaskQuery().count()).isPositive();
		assertThat(this.authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).list())
			.allSatisfy((authorization) -> assertThat(authorization.getResourceId()).isEqualTo("*"));
		assertThat(this.authorizationService.createAuthorizationQuery()
			.groupIdIn(StaffGroup.RECEPTION.id())
			.resourceType(Resources.PROCESS_DEFINITION)
			.resourceId("AccessTestProcess")
			.count()).isOne();
	}

	@Test
	@DisplayName("§1 groups, grants and filters are created idempotently: a second start adds nothing")
	void idempotentSetup() throws Exception {
		long groups = this.identityService.createGroupQuery().count();
		long authorizations = this.authorizationService.createAuthorizationQuery().count();
		long filters = this.filterService.createFilterQuery().count();
		this.accessSetup.run(null);
		this.tasklistFilters.run(null);
		assertThat(this.identityService.createGroupQuery().count()).isEqualTo(groups);
		assertThat(this.authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
		assertThat(this.filterService.createFilterQuery().count()).isEqualTo(filters);
		for (StaffGroup group : StaffGroup.values()) {
			assertThat(this.identityService.createGroupQuery().groupId(group.id()).singleResult().getName())
				.isEqualTo(group.japaneseName());
		}
	}

	private boolean authorized(String userId, String application) {
		List<String> groups = this.identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map((group) -> group.getId())
			.toList();
		return this.authorizationService.isUserAuthorized(userId, groups, Permissions.ACCESS, Resources.APPLICATION,
				application);
	}

	private ResponseEntity<String> deploy(String userId) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("deployment-name", "designer-test");
		parts.add("enable-duplicate-filtering", "true");
		parts.add("data",
				new ByteArrayResource(
						"""
								<?xml version="1.0" encoding="UTF-8"?>
								<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://pmark.jp/test">
								  <bpmn:process id="DesignerTestProcess" isExecutable="true" camunda:historyTimeToLive="P1D">
								    <bpmn:startEvent id="StartEvent_1" />
								  </bpmn:process>
								</bpmn:definitions>
								"""
							.getBytes()) {
					@Override
					public String getFilename() {
						return "DesignerTestProcess.bpmn";
					}
				});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return as(userId).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers),
				String.class);
	}

	private List<String> taskKeys(String userId) {
		JsonNode tasks = as(userId)
			.getForEntity("/engine-rest/task?processInstanceId=" + this.instance.getId(), JsonNode.class)
			.getBody();
		return tasks.findValuesAsText("taskDefinitionKey");
	}

	private String taskId(String key) {
		return this.taskService.createTaskQuery()
			.processInstanceId(this.instance.getId())
			.taskDefinitionKey(key)
			.singleResult()
			.getId();
	}

	private TestRestTemplate as(String userId) {
		return this.rest.withBasicAuth(userId, TestUsers.PASSWORD);
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	private static String firstFilter(JsonNode filters) {
		String first = null;
		int least = Integer.MAX_VALUE;
		for (JsonNode filter : filters) {
			int priority = filter.path("properties").path("priority").asInt();
			if (priority < least) {
				least = priority;
				first = filter.path("name").asText();
			}
		}
		return first;
	}

}
