package jp.pmark.workflow.identity;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The product's {@link ApiPolicy}: the calls of the engine's API and the webapps' plugin
 * APIs each SPEC §1 group makes in Tasklist and Cockpit (found by driving the webapps in
 * a browser: {@code WebappsByGroupBrowserIT} and the other browser tests work with it),
 * and nothing else. Everything else is for the administrators, who may make every call
 * but the anonymous first-user setup. The business itself goes through the forms
 * ({@code submit-form}) and the product's own API ({@code /api}); no group may set
 * variables, modify or start a process other than by its start form, correlate messages,
 * throw BPMN errors, read other groups' cases' variables, list users or verify passwords.
 */
final class ApiPolicies {

	/** Everyone who works tasks in Tasklist. */
	static final Set<String> TASK_WORKERS = ids(StaffGroup.RECEPTION, StaffGroup.ACCOUNTING,
			StaffGroup.ASSESSMENT_MANAGERS, StaffGroup.LEAD_AUDITORS, StaffGroup.AUDITORS,
			StaffGroup.ASSISTANT_AUDITORS, StaffGroup.COMMITTEE, StaffGroup.CLIP_ADVISORS, StaffGroup.CLIP_REVIEWERS);

	/** Who starts processes with their start forms (the models' candidate starters). */
	static final Set<String> STARTERS = ids(StaffGroup.RECEPTION, StaffGroup.ASSESSMENT_MANAGERS);

	/** Who uses Cockpit. */
	static final Set<String> COCKPIT = ids(StaffGroup.ASSESSMENT_MANAGERS, StaffGroup.PROCESS_DESIGNERS);

	/** Who oversees every case: its variables, history, incidents and jobs. */
	static final Set<String> OVERSIGHT = ids(StaffGroup.ASSESSMENT_MANAGERS);

	static final Set<String> DESIGNERS = ids(StaffGroup.PROCESS_DESIGNERS);

	static final Set<String> EVERYONE = Arrays.stream(StaffGroup.values())
		.map(StaffGroup::id)
		.collect(Collectors.toUnmodifiableSet());

	private ApiPolicies() {
	}

