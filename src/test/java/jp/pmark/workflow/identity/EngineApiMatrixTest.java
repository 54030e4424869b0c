package jp.pmark.workflow.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decided matrix of the engine's REST API: for every operation the engine's own
 * OpenAPI description lists, which SPEC §1 groups may call it
 * ({@code src/test/resources/security/engine-api-decisions.tsv}, read by people). A
 * Camunda update that adds an operation fails here until someone decides it; the policy
 * must agree with the matrix; and every call, by a user of each group, on
 * {@code /engine-rest} (Basic) and on the webapps' {@code /camunda/api/engine} (a
 * logged-in session with its XSRF token), is refused by the gate exactly when the matrix
 * says so. Administrators pass the gate on every read.
 */
@PmarkSpringTest
class EngineApiMatrixTest {

	static final Path DECISIONS = Path.of("src/test/resources/security/engine-api-decisions.tsv");

	static final List<String> GROUPS = List.of("reception", "accounting", "assessment-managers", "lead-auditors",
			"auditors", "assistant-auditors", "committee", "process-designers", "clip-advisors", "clip-reviewers");

	@Autowired
	Tasklist tasklist;

	@Autowired
	IdentityService identityService;

	/** The policy's decision for each operation: the groups allowed, sorted. */
	private static Map<String, Set<String>> decisions() {
		ApiPolicy policy = ApiPolicies.staff();
		Map<String, Set<String>> decisions = new TreeMap<>();
		for (EngineApiOperations.Operation operation : EngineApiOperations.all().operations()) {
			Set<String> allowed = new TreeSet<>();
			for (String group : GROUPS) {
				if (policy.allows(operation, Set.of(group))) {
					allowed.add(group);
				}
			}
			decisions.put(operation.toString(), allowed);
		}
		return decisions;
	}

	private static Map<String, Set<String>> decided() throws IOException {
		Map<String, Set<String>> decided = new LinkedHashMap<>();
		for (String line : Files.readAllLines(DECISIONS, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t");
			Set<String> groups = new TreeSet<>();
			if (columns.length > 1 && !"admin-only".equals(columns[1])) {
				groups.addAll(List.of(columns[1].split(",")));
			}
			decided.put(columns[0], groups);
		}
		return decided;
	}

	@Test
	@DisplayName("§1 every operation of the engine's REST API is decided, and the gate's policy is the decided matrix")
	void everyOperationDecided() throws IOException {
		Map<String, Set<String>> policy = decisions();
		if (Boolean.getBoolean("security.write-decisions")) {
			StringBuilder text = new StringBuilder("# operation\tgroups allowed (admin-only: administrators alone)\n");
			policy.forEach((operation, groups) -> text.append(operation)
				.append('\t')
				.append(groups.isEmpty() ? "admin-only" : String.join(",", groups))
				.append('\n'));
			Files.writeString(DECISIONS, text, StandardCharsets.UTF_8);
		}
		Map<String, Set<String>> decided = decided();
		List<String> undecided = policy.keySet()
			.stream()
			.filter((operation) -> !decided.containsKey(operation))
			.toList();
		assertThat(undecided).as("operations no one has decided (decide in ApiPolicies, then record in %s)", DECISIONS)
			.isEmpty();
		assertThat(decided.keySet()).as("decisions for operations the API no longer has").isSubsetOf(policy.keySet());
		assertThat(policy).as("the gate's policy against the decided matrix").isEqualTo(decided);
		assertThat(decided).hasSizeGreaterThan(390);
	}

	@Test
	@DisplayName("§1 on both mounts, each group's call of each operation is refused by the gate exactly when the matrix says so")
	void everyCallAsEveryGroup() throws IOException {
		Map<String, Set<String>> decided = decided();
		List<String> wrong = new ArrayList<>();
		for (String group : GROUPS) {
			String user = "m-" + group;
			TestUsers.ensure(this.identityService, user, List.of(group));
			Tasklist.Session session = this.tasklist.session(user,
					"process-designers".equals(group) ? "cockpit" : "tasklist");
			for (EngineApiOperations.Operation operation : EngineApiOperations.all().operations()) {
				boolean allowed = decided.get(operation.toString()).contains(group);
				String path = concrete(operation.template());
				String body = List.of("GET", "DELETE", "OPTIONS").contains(operation.method()) ? null : "{}";
				Tasklist.Response rest = this.tasklist.call(user, operation.method(), "/engine-rest" + path, body);
				Tasklist.Response webapp = session.call(operation.method(), path, body);
				check(wrong, group + " /engine-rest " + operation, rest, allowed);
				check(wrong, group + " /camunda/api/engine " + operation, webapp, allowed);
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	@DisplayName("§1 administrators pass the gate on every read of the engine's API, on both mounts; BPMN errors and escalations are nobody's")
	void administratorsRead() {
		TestUsers.ensure(this.identityService, "m-admin", List.of("camunda-admin"));
		Tasklist.Session session = this.tasklist.session("m-admin", "admin");
		List<String> wrong = new ArrayList<>();
		for (EngineApiOperations.Operation operation : EngineApiOperations.all().operations()) {
			boolean never = ApiPolicies.staff().forbidsEveryone(operation);
			if (!"GET".equals(operation.method()) && !never) {
				continue;
			}
			String path = concrete(operation.template());
			String body = "GET".equals(operation.method()) ? null : "{}";
			check(wrong, "admin /engine-rest " + operation,
					this.tasklist.call("m-admin", operation.method(), "/engine-rest" + path, body), !never);
			check(wrong, "admin /camunda/api/engine " + operation, session.call(operation.method(), path, body),
					!never);
		}
		assertThat(wrong).isEmpty();
	}

	private static void check(List<String> wrong, String what, Tasklist.Response response, boolean allowed) {
		boolean refusedByGate = response.status() == 403 && response.gateRefused();
		if (allowed == refusedByGate) {
			wrong.add(what + " answered " + response.status()
					+ (allowed ? " (should pass the gate)" : " (should be refused by the gate)"));
		}
	}

	/** A template with its parameters filled by values that name nothing. */
	static String concrete(String template) {
		return template.replaceAll("\\{id\\}", "00000000-0000-0000-0000-000000000000")
			.replaceAll("\\{[^}]+\\}", "no-such-thing");
	}

}
