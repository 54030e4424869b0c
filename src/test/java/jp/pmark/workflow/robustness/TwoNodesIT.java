package jp.pmark.workflow.robustness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.pmark.workflow.support.EmbeddedPostgresDatabase;
import jp.pmark.workflow.support.ForkedApplication;
import jp.pmark.workflow.support.PortalApplications;
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

	private final HttpClient http = HttpClient.newHttpClient();

	private EmbeddedPostgres postgres;

	private JdbcTemplate jdbc;

	private ForkedApplication a;

	private ForkedApplication b;

	@BeforeAll
	void bothNodesColdAtOnce() throws Exception {
		this.postgres = EmbeddedPostgresDatabase.start();
		DataSource dataSource = EmbeddedPostgresDatabase.dataSource(this.postgres, 4);
		this.jdbc = new JdbcTemplate(dataSource);
		String url = this.postgres.getJdbcUrl("postgres", EmbeddedPostgresDatabase.DATABASE);
		this.a = ForkedApplication.start("node-a", url, List.of());
		this.b = ForkedApplication.start("node-b", url, List.of());
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
