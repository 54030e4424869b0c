package jp.pmark.workflow.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jp.pmark.workflow.identity.StaffGroup;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast the managers' view (案件の状況, {@code GET /api/oversight}) is with 100,000 open
 * cases on a real PostgreSQL, against the bare engine's count of open tasks in the same
 * run.
 *
 * <p>
 * Fills the database with one open case per task of a minimal process (a user task at one
 * of nine stages, a quarter of them late), runs {@code VACUUM ANALYZE}, then times as an
 * assessment manager over HTTP: the summary, the first 50 of the late cases (the list
 * behind a number), and the engine REST API's {@code GET /engine-rest/task/count}.
 *
 * <p>
 * Run:
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.main=OversightBenchmark -Dbenchmark.tasks=100000}
 * (not part of the test run).
 */
public final class OversightBenchmark {

	private static final int CASES = Integer.getInteger("benchmark.tasks", 100_000);

	private static final int WARMUP = 10;

	private static final int RUNS = 30;

	private static final String MANAGER = "benchmark-manager";

	private OversightBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkApplication.run(OversightBenchmark::run);
	}

	private static void run(ConfigurableApplicationContext context) throws Exception {
		ProcessEngine engine = context.getBean(ProcessEngine.class);
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		engine.getRepositoryService()
			.createDeployment()
			.addClasspathResource("processes/TaskListBenchmarkProcess.bpmn")
			.deploy();
		TestUsers.ensure(engine.getIdentityService(), MANAGER, List.of(StaffGroup.ASSESSMENT_MANAGERS.id()));
		fill(engine.getRuntimeService());
		DataSource dataSource = context.getBean(DataSource.class);
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("vacuum analyze");
		}
		System.out.printf(Locale.ROOT, "%n%d open tasks, %d running process instances%n",
				engine.getTaskService().createTaskQuery().count(),
				engine.getRuntimeService().createProcessInstanceQuery().count());
		Client manager = new Client(port, MANAGER, TestUsers.PASSWORD);
		report("GET /api/oversight (summary)", manager, "/api/oversight");
		report("GET /api/oversight/cases?list=late (first 50)", manager, "/api/oversight/cases?list=late&max=50");
		report("GET /api/oversight/cases?list=stage (first 50)", manager,
				"/api/oversight/cases?list=stage&process=TaskListBenchmarkProcess&activity=Task_Reception&late=true");
		report("bare engine: GET /engine-rest/task/count", manager, "/engine-rest/task/count");
	}

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
		int batch = 1000;
		for (int from = 0; from < CASES; from += batch) {
			int first = from;
			batches.add(pool.submit(() -> {
				for (int i = first; i < Math.min(first + batch, CASES); i++) {
					Map<String, Object> variables = new HashMap<>();
					variables.put("group", groups.get(i % groups.size()));
					variables.put("due", Date.from(Instant.now().plus(Duration.ofDays((i % 4 == 0) ? -3 : 30))));
					String key = String.format(Locale.ROOT, "PM-O-%06d", i);
					variables.put("applicationNumber", key);
					runtimeService.startProcessInstanceByKey("TaskListBenchmarkProcess", key, variables);
				}
				return null;
			}));
		}
		for (Future<?> future : batches) {
			future.get();
		}
		pool.shutdown();
		System.out.printf(Locale.ROOT, "filled %d cases in %.1f s%n", CASES,
				Duration.between(started, Instant.now()).toMillis() / 1000.0);
	}

	private static void report(String name, Client client, String path) throws Exception {
		String first = client.get(path);
		for (int i = 0; i < WARMUP; i++) {
			client.get(path);
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			client.get(path);
			millis.add((System.nanoTime() - start) / 1_000_000.0);
		}
		Collections.sort(millis);
		System.out.printf(Locale.ROOT, "  %-52s median %7.1f ms  p90 %7.1f ms  max %7.1f ms  (%d runs; %s)%n", name,
				millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.9)), millis.get(millis.size() - 1),
				RUNS, first.substring(0, Math.min(160, first.length())));
	}

	/** The APIs with HTTP Basic authentication. */
	private static final class Client {

		private final HttpClient http = HttpClient.newHttpClient();

		private final String base;

		private final String authorization;

		Client(int port, String user, String password) {
			this.base = "http://localhost:" + port;
			this.authorization = "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		}

		String get(String path) throws Exception {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Authorization", this.authorization)
				.header("Accept", "application/json")
				.GET()
				.build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}

	}

}