	static ApiPolicy staff() {
		ApiPolicy policy = new ApiPolicy();
		// the webapps' login, logout, current user and the plugins' static files
		policy.anonymousPlugin("POST", "/camunda/api/admin/auth/user/default/login/(tasklist|cockpit|admin|welcome)")
			.anonymousPlugin("POST", "/camunda/api/admin/auth/user/default/logout")
			.anonymousPlugin("GET", "/camunda/api/admin/auth/user/default")
			.anonymousPlugin("GET", "/camunda/api/(tasklist|cockpit|admin|welcome)/plugin/[A-Za-z]+/static/.*")
			// the first administrator comes from the operator (README), never from the
			// internet
			.never("POST", "/camunda/api/admin/setup/.*")
			.never("GET", "/camunda/api/admin/setup/.*");
		// no BPMN of the product catches an error or escalation thrown at a task: thrown
		// through the API it could only end or derail a case
		policy.neverEngine("POST /task/{id}/bpmnError", "POST /task/{id}/bpmnEscalation",
				"POST /external-task/{id}/bpmnError");

		// the webapps ask for the engines' names before the login
		policy.anonymousEngine("GET /engine");
		policy.engine(EVERYONE, "GET /user/{id}/profile");

		// Tasklist: the filters and lists, a task's form, its comments, history and
		// diagram; claim, release, submit
		policy.engine(TASK_WORKERS, "GET /filter", "GET /filter/count", "POST /filter/count", "OPTIONS /filter",
				"GET /filter/{id}", "GET /filter/{id}/list", "POST /filter/{id}/list", "GET /filter/{id}/count",
				"POST /filter/{id}/count", "GET /filter/{id}/singleResult", "POST /filter/{id}/singleResult",
				"GET /task", "POST /task", "GET /task/count", "POST /task/count", "GET /task/{id}",
				"GET /task/{id}/form", "GET /task/{id}/deployed-form", "GET /task/{id}/form-variables",
				"GET /task/{id}/comment", "GET /task/{id}/comment/{commentId}", "POST /task/{id}/comment/create",
				"GET /task/{id}/identity-links", "POST /task/{id}/claim", "POST /task/{id}/unclaim",
				"POST /task/{id}/assignee", "POST /task/{id}/submit-form", "GET /history/user-operation",
				"GET /history/user-operation/count", "GET /process-definition/{id}/xml");

		// start forms
		policy.engine(STARTERS, "GET /process-definition", "GET /process-definition/count",
				"GET /process-definition/{id}", "GET /process-definition/{id}/startForm",
				"GET /process-definition/{id}/deployed-start-form", "POST /process-definition/{id}/submit-form",
				"GET /process-definition/key/{key}", "GET /process-definition/key/{key}/startForm",
				"GET /process-definition/key/{key}/deployed-start-form",
				"POST /process-definition/key/{key}/submit-form");

		// Cockpit: models, deployments, where instances stand
		policy.engine(COCKPIT, "GET /process-definition", "GET /process-definition/count",
				"GET /process-definition/statistics", "GET /process-definition/{id}",
				"GET /process-definition/{id}/xml", "GET /process-definition/{id}/statistics",
				"GET /process-definition/key/{key}", "GET /process-definition/key/{key}/xml", "GET /process-instance",
				"POST /process-instance", "GET /process-instance/count", "POST /process-instance/count",
				"GET /process-instance/{id}", "GET /process-instance/{id}/activity-instances",
				"GET /case-definition/count", "GET /decision-definition", "GET /decision-definition/count",
				"GET /decision-definition/{id}", "GET /decision-definition/{id}/xml",
				"GET /decision-requirements-definition", "GET /decision-requirements-definition/count",
				"GET /decision-requirements-definition/{id}", "GET /decision-requirements-definition/{id}/xml",
				"GET /deployment", "GET /deployment/count", "GET /deployment/{id}", "GET /deployment/{id}/resources",
				"GET /deployment/{id}/resources/{resourceId}", "GET /deployment/{id}/resources/{resourceId}/data",
				"GET /job-definition", "POST /job-definition", "GET /job-definition/count",
				"POST /job-definition/count", "GET /task/count", "POST /task/count", "GET /incident",
				"GET /incident/count", "GET /history/process-definition/{id}/statistics");
		// Cockpit's own queries (its base plugin), each named: a path a Camunda update
		// adds stays closed until someone decides (SecurityRegressionTest.pluginApis)
		policy
			.plugin("GET",
					"/camunda/api/cockpit/plugin/base/default/(process-definition/statistics(-count)?"
							+ "|process-definition/[^/]+/called-process-definitions|process-instance(/count)?"
							+ "|process-instance/[^/]+/called-process-instances|incident(/count)?)",
					COCKPIT)
			// the incidents tab (of a definition and of an instance) posts to incident/,
			// the called instances tab to called-process-instances: both read, as the
			// GETs above
			.plugin("POST", "/camunda/api/cockpit/plugin/base/default/((process-instance|incident)(/count|/)?"
					+ "|process-instance/[^/]+/called-process-instances)", COCKPIT);

		// process designers deploy models (Camunda Modeler); only administrators delete
		policy.engine(DESIGNERS, "POST /deployment/create");

		// managers oversee every case: variables, history, incidents and jobs; they
		// suspend and resume, retry failed jobs and reassign tasks, but never set
		// variables
		// or move a case
		policy.engine(OVERSIGHT, "GET /variable-instance", "POST /variable-instance", "GET /variable-instance/count",
				"POST /variable-instance/count", "GET /variable-instance/{id}", "GET /process-instance/{id}/variables",
				"GET /process-instance/{id}/variables/{varName}", "GET /task/{id}/variables",
				"GET /task/{id}/localVariables", "GET /task/report/candidate-group-count",
				"GET /history/process-instance", "POST /history/process-instance",
				"GET /history/process-instance/count", "POST /history/process-instance/count",
				"GET /history/process-instance/{id}", "GET /history/activity-instance",
				"POST /history/activity-instance", "GET /history/activity-instance/count",
				"POST /history/activity-instance/count", "GET /history/activity-instance/{id}", "GET /history/task",
				"POST /history/task", "GET /history/task/count", "POST /history/task/count",
				"GET /history/variable-instance", "POST /history/variable-instance",
				"GET /history/variable-instance/count", "POST /history/variable-instance/count",
				"GET /history/variable-instance/{id}", "GET /history/incident", "GET /history/incident/count",
				"GET /history/job-log", "POST /history/job-log", "GET /history/job-log/count",
				"POST /history/job-log/count", "GET /history/job-log/{id}", "GET /history/job-log/{id}/stacktrace",
				"GET /history/decision-instance", "GET /history/decision-instance/count",
				"GET /history/decision-instance/{id}", "GET /history/identity-link-log",
				"GET /history/identity-link-log/count", "GET /job", "POST /job", "GET /job/count", "POST /job/count",
				"GET /job/{id}", "GET /job/{id}/stacktrace", "PUT /job/{id}/retries",
				"PUT /job-definition/{id}/retries", "GET /incident/{id}", "PUT /process-instance/{id}/suspended");
		// the Human Tasks page (人のタスク) names the candidate groups it counts (the
		// report above) by their Japanese names; every group may read groups already
		// (AccessSetup), only the list was closed
		policy.engine(OVERSIGHT, "POST /group");
		// Cockpit's Batches page (More menu) lists batches: the engine shows a person
		// only the batches they hold READ (READ_HISTORY) on, which no staff group has, so
		// the page opens empty instead of loading forever; starting, deleting or
		// suspending a batch stays the administrators'
		policy.engine(COCKPIT, "GET /batch/statistics", "GET /batch/statistics/count", "GET /history/batch",
				"GET /history/batch/count");
		return policy;
	}

	private static Set<String> ids(StaffGroup... groups) {
		return Arrays.stream(groups).map(StaffGroup::id).collect(Collectors.toUnmodifiableSet());
	}

}
