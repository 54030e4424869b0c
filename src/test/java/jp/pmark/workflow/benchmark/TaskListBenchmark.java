package jp.pmark.workflow.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jp.pmark.workflow.identity.StaffGroup;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast a group member's Tasklist is with 10,000 open tasks on a real PostgreSQL.
 *
 * <p>
 * Fills the database with 10,000 open tasks spread over the groups that work in Tasklist,
 * then times, through the REST API and as Tasklist issues them, a reception member's
 * count and first page of 50 of the filter 受付担当のタスク, and of 期限切れのタスク. With
 * {@code -Dbenchmark.perTaskGrants=true} it then writes one authorization row per task,
 * as Camunda's default authorization provider would, and times the same queries again.
 *
 * <p>
 * Run: {@code ./mvnw -Pbenchmark verify} (not part of the test run). Target: median under
 * 100 ms.
 */
public final class TaskListBenchmark {

	private static final int TASKS = Integer.getInteger("benchmark.tasks", 10_000);

	private static final int WARMUP = 30;

	private static final int RUNS = Integer.getInteger("benchmark.runs", 50);

	private static final String USER = "benchmark-reception";

	private static final String MANAGER = "benchmark-manager";

	private TaskListBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		// no arguments: the settings are the benchmark's own
		BenchmarkApplication.run(TaskListBenchmark::run);
	}

	private static void run(ConfigurableApplicationContext context) throws Exception {
		ProcessEngine engine = context.getBean(ProcessEngine.class);
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		engine.getRepositoryService()
			.createDeployment()
			.addClasspathResource("processes/TaskListBenchmarkProcess.bpmn")
			.deploy();
		IdentityService identityService = engine.getIdentityService();
		TestUsers.ensure(identityService, USER, List.of(StaffGroup.RECEPTION.id()));

		fill(engine.getRuntimeService());
		// as autovacuum would have done in a database that grew to this size over months
		analyze(context.getBean(DataSource.class));
		long open = engine.getTaskService().createTaskQuery().count();
		System.out.printf(Locale.ROOT, "%n%d open tasks, PostgreSQL %s%n", open,
				context.getBean(DataSource.class).getConnection().getMetaData().getDatabaseProductVersion());

		FilterService filters = engine.getFilterService();
		String groupFilter = filters.createFilterQuery().filterName("受付担当のタスク").singleResult().getId();
		String overdueFilter = filters.createFilterQuery().filterName("期限切れのタスク").singleResult().getId();
		TestUsers.ensure(identityService, MANAGER, List.of(StaffGroup.ASSESSMENT_MANAGERS.id()));
		Client client = new Client(port, USER, TestUsers.PASSWORD);
		Client manager = new Client(port, MANAGER, TestUsers.PASSWORD);

		System.out.println("\nGrants once per group on process definitions (the product's design):");
		measure(client, manager, groupFilter, overdueFilter, RUNS);

		if (Boolean.getBoolean("benchmark.keep")) {
			System.out.printf(Locale.ROOT,
					"%nKept running: http://localhost:%d/camunda/app/tasklist/ (user %s, password %s); "
							+ "stop with Ctrl-C%n",
					port, USER, TestUsers.PASSWORD);
			Thread.currentThread().join();
		}
		if (Boolean.getBoolean("benchmark.perTaskGrants")) {
			writePerTaskGrants(engine, context.getBean(DataSource.class));
			System.out.println("\nFor comparison, with one authorization row per task (Camunda's default provider):");
			measure(client, manager, groupFilter, overdueFilter, 5);
		}
	}

	/**
	 * Starts one instance per task, spread evenly over the Tasklist groups; a third
	 * overdue.
	 */
	private static void fill(RuntimeService runtimeService) throws Exception {
		List<String> groups = new ArrayList<>();
		for (StaffGroup group : StaffGroup.values()) {
			if (group.worksInTasklist()) {
				groups.add(group.id());
			}
		}
		Instant started = Instant.now();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> batches = new ArrayList<>();
		int batch = 500;
		for (int from = 0; from < TASKS; from += batch) {
			int first = from;
			batches.add(pool.submit(() -> {
				for (int i = first; i < Math.min(first + batch, TASKS); i++) {
					Map<String, Object> variables = new HashMap<>();
					variables.put("group", groups.get(i % groups.size()));
					variables.put("due", Date.from(Instant.now().plus(Duration.ofDays((i % 4 == 0) ? -3 : 30))));
					variables.put("applicationNumber", String.format(Locale.ROOT, "PM-B-%05d", i));
					runtimeService.startProcessInstanceByKey("TaskListBenchmarkProcess",
							String.format(Locale.ROOT, "PM-B-%05d", i), variables);
				}
				return null;
			}));
		}
		for (Future<?> future : batches) {
			future.get();
		}
		pool.shutdown();
		System.out.printf(Locale.ROOT, "filled in %.1f s%n",
				Duration.between(started, Instant.now()).toMillis() / 1000.0);
	}

	private static void measure(Client client, Client manager, String groupFilter, String overdueFilter, int runs)
			throws Exception {
		String count = "{}";
		// Tasklist's own list request: a HAL page with the total count and the filter's
		// variables
		String list = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";
		String listPath = "/list?firstResult=0&maxResults=50";
		report("受付担当のタスク count", client, "/engine-rest/filter/" + groupFilter + "/count", count, runs);
		report("受付担当のタスク first 50", client, "/engine-rest/filter/" + groupFilter + listPath, list, runs);
		report("  (the same as plain JSON)", client, "/engine-rest/filter/" + groupFilter + listPath + "&json", list,
				runs);
		report("期限切れのタスク count", client, "/engine-rest/filter/" + overdueFilter + "/count", count, runs);
		report("期限切れのタスク first 50", client, "/engine-rest/filter/" + overdueFilter + listPath, list, runs);
		System.out.println("  an assessment manager, who sees every group's tasks:");
		report("期限切れのタスク count", manager, "/engine-rest/filter/" + overdueFilter + "/count", count, runs);
		report("期限切れのタスク first 50", manager, "/engine-rest/filter/" + overdueFilter + listPath, list, runs);
	}

	private static void report(String name, Client client, String path, String body, int runs) throws Exception {
		String first = client.post(path, body);
		if (first.equals("{\"count\":0}") || summary(first).startsWith("0 tasks")) {
			// a list nobody sees measures nothing
			throw new IllegalStateException(name + " is empty: the benchmark's tasks are not offered to its user");
		}
		for (int i = 0; i < Math.min(WARMUP, runs); i++) {
			client.post(path, body);
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			client.post(path, body);
			millis.add((System.nanoTime() - start) / 1_000_000.0);
		}
		Collections.sort(millis);
		System.out.printf(Locale.ROOT, "  %-28s median %7.1f ms  p90 %7.1f ms  max %7.1f ms  (%d runs; %s)%n", name,
				millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.9)), millis.get(millis.size() - 1),
				runs, summary(first));
	}

	private static String summary(String response) {
		if (response.startsWith("{\"count\"")) {
			return response;
		}
		int tasks = response.split("\"taskDefinitionKey\"", -1).length - 1;
		return tasks + " tasks on the page";
	}

	private static void analyze(DataSource dataSource) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("vacuum analyze");
		}
	}

	/** What Camunda's default provider writes: a row per task for its candidate group. */
	private static void writePerTaskGrants(ProcessEngine engine, DataSource dataSource) throws Exception {
		List<Task> tasks = engine.getTaskService().createTaskQuery().list();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement(
						"insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_) "
								+ "values (?, 1, 1, ?, 7, ?, ?)")) {
			connection.setAutoCommit(false);
			for (Task task : tasks) {
				String group = engine.getTaskService()
					.getIdentityLinksForTask(task.getId())
					.stream()
					.filter((link) -> link.getGroupId() != null)
					.findFirst()
					.orElseThrow()
					.getGroupId();
				insert.setString(1, UUID.randomUUID().toString());
				insert.setString(2, group);
				insert.setString(3, task.getId());
				// READ | UPDATE, as the default provider grants candidates
				insert.setInt(4, 2 | 4);
				insert.addBatch();
			}
			insert.executeBatch();
			connection.commit();
		}
	}

	/** The REST API, as Tasklist calls it, with HTTP Basic authentication. */
	private static final class Client {

		private final HttpClient http = HttpClient.newHttpClient();

		private final String base;

		private final String authorization;

		Client(int port, String user, String password) {
			this.base = "http://localhost:" + port;
			this.authorization = "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		}

		String post(String path, String body) throws Exception {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Authorization", this.authorization)
				.header("Content-Type", "application/json")
				.header("Accept",
						(path.contains("/list") && !path.endsWith("&json")) ? "application/hal+json"
								: "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}

	}

}
