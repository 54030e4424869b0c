package jp.pmark.workflow.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.PortalApplications;
import jp.pmark.workflow.fee.InvoiceProcess;
import jp.pmark.workflow.identity.StaffGroup;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A year of an assessment body's work (README): on a real PostgreSQL with the job
 * executor on, N assessments from the online application ({@code POST /api/applications})
 * to their end, every task claimed and its form submitted over HTTP by a member of the
 * group it is offered to, as Tasklist does (the form's variables fetched first), with the
 * branches in the proportions below; every invoice paid in accounting's form; the report
 * to JIPDEC sent by the job executor. Then, in the same run, as many instances of a bare
 * process with the same number of wait states per case (started through the REST API,
 * each user task claimed and submitted the same way). Reports cases per minute, database
 * growth per case, and the history cleanup's work on the filled database.
 *
 * <p>
 * Branches, drawn per case from a seeded random: 2% not accepted at the receipt check, 1%
 * not started, 10% deficient in the document review (a third of those withdrawn), 85%
 * with findings, 10% of improvement reports sent back once, 2% denied by the committee.
 *
 * <p>
 * Run: {@code ./mvnw -Pbenchmark verify -Dbenchmark.main=YearOfWorkBenchmark
 * -Dbenchmark.assessments=300} (not part of the test run).
 */
public final class YearOfWorkBenchmark {

	private static final int ASSESSMENTS = Integer.getInteger("benchmark.assessments", 300);

	private static final int WARMUP_CASES = Integer.getInteger("benchmark.warmupCases", 40);

	private static final int WORKERS = Integer.getInteger("benchmark.workers", 4);

	private static final long SEED = Long.getLong("benchmark.seed", 20261204L);

	private static final String PORTAL = "benchmark-portal";

	private static final String ADMIN = "benchmark-admin";

	private static final String BARE_PROCESS = BareWorkForm.PROCESS;

	private static final ObjectMapper JSON = new ObjectMapper();

	private YearOfWorkBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkApplication.run(YearOfWorkBenchmark::run, "--camunda.bpm.job-execution.enabled=true",
				// the stand-in for JIPDEC's endpoint (support/FakeJipdec) on this node
				"--pmark.jipdec.report-url=http://localhost:${local.server.port}/test-jipdec/reports",
				"--pmark.tasks.model-groups." + BARE_PROCESS + ".tasks=reception",
				"--pmark.benchmark.bare-process=true");
	}

	private static void run(ConfigurableApplicationContext context) throws Exception {
		ProcessEngine engine = context.getBean(ProcessEngine.class);
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		TestUsers.ensure(engine.getIdentityService(), PORTAL, List.of(StaffGroup.PORTAL_GROUP_ID));
		TestUsers.ensure(engine.getIdentityService(), ADMIN, List.of("camunda-admin"));
		// the auditors and staff the tasks go to, written once before four people work
		context.getBean(Fixtures.class).ensure();
		JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
		Staff staff = new Staff(context.getBean(AssessmentDriver.class), context.getBean(Tasklist.class),
				engine.getTaskService(), engine, HttpClient.newHttpClient(), "http://localhost:" + port);
		System.out.printf(Locale.ROOT, "%nA year of work: %d assessments, %d staff working at once (PostgreSQL %s)%n",
				ASSESSMENTS, WORKERS, jdbc.queryForObject("show server_version", String.class));

		// warm-up through every door, not counted, until the JIT compiler has settled
		// (the
		// bare process, measured last, would otherwise run on code compiled while the
		// assessments were measured)
		Phase warmup = runPhase(WARMUP_CASES, (i) -> staff.assessment(-1 - i));
		System.out.printf(Locale.ROOT, "warm-up: %d cases, %d tasks%n", warmup.cases, warmup.tasks.get());
		staff.submittedByTask.clear();
		staff.endings.clear();

		long before = databaseSize(jdbc);
		Phase assessments = runPhase(ASSESSMENTS, staff::assessment);
		long afterAssessments = databaseSize(jdbc);

		int waitStates = Math.round((float) assessments.tasks.get() / ASSESSMENTS);
		deployBare(engine, waitStates);
		runPhase(Math.max(1, WARMUP_CASES / 4), (i) -> staff.bare(-1 - i, waitStates));
		long beforeBare = databaseSize(jdbc);
		Phase bare = runPhase(ASSESSMENTS, (i) -> staff.bare(i, waitStates));
		long afterBare = databaseSize(jdbc);

		double assessmentRate = ASSESSMENTS / assessments.minutes();
		double bareRate = ASSESSMENTS / bare.minutes();
		System.out.println();
		System.out.println("| | cases | tasks submitted | minutes | cases per minute | database growth per case |");
		System.out.println("|---|---|---|---|---|---|");
		System.out.printf(Locale.ROOT, "| assessments | %d | %d | %.2f | %.1f | %.0f kB |%n", ASSESSMENTS,
				assessments.tasks.get(), assessments.minutes(), assessmentRate,
				(afterAssessments - before) / 1024.0 / ASSESSMENTS);
		System.out.printf(Locale.ROOT, "| bare process (%d user tasks) | %d | %d | %.2f | %.1f | %.0f kB |%n",
				waitStates, ASSESSMENTS, bare.tasks.get(), bare.minutes(), bareRate,
				(afterBare - beforeBare) / 1024.0 / ASSESSMENTS);
		System.out.printf(Locale.ROOT, "assessments / bare: %.2f; 9,000 assessments at this rate: %.0f minutes%n",
				assessmentRate / bareRate, 9000 / assessmentRate);
		System.out.println("tasks submitted per kind: " + new TreeMap<>(staff.submittedByTask));
		System.out.println("cases ended by: " + new TreeMap<>(staff.endings));

		historyCleanup(engine, jdbc);
	}

	/** One phase: cases worked by the staff at once; counts tasks, measures time. */
	private static Phase runPhase(int cases, IntConsumer work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
		AtomicInteger next = new AtomicInteger();
		Phase phase = new Phase(cases);
		Staff.counter.set(phase.tasks);
		Instant started = Instant.now();
		List<Future<?>> futures = new ArrayList<>();
		for (int w = 0; w < WORKERS; w++) {
			futures.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < cases; i = next.getAndIncrement()) {
					work.accept(i);
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		phase.millis = Duration.between(started, Instant.now()).toMillis();
		return phase;
	}

	private static final class Phase {

		final int cases;

		final AtomicLong tasks = new AtomicLong();

		long millis;

		Phase(int cases) {
			this.cases = cases;
		}

		double minutes() {
			return this.millis / 60_000.0;
		}

	}

	/**
	 * History cleanup as the product runs it (every process and decision keeps its
	 * history P3650D, README): on the filled database, the time of one cleanup run when
	 * nothing is due yet, and the time to remove every finished case of the run once all
	 * are due. The job executor is stopped first, so that the runs are the cleanup's
	 * alone.
	 */
	private static void historyCleanup(ProcessEngine engine, JdbcTemplate jdbc) throws Exception {
		((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();
		HistoryService history = engine.getHistoryService();
		long finished = history.createHistoricProcessInstanceQuery().finished().count();
		long sizeBefore = databaseSize(jdbc);
		long historyRows = historyRows(jdbc);
		Instant started = Instant.now();
		Job job = history.cleanUpHistoryAsync(true);
		engine.getManagementService().executeJob(job.getId());
		System.out.printf(Locale.ROOT,
				"%nHistory cleanup on the filled database (%d finished instances, none older than 10 years): "
						+ "one run %d ms, %d removed%n",
				finished, Duration.between(started, Instant.now()).toMillis(),
				finished - history.createHistoricProcessInstanceQuery().finished().count());
		// as if ten years had passed for every finished instance of the run
		var batch = history.setRemovalTimeToHistoricProcessInstances()
			.absoluteRemovalTime(Date.from(Instant.now().minus(Duration.ofDays(1))))
			.byQuery(history.createHistoricProcessInstanceQuery().finished())
			.hierarchical()
			.executeAsync();
		runJobsUntil(engine,
				() -> engine.getManagementService().createBatchQuery().batchId(batch.getId()).count() == 0);
		long removable = history.createHistoricProcessInstanceQuery().finished().count();
		started = Instant.now();
		Job again = history.cleanUpHistoryAsync(true);
		int runs = 0;
		// each run removes a batch per history table: until a run removes nothing more
		long left = historyRows(jdbc);
		for (long before = -1; left != before && runs < 10_000; runs++) {
			before = left;
			engine.getManagementService().executeJob(again.getId());
			left = historyRows(jdbc);
		}
		long millis = Duration.between(started, Instant.now()).toMillis();
		System.out.printf(Locale.ROOT,
				"all %d due: removed in %d ms (%d runs, %.1f ms per case); history rows %d before, %d after; "
						+ "database %.1f MB before, %.1f MB after (PostgreSQL reuses the space after VACUUM)%n",
				removable, millis, runs, (double) millis / Math.max(1, removable), historyRows, historyRows(jdbc),
				sizeBefore / 1048576.0, databaseSize(jdbc) / 1048576.0);
	}

	/** Runs every executable job (a batch's) until the condition holds. */
	private static void runJobsUntil(ProcessEngine engine, java.util.function.BooleanSupplier done) {
		for (int i = 0; i < 100_000 && !done.getAsBoolean(); i++) {
			for (Job job : engine.getManagementService().createJobQuery().executable().list()) {
				engine.getManagementService().executeJob(job.getId());
			}
		}
		if (!done.getAsBoolean()) {
			throw new IllegalStateException("the batch did not finish");
		}
	}

	/**
	 * The rows of the engine's history tables, but for the job log (every cleanup run
	 * adds its own rows there).
	 */
	private static long historyRows(JdbcTemplate jdbc) {
		long rows = 0;
		for (String table : jdbc.queryForList("select table_name from information_schema.tables "
				+ "where table_schema = 'public' and table_name like 'act_hi_%' and table_name <> 'act_hi_job_log'",
				String.class)) {
			rows += jdbc.queryForObject("select count(*) from " + table, Long.class);
		}
		return rows;
	}

	private static long databaseSize(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
	}

	/**
	 * A bare process: one user task for reception, worked the given number of times in a
	 * row (sequential multi-instance), so as many wait states as an assessment has.
	 */
	private static void deployBare(ProcessEngine engine, int userTasks) {
		BpmnModelInstance model = Bpmn.createExecutableProcess(BARE_PROCESS)
			.camundaHistoryTimeToLive(3650)
			.startEvent()
			.userTask(BareWorkForm.TASK)
			.name("作業")
			.camundaCandidateGroups("reception")
			.multiInstance()
			.sequential()
			.cardinality(String.valueOf(userTasks))
			.multiInstanceDone()
			.endEvent()
			.done();
		engine.getRepositoryService().createDeployment().addModelInstance(BARE_PROCESS + ".bpmn", model).deploy();
	}

	/** The staff at work: each case from its application to its end. */
	private static final class Staff {

		/** The tasks count of the phase running. */
		static final AtomicReference<AtomicLong> counter = new AtomicReference<>();

		final Map<String, AtomicInteger> submittedByTask = new ConcurrentHashMap<>();

		final Map<String, AtomicInteger> endings = new ConcurrentHashMap<>();

		private final AssessmentDriver driver;

		private final Tasklist tasklist;

		private final TaskService taskService;

		private final ProcessEngine engine;

		private final HttpClient http;

		private final String base;

		private final AtomicInteger registrations = new AtomicInteger();

		Staff(AssessmentDriver driver, Tasklist tasklist, TaskService taskService, ProcessEngine engine,
				HttpClient http, String base) {
			this.driver = driver;
			this.tasklist = tasklist;
			this.taskService = taskService;
			this.engine = engine;
			this.http = http;
			this.base = base;
		}

		/** One assessment, from the online application to its end, all fees paid. */
		void assessment(int index) {
			// SplittableRandom spreads neighbouring seeds (java.util.Random's first draws
			// of
			// seeds 1, 2, 3 are nearly the same)
			SplittableRandom random = new SplittableRandom(SEED + index);
			Branches branches = Branches.draw(random);
			String number = apply(index);
			Instant lastProgress = Instant.now();
			Map<String, Integer> visits = new HashMap<>();
			while (true) {
				List<Task> open = new ArrayList<>(
						this.taskService.createTaskQuery().processInstanceBusinessKey(number).active().list());
				open.addAll(this.taskService.createTaskQuery()
					.processDefinitionKey(InvoiceProcess.KEY)
					.processVariableValueEquals(InvoiceProcess.VAR_APPLICATION_NUMBER, number)
					.active()
					.list());
				if (open.isEmpty()) {
					if (ended(number)) {
						return;
					}
					if (Duration.between(lastProgress, Instant.now()).toSeconds() > 120) {
						throw new IllegalStateException(number + " waits for nothing the staff can do");
					}
					sleep(25);
					continue;
				}
				for (Task task : open) {
					int visit = visits.merge(task.getTaskDefinitionKey(), 1, Integer::sum);
					work(number, task, branches, visit);
				}
				lastProgress = Instant.now();
			}
		}

		private boolean ended(String number) {
			boolean running = this.engine.getRuntimeService()
				.createProcessInstanceQuery()
				.processDefinitionKey(AssessmentProcess.KEY)
				.processInstanceBusinessKey(number)
				.count() > 0;
			if (running) {
				return false;
			}
			String end = this.engine.getHistoryService()
				.createHistoricProcessInstanceQuery()
				.processDefinitionKey(AssessmentProcess.KEY)
				.processInstanceBusinessKey(number)
				.singleResult()
				.getEndActivityId();
			this.endings.computeIfAbsent(String.valueOf(end), (k) -> new AtomicInteger()).incrementAndGet();
			return true;
		}

		private void work(String number, Task task, Branches branches, int visit) {
			String key = task.getTaskDefinitionKey();
			String user = this.tasklist.userFor(task);
			Tasklist.Response response;
			if (InvoiceProcess.RECORD_PAYMENT.equals(key)) {
				// accounting matches the bank statement to the invoice the form shows
				response = this.tasklist.claimAndSubmit(task, user, this.tasklist.prefilled(task, user)
					.with(Map.of("paymentReference", "FB-" + task.getProcessInstanceId().substring(0, 8))));
			}
			else {
				response = this.driver.submit(number, key, branches.answers(key, visit, this.registrations), user);
			}
			if (response.status() != 204) {
				throw new IllegalStateException(
						number + " " + key + " as " + user + " answered " + response.status() + ": " + response.body());
			}
			this.submittedByTask.computeIfAbsent(key, (k) -> new AtomicInteger()).incrementAndGet();
			counter.get().incrementAndGet();
		}

		/**
		 * One instance of the bare process, each of its user tasks worked the same way.
		 */
		void bare(int index, int userTasks) {
			String key = String.format(Locale.ROOT, "BARE-%06d", index);
			HttpResponse<String> started = send("/engine-rest/process-definition/key/" + BARE_PROCESS + "/start",
					"{\"businessKey\":\"" + key + "\"}", ADMIN);
			if (started.statusCode() != 200) {
				throw new IllegalStateException("bare start answered " + started.statusCode() + ": " + started.body());
			}
			for (int i = 0; i < userTasks; i++) {
				Task task = this.taskService.createTaskQuery().processInstanceBusinessKey(key).singleResult();
				String user = this.tasklist.userFor(task);
				// as Tasklist (and as the assessments' tasks are worked here): claim, the
				// form,
				// its variables, submit
				this.tasklist.claim(task.getId(), user);
				this.tasklist.get(user, "/engine-rest/task/" + task.getId() + "/form");
				this.tasklist.get(user,
						"/engine-rest/task/" + task.getId() + "/form-variables?deserializeValues=false");
				Tasklist.Response response = this.tasklist.submit(task.getId(), user, "{\"variables\":{}}");
				if (response.status() != 204) {
					throw new IllegalStateException("bare task answered " + response.status() + ": " + response.body());
				}
				counter.get().incrementAndGet();
			}
		}

		private String apply(int index) {
			String boundary = "year" + index;
			byte[] body = PortalApplications.body(boundary,
					PortalApplications.fields("株式会社一年分" + ((index < 0) ? "準備" + (-index) : String.valueOf(index))));
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + "/api/applications"))
				.header("Authorization", basic(PORTAL))
				.header("Content-Type", PortalApplications.contentType(boundary))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();
			try {
				HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 201) {
					throw new IllegalStateException(
							"intake answered " + response.statusCode() + ": " + response.body());
				}
				return JSON.readTree(response.body()).path("applicationNumber").asText();
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private HttpResponse<String> send(String path, String json, String user) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Authorization", basic(user))
				.header("X-Pmark-Reason", "benchmark")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build();
			try {
				return this.http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private static void sleep(long millis) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** The answers that differ from the valid defaults, drawn once per case. */
	private record Branches(boolean notAccepted, boolean notStarted, boolean deficient, boolean withdrawn,
			boolean findings, boolean reportSentBack, boolean denied) {

		static Branches draw(SplittableRandom random) {
			boolean deficient = random.nextDouble() < 0.10;
			return new Branches(random.nextDouble() < 0.02, random.nextDouble() < 0.01, deficient,
					deficient && random.nextDouble() < 1 / 3.0, random.nextDouble() < 0.85, random.nextDouble() < 0.10,
					random.nextDouble() < 0.02);
		}

		Map<String, ?> answers(String taskKey, int visit, AtomicInteger registrations) {
			return switch (taskKey) {
				case AssessmentProcess.CHECK_RECEIPT -> this.notAccepted
						? Map.of("receiptOutcome", "NOT_ACCEPTED", "receiptReason", "様式が不足しており、補正の求めに応じなかったため")
						: Map.of();
				case AssessmentProcess.CONFIRM_ASSESSMENT_START -> this.notStarted
						? Map.of("startDecision", "NOT_START", "startComment", "申請の対象範囲が審査の範囲外のため") : Map.of();
				case AssessmentProcess.REVIEW_DOCUMENTS -> this.deficient ? Map.of("reviewResult", "DEFICIENT",
						"deficiencies", "教育の規程が定められていない", "onsiteDiscussionNeeded", true) : Map.of();
				case AssessmentProcess.DECIDE_ONSITE_AUDIT -> this.withdrawn
						? Map.of("onsiteDecision", "WITHDRAW", "discussionNote", "申請者が申請を取り下げる意向を示した") : Map.of();
				case AssessmentProcess.RECORD_ONSITE_AUDIT -> Map.of("nonconformitiesFound", this.findings);
				case AssessmentProcess.REVIEW_IMPROVEMENT_REPORT -> (this.reportSentBack && visit == 1)
						? Map.of("improvementOutcome", "MORE_REQUESTED", "reviewComment", "是正の記録が添付されていない") : Map.of();
				case AssessmentProcess.DECIDE_ELIGIBILITY ->
					this.denied ? Map.of("decision", "DENIED", "decisionReason", "重大な不適合が是正されていない") : Map.of();
				case AssessmentProcess.RECORD_REGISTRATION -> Map.of("registrationNumber",
						String.format(Locale.ROOT, "%08d(01)", 30_000_000 + registrations.incrementAndGet()),
						"validFrom", LocalDate.now().plusDays(30).toString());
				default -> Map.of();
			};
		}

	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}
