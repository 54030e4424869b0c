package jp.pmark.workflow.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jp.pmark.workflow.assessment.PortalApplications;
import jp.pmark.workflow.identity.StaffGroup;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.ProcessEngine;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Intake at engine speed (README): on a real PostgreSQL, in one run, the intake API
 * ({@code POST /api/applications} with every mandatory document as a file: checks,
 * applicant, application number, 16 files, journal, assessment started) against a bare
 * process start with one user task through the engine's REST API, at concurrency 1, 4 and
 * 8. Not a test: {@code ./mvnw -Pbenchmark verify -Dbenchmark.main=IntakeBenchmark}.
 */
public final class IntakeBenchmark {

	private static final int REQUESTS = Integer.getInteger("benchmark.requests", 240);

	private static final int WARMUP = 40;

	private static final int JIT_WARMUP = Integer.getInteger("benchmark.warmup", 1000);

	private static final String PORTAL = "benchmark-portal";

	private static final String ADMIN = "benchmark-admin";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private IntakeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		// no arguments: the settings are the benchmark's own
		BenchmarkApplication.run(IntakeBenchmark::run);
	}

	private static void run(ConfigurableApplicationContext context) throws Exception {
		ProcessEngine engine = context.getBean(ProcessEngine.class);
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		engine.getRepositoryService()
			.createDeployment()
			.addClasspathResource("processes/TaskListBenchmarkProcess.bpmn")
			.deploy();
		TestUsers.ensure(engine.getIdentityService(), PORTAL, List.of(StaffGroup.PORTAL_GROUP_ID));
		TestUsers.ensure(engine.getIdentityService(), ADMIN, List.of("camunda-admin"));
		HttpClient http = HttpClient.newHttpClient();
		String base = "http://localhost:" + port;
		Callable<Integer> intake = () -> intake(http, base);
		Callable<Integer> bare = () -> bareStart(http, base);
		System.out.printf(Locale.ROOT, "%nIntake against a bare process start, %d requests each (PostgreSQL %s)%n",
				REQUESTS,
				engine.getProcessEngineConfiguration()
					.getDataSource()
					.getConnection()
					.getMetaData()
					.getDatabaseProductVersion());
		System.out
			.println("| concurrency | bare start req/s | intake req/s | intake / bare | intake p50 ms | intake p95 ms "
					+ "| CPU ms per bare start (JVM + PostgreSQL) | CPU ms per intake (JVM + PostgreSQL) | bare / intake CPU |");
		System.out.println("|---|---|---|---|---|---|---|---|---|");
		// until the JIT compiler has settled: before it, it takes more CPU than the
		// requests
		// (Flight Recorder), and more for the intake, which runs more code, than for the
		// bare start
		for (int round = 0; round < JIT_WARMUP / 100; round++) {
			measure(bare, 2, 100);
			measure(intake, 2, 100);
		}
		for (int concurrency : new int[] { 1, 4, 8 }) {
			measure(bare, concurrency, WARMUP);
			measure(intake, concurrency, WARMUP);
			Result bareResult = measure(bare, concurrency, REQUESTS);
			Result intakeResult = measure(intake, concurrency, REQUESTS);
			System.out.printf(Locale.ROOT, "| %d | %.1f | %.1f | %.2f | %d | %d | %s | %s | %.2f |%n", concurrency,
					bareResult.rate(), intakeResult.rate(), intakeResult.rate() / bareResult.rate(), intakeResult.p50(),
					intakeResult.p95(), bareResult.cpu(), intakeResult.cpu(),
					bareResult.cpu().total() / intakeResult.cpu().total());
		}
	}

	private record Result(double rate, long p50, long p95, CpuPerRequest cpu) {
	}

	/**
	 * CPU milliseconds per request: this JVM (the application and the client) and the
	 * PostgreSQL processes. On a machine whose cores are all busy, the rates follow
	 * these.
	 */
	private record CpuPerRequest(double jvm, double postgres) {

		double total() {
			return this.jvm + this.postgres;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%.1f (%.1f + %.1f)", total(), this.jvm, this.postgres);
		}

	}

	private static long jvmCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** The CPU time of every process named postgres, from /proc (Linux). */
	private static long postgresCpuNanos() throws IOException {
		long ticks = 0;
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path process : processes) {
				try {
					String stat = Files.readString(process.resolve("stat"));
					int end = stat.lastIndexOf(')');
					if (!stat.substring(stat.indexOf('(') + 1, end).equals("postgres")) {
						continue;
					}
					String[] fields = stat.substring(end + 2).split(" ");
					// utime and stime are fields 14 and 15 of stat, 12 and 13 after the
					// name
					ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				}
				catch (IOException | RuntimeException ex) {
					// a process that ended meanwhile
				}
			}
		}
		// the kernel's clock ticks per second are 100 on Linux
		return ticks * 10_000_000L;
	}

	private static Result measure(Callable<Integer> call, int concurrency, int requests) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		List<Long> millis = Collections.synchronizedList(new ArrayList<>());
		long jvmBefore = jvmCpuNanos();
		long postgresBefore = postgresCpuNanos();
		Instant started = Instant.now();
		List<Future<?>> futures = new ArrayList<>();
		AtomicInteger left = new AtomicInteger(requests);
		for (int t = 0; t < concurrency; t++) {
			futures.add(pool.submit(() -> {
				while (left.getAndDecrement() > 0) {
					long start = System.nanoTime();
					int status = call.call();
					if (status >= 300) {
						throw new IllegalStateException("answered " + status);
					}
					millis.add((System.nanoTime() - start) / 1_000_000);
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		double seconds = started.until(Instant.now(), ChronoUnit.MILLIS) / 1000.0;
		CpuPerRequest cpu = new CpuPerRequest((jvmCpuNanos() - jvmBefore) / 1e6 / requests,
				(postgresCpuNanos() - postgresBefore) / 1e6 / requests);
		List<Long> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		return new Result(requests / seconds, sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)),
				cpu);
	}

	private static int bareStart(HttpClient http, String base) throws Exception {
		String key = String.format(Locale.ROOT, "BARE-%06d", SEQUENCE.incrementAndGet());
		String body = "{\"businessKey\":\"" + key + "\",\"variables\":{\"group\":{\"value\":\"reception\"},"
				+ "\"due\":{\"value\":\"2030-01-01T00:00:00.000+0900\",\"type\":\"Date\"},"
				+ "\"applicationNumber\":{\"value\":\"" + key + "\"}}}";
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(base + "/engine-rest/process-definition/key/TaskListBenchmarkProcess/start"))
			.header("Authorization", basic(ADMIN))
			.header("X-Pmark-Reason", "benchmark")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException("bare start answered " + response.statusCode() + ": " + response.body());
		}
		return response.statusCode();
	}

	private static int intake(HttpClient http, String base) throws Exception {
		String boundary = "benchmark" + SEQUENCE.incrementAndGet();
		byte[] body = PortalApplications.body(boundary, PortalApplications.fields("株式会社ベンチマーク" + SEQUENCE.get()));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/applications"))
			.header("Authorization", basic(PORTAL))
			.header("Content-Type", PortalApplications.contentType(boundary))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("intake answered " + response.statusCode() + ": " + response.body());
		}
		return response.statusCode();
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}
