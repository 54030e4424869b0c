package jp.pmark.workflow.robustness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.PortalApplications;
import jp.pmark.workflow.support.EmbeddedPostgresDatabase;
import jp.pmark.workflow.support.ForkedApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of one installation on one PostgreSQL, each in a JVM of its own: started at
 * the same moment on an empty database, sharing the intake, the timers and the logins.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PORTAL = "fork-portal";

	private static final String PORTAL_PASSWORD = "Quiet-river-42stones!";

	/** How often an activity was entered in the instances of a process with a key. */
	private static final String PASSED = "select count(*) from act_hi_actinst a join act_hi_procinst p on p.id_ = "
			+ "a.proc_inst_id_ where p.proc_def_key_ = ? and p.business_key_ = ? and a.act_id_ = ?";

	private final HttpClient http = HttpClient.newHttpClient();

	private EmbeddedPostgres postgres;

	private JdbcTemplate jdbc;

	private ForkedApplication a;

	private ForkedApplication b;

	private JipdecStandIn jipdec;

	/** Time spent bringing cases to the state a test needs, and pairs sent at once. */
	private long preparing;

	private int pairs;

	@BeforeAll
	void bothNodesColdAtOnce() throws Exception {
		this.postgres = EmbeddedPostgresDatabase.start();
		DataSource dataSource = EmbeddedPostgresDatabase.dataSource(this.postgres, 4);
		this.jdbc = new JdbcTemplate(dataSource);
		String url = this.postgres.getJdbcUrl("postgres", EmbeddedPostgresDatabase.DATABASE);
		this.jipdec = JipdecStandIn.start();
		// an idle node looks for due jobs every half second here (5 s in the product): a
		// node alone works off 1,000 trivial timers in a few seconds, and both nodes must
		// be
		// awake while they fall due for the test to see both take part
		List<String> arguments = List.of(this.jipdec.argument(), "--camunda.bpm.job-execution.wait-time-in-millis=500",
				"--camunda.bpm.job-execution.max-wait=500");
		this.a = ForkedApplication.start("node-a", url, arguments);
		this.b = ForkedApplication.start("node-b", url, arguments);
		this.a.awaitUp(Duration.ofMinutes(4));
		this.b.awaitUp(Duration.ofMinutes(4));
	}

	@AfterAll
	void stop() throws Exception {
		if (this.a != null) {
			this.a.close();
		}
		if (this.b != null) {
			this.b.close();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
		if (this.jipdec != null) {
			this.jipdec.close();
		}
	}

	@Test
	@DisplayName("GEN-1 two nodes started at the same moment on an empty database both come up: one schema, one first administrator, one deployment of each model")
	void coldStart() {
		assertThat(this.jdbc.queryForObject("select count(*) from act_id_user where id_ = ?", Integer.class,
				ForkedApplication.ADMIN))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from act_re_procdef where key_ = 'PmarkAssessmentProcess'",
				Integer.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from flyway_schema_history where success = false",
				Integer.class))
			.isZero();
	}

	@Test
	@DisplayName("INT-1 100 online applications split over both nodes, 4 at a time: every one 201 with its own number and its one assessment")
	void intakesOnBothNodes() throws Exception {
		ensurePortalUser();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<String>> numbers = new ArrayList<>();
		AtomicInteger sequence = new AtomicInteger();
		for (int i = 0; i < 100; i++) {
			ForkedApplication node = (i % 2 == 0) ? this.a : this.b;
			numbers.add(pool.submit(() -> apply(node, sequence.incrementAndGet())));
		}
		Set<String> distinct = new HashSet<>();
		for (Future<String> number : numbers) {
			distinct.add(number.get());
		}
		pool.shutdown();
		assertThat(distinct).hasSize(100);
		for (String number : distinct) {
			assertThat(this.jdbc.queryForObject(
					"select count(*) from act_hi_procinst where proc_def_key_ = 'PmarkAssessmentProcess' and business_key_ = ?",
					Integer.class, number))
				.as(number)
				.isEqualTo(1);
		}
	}

	@Test
	@DisplayName("GEN-1 1,000 timers due at the same moment with both job executors on: every timer fires, each job runs exactly once, both nodes take part")
	void timersOnBothNodes() throws Exception {
		String due = OffsetDateTime.now()
			.plusSeconds(40)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
		deployTimerProcess();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Integer>> started = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			ForkedApplication node = (i % 2 == 0) ? this.a : this.b;
			int index = i;
			started.add(pool.submit(() -> TwoNodesSupport.startTimer(this.http, node, "T-" + index, due).statusCode()));
		}
		for (Future<Integer> status : started) {
			assertThat(status.get()).isEqualTo(200);
		}
		pool.shutdown();
		Instant until = Instant.now().plus(Duration.ofMinutes(4));
		int finished = 0;
		while (Instant.now().isBefore(until)) {
			finished = this.jdbc.queryForObject(
					"select count(*) from act_hi_procinst where proc_def_key_ = 'TwoNodesTimerProcess' and end_time_ is not null",
					Integer.class);
			if (finished == 1000) {
				break;
			}
			Thread.sleep(1000);
		}
		assertThat(finished).as("timers fired").isEqualTo(1000);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from (select job_id_ from act_hi_job_log where process_def_key_ = 'TwoNodesTimerProcess' "
						+ "and job_state_ = 2 group by job_id_ having count(*) > 1) twice",
				Integer.class))
			.as("jobs that ran more than once")
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(distinct job_id_) from act_hi_job_log where process_def_key_ = 'TwoNodesTimerProcess' and job_state_ = 2",
				Integer.class))
			.isEqualTo(1000);
		assertThat(this.jdbc.queryForList(
				"select distinct hostname_ from act_hi_job_log where process_def_key_ = 'TwoNodesTimerProcess' and job_state_ = 2",
				String.class))
			.containsExactlyInAnyOrder("node-a", "node-b");
	}

	@Test
	@DisplayName("GEN-1 a login to Tasklist on one node holds on the other (sessions in the database): the next page's calls, sent to the other node, are answered as the logged-in user")
	void loginHoldsOnTheOtherNode() throws Exception {
		java.net.CookieManager cookies = new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		browser.send(HttpRequest.newBuilder(URI.create(this.a.baseUrl() + "/camunda/app/tasklist/")).GET().build(),
				HttpResponse.BodyHandlers.discarding());
		String form = "username=" + ForkedApplication.ADMIN + "&password="
				+ java.net.URLEncoder.encode(ForkedApplication.ADMIN_PASSWORD, StandardCharsets.UTF_8);
		HttpResponse<String> login = browser.send(withXsrf(cookies,
				HttpRequest
					.newBuilder(URI.create(this.a.baseUrl() + "/camunda/api/admin/auth/user/default/login/tasklist")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		// cookies do not tell ports apart: the other node gets the same session cookie,
		// as
		// behind a load balancer
		for (ForkedApplication node : List.of(this.b, this.a, this.b)) {
			HttpResponse<String> user = browser.send(withXsrf(cookies,
					HttpRequest.newBuilder(URI.create(node.baseUrl() + "/camunda/api/admin/auth/user/default")))
				.header("Accept", "application/json")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(user.statusCode()).as(node.name() + ": " + user.body()).isEqualTo(200);
			assertThat(JSON.readTree(user.body()).path("userId").asText()).isEqualTo(ForkedApplication.ADMIN);
		}
		HttpResponse<String> count = browser.send(withXsrf(cookies,
				HttpRequest.newBuilder(URI.create(this.b.baseUrl() + "/camunda/api/engine/engine/default/task/count")))
			.header("Accept", "application/json")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
	}

	@Test
	@DisplayName("FEE-5 FND-3 JIP-2 INC-1 INC-2 GEN-1 the same payment, improvement report, registration from JIPDEC, incident report and final report sent at the same moment, one copy to each node, 5 times each: 201 and 200, one record, the waiting process moved on once, no letter twice; the same payment, improvement report or registration saying something else is 409 problem+json, another incident or final report is a record of its own")
	void sameRequestOnBothNodesAtOnce() throws Exception {
		ensurePortalUser();
		NodeCases cases = new NodeCases(this.http, this.jdbc, PORTAL, PORTAL_PASSWORD).ensureStaff(this.a);
		LocalDate today = cases.today();
		long started = System.nanoTime();
		List<String> numbers = onBothNodes(6, (i, node) -> cases.accepted(node, "株式会社二重送信" + i));

		// FEE-5: each case's application fee paid twice at once; the last one's
		// reference also with another day
		for (int i = 0; i < 6; i++) {
			Map<String, Object> invoice = cases.invoice(numbers.get(i), "APPLICATION_FEE");
			String invoiceNumber = (String) invoice.get("invoice_number");
			long total = ((Number) invoice.get("total_yen")).longValue();
			String reference = "ZENGIN-" + invoiceNumber;
			String payment = payment(invoiceNumber, today, total, reference);
			List<HttpResponse<String>> answers = (i < 5)
					? atTheSameMoment(cases, NodeCases.ACCOUNTING, "/api/payments", payment, payment)
					: atTheSameMoment(cases, NodeCases.ACCOUNTING, "/api/payments", payment,
							payment(invoiceNumber, today.minusDays(1), total, reference));
			if (i < 5) {
				assertRepeated(answers);
			}
			else {
				assertConflict(answers, "reference");
			}
			assertThat(count("select count(*) from payment p join invoice i on i.id = p.invoice_id "
					+ "where i.invoice_number = ?", invoiceNumber))
				.as("payments of " + invoiceNumber)
				.isEqualTo(1);
			assertThat(
					count("select count(*) from invoice where invoice_number = ? and status = 'PAID'", invoiceNumber))
				.isEqualTo(1);
			assertThat(
					count("select count(*) from application_event where event = 'PAYMENT_RECORDED' and detail like ?",
							"%" + invoiceNumber + "%"))
				.isEqualTo(1);
			assertThat(count(PASSED, "PmarkInvoiceProcess", invoiceNumber, "BoundaryEvent_PaymentReceived"))
				.as("the invoice's process told once")
				.isEqualTo(1);
			assertThat(count(PASSED, "PmarkInvoiceProcess", invoiceNumber, "EndEvent_Paid")).isEqualTo(1);
		}

		// FND-3: each case's improvement report sent twice at once by the portal; the
		// last one also with another text
		onBothNodes(6, (i, node) -> {
			cases.toFindingsIssued(node, numbers.get(i));
			return null;
		});
		for (int i = 0; i < 6; i++) {
			String number = numbers.get(i);
			String path = "/api/applications/" + number + "/improvement-reports";
			String report = improvementReport("理解度確認テストを実施し記録した（" + i + "）");
			List<HttpResponse<String>> answers = (i < 5) ? atTheSameMoment(cases, PORTAL, path, report, report)
					: atTheSameMoment(cases, PORTAL, path, report, improvementReport("内部監査の手順を改めた"));
			if (i < 5) {
				assertRepeated(answers);
			}
			else {
				assertConflict(answers, "summary");
			}
			assertThat(count("select count(*) from improvement_report r join findings_document d on d.id = "
					+ "r.findings_document_id join application a on a.id = d.application_id where a.application_number = ?",
					number))
				.as("improvement reports of " + number)
				.isEqualTo(1);
			assertThat(count(PASSED, "PmarkAssessmentProcess", number, "BoundaryEvent_ImprovementReportSubmitted"))
				.isEqualTo(1);
			assertThat(count(PASSED, "PmarkAssessmentProcess", number, AssessmentProcess.REVIEW_IMPROVEMENT_REPORT))
				.isEqualTo(1);
		}

		// JIP-2: each case's registration from JIPDEC recorded twice at once; the last
		// one's number also with another first day
		onBothNodes(6, (i, node) -> {
			cases.toRegistrationAwaited(node, numbers.get(i));
			return null;
		});
		List<String> registrationNumbers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String number = numbers.get(i);
			String registrationNumber = AssessmentDriver.newRegistrationNumber();
			registrationNumbers.add(registrationNumber);
			String path = "/api/applications/" + number + "/registration";
			String registration = registration(registrationNumber, today);
			List<HttpResponse<String>> answers = (i < 5)
					? atTheSameMoment(cases, NodeCases.RECEPTION, path, registration, registration)
					: atTheSameMoment(cases, NodeCases.RECEPTION, path, registration,
							registration(registrationNumber, today.plusDays(1)));
			if (i < 5) {
				assertRepeated(answers);
			}
			else {
				assertConflict(answers, "validFrom");
			}
			assertThat(count("select count(*) from registration r join application a on a.id = r.application_id "
					+ "where a.application_number = ?", number))
				.as("registrations of " + number)
				.isEqualTo(1);
			assertThat(count("select count(*) from act_hi_procinst where proc_def_key_ = 'PmarkRegistrationProcess' "
					+ "and business_key_ = ?", number))
				.as("life cycles of " + number)
				.isEqualTo(1);
			assertThat(count(PASSED, "PmarkAssessmentProcess", number, AssessmentProcess.END_REGISTERED)).isEqualTo(1);
			assertThat(count("select count(*) from jipdec_report r join application a on a.id = r.application_id "
					+ "where a.application_number = ?", number))
				.isEqualTo(1);
		}

		// INC-1, INC-2: a holder's incident report sent twice at once, then its final
		// report
		for (int i = 0; i < 5; i++) {
			String registrationNumber = registrationNumbers.get(i);
			String summary = "顧客名簿を紛失した（" + registrationNumber + "）";
			String incident = incident(registrationNumber, today, summary);
			List<HttpResponse<String>> answers = atTheSameMoment(cases, PORTAL, "/api/incidents", incident, incident);
			assertRepeated(answers);
			String incidentNumber = JSON.readTree(answers.get(0).body()).path("incidentNumber").asText();
			assertThat(JSON.readTree(answers.get(1).body()).path("incidentNumber").asText()).isEqualTo(incidentNumber);
			assertThat(count("select count(*) from incident where summary = ?", summary)).isEqualTo(1);
			assertThat(count("select count(*) from act_hi_procinst where proc_def_key_ = 'PmarkIncidentProcess' "
					+ "and business_key_ = ?", incidentNumber))
				.isEqualTo(1);

			String path = "/api/incidents/" + incidentNumber + "/reports";
			String report = finalReport(today, "確報：原因と再発防止策（" + i + "）");
			assertRepeated(atTheSameMoment(cases, PORTAL, path, report, report));
			assertFinalReports(incidentNumber, 1);
		}
		// another incident of the same business at the same moment is an incident of its
		// own, and another final report a report of its own; either ends the wait once
		String registrationNumber = registrationNumbers.get(0);
		List<HttpResponse<String>> two = atTheSameMoment(cases, PORTAL, "/api/incidents",
				incident(registrationNumber, today, "委託先で顧客名簿を紛失した（" + registrationNumber + "）"),
				incident(registrationNumber, today, "顧客名簿を誤送信した（" + registrationNumber + "）"));
		assertThat(two).extracting(HttpResponse::statusCode).containsExactly(201, 201);
		String incidentNumber = JSON.readTree(two.get(0).body()).path("incidentNumber").asText();
		assertThat(JSON.readTree(two.get(1).body()).path("incidentNumber").asText()).isNotEqualTo(incidentNumber);
		List<HttpResponse<String>> finals = atTheSameMoment(cases, PORTAL,
				"/api/incidents/" + incidentNumber + "/reports", finalReport(today, "確報：委託先の管理を改めた"),
				finalReport(today, "確報：委託先との契約を見直した"));
		assertThat(finals).extracting(HttpResponse::statusCode).containsExactly(201, 201);
		assertFinalReports(incidentNumber, 2);

		assertThat(count("select count(*) from (select application_id, kind, contents from letter "
				+ "group by application_id, kind, contents having count(*) > 1) twice"))
			.as("letters recorded twice")
			.isZero();
		assertThat(this.jipdec.received()).isGreaterThanOrEqualTo(6);
		System.out.printf("TwoNodesIT: repeats at once: %d pairs in %.1f s, cases prepared in %.1f s%n", this.pairs,
				(System.nanoTime() - started - this.preparing) / 1e9, this.preparing / 1e9);
	}

	/**
	 * Every final report of the incident is recorded once; the first ended reception's
	 * wait for it, and the committee judges it once (INC-2, INC-6).
	 */
	private void assertFinalReports(String incidentNumber, int reports) {
		assertThat(count("select count(*) from incident_report r join incident i on i.id = r.incident_id "
				+ "where i.incident_number = ? and r.kind = 'FINAL'", incidentNumber))
			.as("final reports of " + incidentNumber)
			.isEqualTo(reports);
		assertThat(count(PASSED, "PmarkIncidentProcess", incidentNumber, "Task_ReceiveFinalReport")).isEqualTo(1);
		assertThat(count("select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_ "
				+ "where p.business_key_ = ? and t.task_def_key_ = 'Task_ReceiveFinalReport' and t.end_time_ is not null",
				incidentNumber))
			.isEqualTo(1);
		assertThat(count(PASSED, "PmarkIncidentProcess", incidentNumber, "Task_JudgeIncident")).isEqualTo(1);
	}

	private int count(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql, Integer.class, arguments);
	}

	private static String payment(String invoiceNumber, LocalDate paidOn, long amountYen, String reference)
			throws Exception {
		return JSON.writeValueAsString(Map.of("invoiceNumber", invoiceNumber, "paidOn", paidOn.toString(), "amountYen",
				amountYen, "reference", reference));
	}

	private static String improvementReport(String summary) throws Exception {
		return JSON.writeValueAsString(Map.of("summary", summary, "evidence", "理解度確認テストの記録、改訂した内部監査規程"));
	}

	private static String registration(String registrationNumber, LocalDate validFrom) throws Exception {
		return JSON
			.writeValueAsString(Map.of("registrationNumber", registrationNumber, "validFrom", validFrom.toString()));
	}

	private static String incident(String registrationNumber, LocalDate discoveredOn, String summary) throws Exception {
		return JSON.writeValueAsString(Map.of("reporterStatus", "HOLDER", "registrationNumber", registrationNumber,
				"discoveredOn", discoveredOn.toString(), "category", "LOSS", "personsAffected", 5, "summary", summary,
				"reportKind", "PROMPT"));
	}

	private static String finalReport(LocalDate receivedOn, String summary) throws Exception {
		return JSON
			.writeValueAsString(Map.of("kind", "FINAL", "receivedOn", receivedOn.toString(), "summary", summary));
	}

	/** A repeat: one answer 201, the other 200, neither a 5xx. */
	private static void assertRepeated(List<HttpResponse<String>> answers) {
		assertThat(answers).extracting(HttpResponse::statusCode)
			.as(answers.get(0).body() + " / " + answers.get(1).body())
			.containsExactlyInAnyOrder(201, 200);
	}

	/**
	 * The same request saying something else: the first is recorded (201), the second
	 * refused with 409 and a problem body naming the field (GEN-2).
	 */
	private static void assertConflict(List<HttpResponse<String>> answers, String field) throws Exception {
		assertThat(answers).extracting(HttpResponse::statusCode)
			.as(answers.get(0).body() + " / " + answers.get(1).body())
			.containsExactlyInAnyOrder(201, 409);
		HttpResponse<String> conflict = (answers.get(0).statusCode() == 409) ? answers.get(0) : answers.get(1);
		assertThat(conflict.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JSON.readTree(conflict.body()).path("violations").get(0).path("field").asText()).isEqualTo(field);
	}

	/**
	 * Sends one request to node a and the other to node b, both released at the same
	 * moment by a barrier; proves that they were in flight together.
	 */
	private List<HttpResponse<String>> atTheSameMoment(NodeCases cases, String user, String path, String toA,
			String toB) throws Exception {
		CyclicBarrier barrier = new CyclicBarrier(2);
		long[][] flight = new long[2][2];
		ExecutorService pair = Executors.newFixedThreadPool(2);
		try {
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			ForkedApplication[] nodes = { this.a, this.b };
			String[] bodies = { toA, toB };
			for (int n = 0; n < 2; n++) {
				int index = n;
				futures.add(pair.submit(() -> {
					barrier.await(30, TimeUnit.SECONDS);
					flight[index][0] = System.nanoTime();
					HttpResponse<String> answer = cases.post(nodes[index], user, path, bodies[index]);
					flight[index][1] = System.nanoTime();
					return answer;
				}));
			}
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				answers.add(future.get(60, TimeUnit.SECONDS));
			}
			assertThat(Math.max(flight[0][0], flight[1][0])).as("both requests in flight together")
				.isLessThan(Math.min(flight[0][1], flight[1][1]));
			this.pairs++;
			return answers;
		}
		finally {
			pair.shutdownNow();
		}
	}

	/** What is done to the i-th case, on node a or b in turn. */
	@FunctionalInterface
	private interface CaseStep<T> {

		T run(int index, ForkedApplication node) throws Exception;

	}

	/** The step done to this many cases, 4 at a time, alternately on node a and b. */
	private <T> List<T> onBothNodes(int cases, CaseStep<T> step) throws Exception {
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < cases; i++) {
				int index = i;
				ForkedApplication node = (i % 2 == 0) ? this.a : this.b;
				futures.add(pool.submit(() -> step.run(index, node)));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(5, TimeUnit.MINUTES));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
			this.preparing += System.nanoTime() - started;
		}
	}

	private static HttpRequest.Builder withXsrf(java.net.CookieManager cookies, HttpRequest.Builder request) {
		for (java.net.HttpCookie cookie : cookies.getCookieStore().getCookies()) {
			if ("XSRF-TOKEN".equals(cookie.getName())) {
				request.header("X-XSRF-TOKEN", cookie.getValue());
			}
		}
		return request;
	}

	private void deployTimerProcess() throws Exception {
		TwoNodesSupport.deployTimerProcess(this.http, this.a);
	}

	private synchronized void ensurePortalUser() throws Exception {
		if (this.jdbc.queryForObject("select count(*) from act_id_user where id_ = ?", Integer.class, PORTAL) == 0) {
			TwoNodesSupport.createPortalUser(this.http, this.a, PORTAL, PORTAL_PASSWORD);
		}
	}

	private String apply(ForkedApplication node, int index) throws Exception {
		String boundary = "twonodes" + index;
		HttpResponse<String> answer = send(node,
				HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/applications"))
					.header("Authorization", ForkedApplication.basic(PORTAL, PORTAL_PASSWORD))
					.header("Content-Type", PortalApplications.contentType(boundary))
					.POST(HttpRequest.BodyPublishers
						.ofByteArray(PortalApplications.body(boundary, PortalApplications.fields("株式会社二台" + index)))));
		assertThat(answer.statusCode()).as(node.name() + ": " + answer.body()).isEqualTo(201);
		JsonNode body = JSON.readTree(answer.body());
		return body.path("applicationNumber").asText();
	}

	private HttpResponse<String> post(ForkedApplication node, String path, String body, String user, String password,
			String contentType) throws Exception {
		return send(node,
				HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
					.header("Authorization", ForkedApplication.basic(user, password))
					.header("X-Pmark-Reason", "test")
					.header("Content-Type", contentType)
					.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(ForkedApplication node, HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
