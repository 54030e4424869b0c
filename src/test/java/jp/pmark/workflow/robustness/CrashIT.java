package jp.pmark.workflow.robustness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.pmark.workflow.assessment.PortalApplications;
import jp.pmark.workflow.support.EmbeddedPostgresDatabase;
import jp.pmark.workflow.support.ForkedApplication;
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

	/** Open invoices, paid while the node is killed (FEE-5). */
	private static final int INVOICES = 16;

	private static final String PAYMENTS = "select count(*) from payment p join invoice i on i.id = p.invoice_id "
			+ "where i.invoice_number = ?";

	/** How often an activity was entered in the process of an invoice. */
	private static final String INVOICE_PASSED = "select count(*) from act_hi_actinst a join act_hi_procinst p on "
			+ "p.id_ = a.proc_inst_id_ where p.proc_def_key_ = 'PmarkInvoiceProcess' and p.business_key_ = ? "
			+ "and a.act_id_ = ?";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	@DisplayName("GEN-1 INT-1 FEE-5 a node killed while intakes and payments arrive and 300 timers fall due: after its restart every acknowledged application is there once with its one assessment, every acknowledged payment recorded once and its invoice's process ended once, a payment left without an answer recorded once or not at all (its invoice then still waiting), every payment sent again answered 200 or 201 and recorded once, nothing half-done, every timer fires, no letter twice")
	void killedInTheMiddle() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgresDatabase.start()) {
			JdbcTemplate jdbc = new JdbcTemplate(EmbeddedPostgresDatabase.dataSource(postgres, 2));
			String url = postgres.getJdbcUrl("postgres", EmbeddedPostgresDatabase.DATABASE);
			ForkedApplication node = ForkedApplication.start("crash-1", url, List.of()).awaitUp(Duration.ofMinutes(4));
			Set<String> acknowledged = ConcurrentHashMap.newKeySet();
			AtomicInteger sequence = new AtomicInteger();
			NodeCases cases = new NodeCases(this.http, jdbc, PORTAL, PORTAL_PASSWORD);
			// FEE-5: invoice number → the bank's payment of it; paid (2xx), sent without
			// an answer, answered otherwise
			Map<String, String> payments = new ConcurrentHashMap<>();
			Set<String> paid = ConcurrentHashMap.newKeySet();
			Set<String> unanswered = ConcurrentHashMap.newKeySet();
			Map<String, String> refused = new ConcurrentHashMap<>();
			try {
				TwoNodesSupport.createPortalUser(this.http, node, PORTAL, PORTAL_PASSWORD);
				long preparing = System.nanoTime();
				cases.ensureStaff(node);
				payments.putAll(openInvoices(cases, node));
				System.out.printf("CrashIT: %d open invoices prepared in %.1f s%n", payments.size(),
						(System.nanoTime() - preparing) / 1e9);
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
				// payments on 2 threads from 6 to 10 s in until the kill, which comes
				// when a
				// few were acknowledged (at most 5 s later) while others are under way
				Thread.sleep(6000 + (long) (Math.random() * 4000));
				Queue<String> toPay = new ConcurrentLinkedQueue<>(payments.keySet());
				ExecutorService payers = Executors.newFixedThreadPool(2);
				for (int t = 0; t < 2; t++) {
					ForkedApplication target = node;
					payers.submit(() -> {
						String invoice;
						while (running.get() && (invoice = toPay.poll()) != null) {
							try {
								HttpResponse<String> answer = cases.post(target, NodeCases.ACCOUNTING, "/api/payments",
										payments.get(invoice));
								if (answer.statusCode() / 100 == 2) {
									paid.add(invoice);
								}
								else {
									refused.put(invoice, answer.statusCode() + " " + answer.body());
								}
							}
							catch (Exception ex) {
								// the node is gone: the payment was not acknowledged
								unanswered.add(invoice);
							}
							Thread.sleep(30);
						}
						return null;
					});
				}
				Instant acknowledging = Instant.now().plusSeconds(5);
				while (paid.size() < 3 && Instant.now().isBefore(acknowledging)) {
					Thread.sleep(20);
				}
				Thread.sleep((long) (Math.random() * 300));
				node.kill();
				running.set(false);
				pool.shutdown();
				payers.shutdown();
				pool.awaitTermination(30, TimeUnit.SECONDS);
				payers.awaitTermination(30, TimeUnit.SECONDS);
			}
			finally {
				node.close();
			}
			assertThat(acknowledged).as("intakes acknowledged before the kill").isNotEmpty();
			assertThat(paid).as("payments acknowledged before the kill").isNotEmpty();
			assertThat(refused).as("payments refused before the kill").isEmpty();
			System.out.println("CrashIT: " + acknowledged.size() + " intakes acknowledged, " + sequence.get()
					+ " sent, before the kill; payments: " + paid.size() + " acknowledged, " + unanswered.size()
					+ " without an answer, " + (payments.size() - paid.size() - unanswered.size()) + " not sent");

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
				// FEE-5: an acknowledged payment recorded once, its invoice's process
				// ended
				// once; one without an answer recorded so, or not at all and its invoice
				// still waiting for it
				for (String invoice : paid) {
					assertPaidOnce(jdbc, invoice);
				}
				int recordedUnanswered = 0;
				for (String invoice : unanswered) {
					if (count(jdbc, PAYMENTS, invoice) == 0) {
						assertWaiting(jdbc, invoice);
					}
					else {
						assertPaidOnce(jdbc, invoice);
						recordedUnanswered++;
					}
				}
				assertNothingHalfPaid(jdbc);
				System.out.println("CrashIT: of the payments without an answer, " + recordedUnanswered
						+ " were recorded before the kill, " + (unanswered.size() - recordedUnanswered) + " not");
				long retrying = System.nanoTime();
				// every payment sent again (the bank's retry, 4 at a time): 200 where it
				// was recorded, 201 where not, and recorded once
				Map<String, Boolean> recorded = new HashMap<>();
				payments.keySet().forEach((invoice) -> recorded.put(invoice, count(jdbc, PAYMENTS, invoice) == 1));
				ExecutorService retries = Executors.newFixedThreadPool(4);
				try {
					Map<String, Future<HttpResponse<String>>> answers = new HashMap<>();
					payments.forEach((invoice, payment) -> answers.put(invoice, retries
						.submit(() -> cases.post(restarted, NodeCases.ACCOUNTING, "/api/payments", payment))));
					for (Map.Entry<String, Future<HttpResponse<String>>> answer : answers.entrySet()) {
						HttpResponse<String> again = answer.getValue().get(2, TimeUnit.MINUTES);
						assertThat(again.statusCode()).as(answer.getKey() + ": " + again.body())
							.isEqualTo(recorded.get(answer.getKey()) ? 200 : 201);
						assertPaidOnce(jdbc, answer.getKey());
					}
				}
				finally {
					retries.shutdownNow();
				}
				assertNothingHalfPaid(jdbc);
				System.out.printf("CrashIT: %d payments sent again in %.1f s%n", payments.size(),
						(System.nanoTime() - retrying) / 1e9);
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

	/**
	 * Open invoices to pay: applications accepted through the portal and reception's
	 * receipt check, 4 at a time, each with its application fee invoice (FEE-1); the
	 * bank's payment of each, by invoice number.
	 */
	private static Map<String, String> openInvoices(NodeCases cases, ForkedApplication node) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> accepted = new ArrayList<>();
			for (int i = 0; i < INVOICES; i++) {
				int index = i;
				accepted.add(pool.submit(() -> cases.accepted(node, "株式会社入金" + index)));
			}
			Map<String, String> payments = new HashMap<>();
			for (Future<String> number : accepted) {
				Map<String, Object> invoice = cases.invoice(number.get(), "APPLICATION_FEE");
				String invoiceNumber = (String) invoice.get("invoice_number");
				payments.put(invoiceNumber,
						JSON.writeValueAsString(
								Map.of("invoiceNumber", invoiceNumber, "paidOn", cases.today().toString(), "amountYen",
										invoice.get("total_yen"), "reference", "CRASH-" + invoiceNumber)));
			}
			return payments;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * The invoice paid once: one payment, the invoice paid, one journal entry, and its
	 * process told once and ended.
	 */
	private static void assertPaidOnce(JdbcTemplate jdbc, String invoice) {
		assertThat(count(jdbc, PAYMENTS, invoice)).as("payments of " + invoice).isEqualTo(1);
		assertThat(count(jdbc, "select count(*) from invoice where invoice_number = ? and status = 'PAID'", invoice))
			.as(invoice + " paid")
			.isEqualTo(1);
		assertThat(
				count(jdbc, "select count(*) from application_event where event = 'PAYMENT_RECORDED' and detail like ?",
						"%" + invoice + "%"))
			.as("payments of " + invoice + " in the journal")
			.isEqualTo(1);
		assertThat(count(jdbc, INVOICE_PASSED, invoice, "BoundaryEvent_PaymentReceived"))
			.as("the process of " + invoice + " told of its payment")
			.isEqualTo(1);
		assertThat(count(jdbc, INVOICE_PASSED, invoice, "EndEvent_Paid")).as("the process of " + invoice + " ended")
			.isEqualTo(1);
	}

	/** The invoice not paid: no payment, and its process still waits for one. */
	private static void assertWaiting(JdbcTemplate jdbc, String invoice) {
		assertThat(count(jdbc, "select count(*) from invoice where invoice_number = ? and status <> 'PAID'", invoice))
			.as(invoice + " open")
			.isEqualTo(1);
		assertThat(count(jdbc,
				"select count(*) from act_ru_event_subscr s join act_ru_execution e on e.id_ = "
						+ "s.proc_inst_id_ where e.business_key_ = ? and s.event_name_ = 'Msg_PaymentReceived'",
				invoice))
			.as("the process of " + invoice + " waiting for its payment")
			.isEqualTo(1);
	}

	/**
	 * No payment of an unpaid invoice, no paid invoice without its payment, none whose
	 * process still runs, no open invoice whose process ended.
	 */
	private static void assertNothingHalfPaid(JdbcTemplate jdbc) {
		assertThat(count(jdbc,
				"select count(*) from payment p join invoice i on i.id = p.invoice_id " + "where i.status <> 'PAID'"))
			.isZero();
		assertThat(count(jdbc, "select count(*) from invoice i where i.status = 'PAID' and not exists "
				+ "(select 1 from payment p where p.invoice_id = i.id)"))
			.isZero();
		assertThat(count(jdbc, "select count(*) from invoice i join act_ru_execution e on e.business_key_ = "
				+ "i.invoice_number and e.id_ = e.proc_inst_id_ where i.status = 'PAID'"))
			.isZero();
		assertThat(count(jdbc,
				"select count(*) from invoice i where i.status <> 'PAID' and not exists (select 1 from "
						+ "act_ru_execution e where e.business_key_ = i.invoice_number and e.id_ = e.proc_inst_id_)"))
			.isZero();
	}

	private static int count(JdbcTemplate jdbc, String sql, Object... arguments) {
		return jdbc.queryForObject(sql, Integer.class, arguments);
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
