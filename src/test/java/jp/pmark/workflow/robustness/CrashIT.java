package jp.pmark.workflow.robustness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.pmark.workflow.support.EmbeddedPostgresDatabase;
import jp.pmark.workflow.support.ForkedApplication;
import jp.pmark.workflow.support.PortalApplications;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node killed in the middle of its work (kill -9: no shutdown, no commit) and started
 * again on the same PostgreSQL: what it acknowledged is there once, nothing half-done is
 * left, no timer is lost.
 */
class CrashIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PORTAL = "crash-portal";

	private static final String PORTAL_PASSWORD = "Quiet-river-42stones!";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	@DisplayName("GEN-1 INT-1 a node killed while intakes arrive and 300 timers fall due: after its restart every acknowledged application is there once with its one assessment, no application or assessment without the other, every timer fires, no letter twice")
	void killedInTheMiddle() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgresDatabase.start()) {
			JdbcTemplate jdbc = new JdbcTemplate(EmbeddedPostgresDatabase.dataSource(postgres, 2));
			String url = postgres.getJdbcUrl("postgres", EmbeddedPostgresDatabase.DATABASE);
			ForkedApplication node = ForkedApplication.start("crash-1", url, List.of()).awaitUp(Duration.ofMinutes(4));
			Set<String> acknowledged = ConcurrentHashMap.newKeySet();
			AtomicInteger sequence = new AtomicInteger();
			try {
				TwoNodesSupport.createPortalUser(this.http, node, PORTAL, PORTAL_PASSWORD);
				TwoNodesSupport.deployTimerProcess(this.http, node);
				String due = OffsetDateTime.now()
					.plusSeconds(20)
					.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
				for (int i = 0; i < 300; i++) {
					HttpResponse<String> started = TwoNodesSupport.startTimer(this.http, node, "C-" + i, due);
					assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
				}
				// intakes on 4 threads until the node dies, 8 to 12 s in (the timers fall
				// due around the restart)
				AtomicBoolean running = new AtomicBoolean(true);
				ExecutorService pool = Executors.newFixedThreadPool(4);
				for (int t = 0; t < 4; t++) {
					ForkedApplication target = node;
					pool.submit(() -> {
						while (running.get()) {
							try {
								String number = apply(target, sequence.incrementAndGet());
								if (number != null) {
									acknowledged.add(number);
								}
							}
							catch (Exception ex) {
								// the node is gone: the request was not acknowledged
							}
						}
						return null;
					});
				}
				Thread.sleep(8000 + (long) (Math.random() * 4000));
				node.kill();
				running.set(false);
				pool.shutdown();
				pool.awaitTermination(30, TimeUnit.SECONDS);
			}
			finally {
				node.close();
			}
			assertThat(acknowledged).as("intakes acknowledged before the kill").isNotEmpty();
			System.out.println("CrashIT: " + acknowledged.size() + " intakes acknowledged, " + sequence.get()
					+ " sent, before the kill");

			ForkedApplication restarted = ForkedApplication.start("crash-2", url, List.of())
				.awaitUp(Duration.ofMinutes(4));
			try {
				// every acknowledged application once, with its one assessment
				for (String number : acknowledged) {
					assertThat(jdbc.queryForObject("select count(*) from application where application_number = ?",
							Integer.class, number))
						.as(number)
						.isEqualTo(1);
					assertThat(jdbc.queryForObject(
							"select count(*) from act_hi_procinst where proc_def_key_ = 'PmarkAssessmentProcess' and business_key_ = ?",
							Integer.class, number))
						.as(number)
						.isEqualTo(1);
				}
				// nothing half-done: no application without its assessment and none the
				// other way round, no number twice
				assertThat(jdbc.queryForObject("select count(*) from application a where not exists (select 1 from "
						+ "act_hi_procinst p where p.business_key_ = a.application_number and p.proc_def_key_ = 'PmarkAssessmentProcess')",
						Integer.class))
					.isZero();
				assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst p where p.proc_def_key_ = "
						+ "'PmarkAssessmentProcess' and not exists (select 1 from application a where a.application_number = p.business_key_)",
						Integer.class))
					.isZero();
				assertThat(jdbc.queryForObject("select count(*) from (select application_number from application "
						+ "group by application_number having count(*) > 1) twice", Integer.class))
					.isZero();
				assertThat(
						jdbc.queryForObject(
								"select count(*) from (select application_id, kind, contents from letter "
										+ "group by application_id, kind, contents having count(*) > 1) twice",
								Integer.class))
					.as("letters recorded twice")
					.isZero();
				// every timer fires, once
				Instant until = Instant.now().plus(Duration.ofMinutes(3));
				int finished = 0;
				while (Instant.now().isBefore(until)) {
					finished = jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = "
							+ "'TwoNodesTimerProcess' and end_time_ is not null", Integer.class);
					if (finished == 300) {
						break;
					}
					Thread.sleep(1000);
				}
				assertThat(finished).as("timers fired after the restart").isEqualTo(300);
				assertThat(jdbc.queryForObject("select count(*) from (select job_id_ from act_hi_job_log where "
						+ "process_def_key_ = 'TwoNodesTimerProcess' and job_state_ = 2 group by job_id_ having count(*) > 1) twice",
						Integer.class))
					.isZero();
			}
			finally {
				restarted.close();
			}
		}
	}

	/** An online application; its number when acknowledged (201). */
	private String apply(ForkedApplication node, int index) throws Exception {
		String boundary = "crash" + index;
		HttpResponse<String> answer = this.http
			.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/applications"))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", ForkedApplication.basic(PORTAL, PORTAL_PASSWORD))
				.header("Content-Type", PortalApplications.contentType(boundary))
				.POST(HttpRequest.BodyPublishers
					.ofByteArray(PortalApplications.body(boundary, PortalApplications.fields("株式会社停電" + index))))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 201) {
			return null;
		}
		return JSON.readTree(answer.body()).path("applicationNumber").asText();
	}

}
