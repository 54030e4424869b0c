package jp.pmark.workflow.robustness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.common.Numbering;
import jp.pmark.workflow.fee.Invoice;
import jp.pmark.workflow.identity.StaffGroup;
import jp.pmark.workflow.fee.InvoiceService;
import jp.pmark.workflow.intake.DocumentType;
import jp.pmark.workflow.intake.OnlineApplicationRequest;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that arrive at the same moment: a repeat has one effect and both get a 2xx,
 * numbers never collide, not even the first one of a kind and year.
 */
@PmarkSpringTest
class ConcurrentRequestsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Tasklist tasklist;

	@Autowired
	InvoiceService invoices;

	@Autowired
	Applications applications;

	@Autowired
	Numbering numbering;

	@Autowired
	Fixtures fixtures;

	@Autowired
	IdentityService identityService;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	@DisplayName("FEE-5 the same payment sent twice at the same moment, 8 times over: recorded once each, 201 and 200, never a 500; the same reference with another amount is 409 with a problem body")
	void samePaymentTwiceAtOnce() throws Exception {
		for (int pair = 0; pair < 8; pair++) {
			String number = this.driver.applyOnline();
			this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
			Invoice invoice = this.invoices.invoicesOf(this.applications.get(number)).get(0);
			String body = JSON.writeValueAsString(Map.of("invoiceNumber", invoice.getInvoiceNumber(), "paidOn",
					LocalDate.now().toString(), "amountYen", invoice.getTotalYen(), "reference", "BANK-" + pair));
			List<Tasklist.Response> answers = atOnce(2,
					() -> this.tasklist.post(Fixtures.ACCOUNTING, "/api/payments", body));
			assertThat(answers).extracting(Tasklist.Response::status).containsExactlyInAnyOrder(201, 200);
			assertThat(answers).allMatch((answer) -> answer.body().contains(invoice.getInvoiceNumber()));
			Invoice paid = this.invoices.find(invoice.getInvoiceNumber()).orElseThrow();
			assertThat(this.invoices.paymentsOf(paid)).hasSize(1);
			assertThat(paid.getStatus()).isEqualTo(Invoice.Status.PAID);

			String different = JSON.writeValueAsString(Map.of("invoiceNumber", invoice.getInvoiceNumber(), "paidOn",
					LocalDate.now().toString(), "amountYen", invoice.getTotalYen() + 1, "reference", "BANK-" + pair));
			Tasklist.Response conflict = this.tasklist.post(Fixtures.ACCOUNTING, "/api/payments", different);
			assertThat(conflict.status()).isEqualTo(409);
			assertThat(conflict.json().path("violations").get(0).path("field").asText()).isEqualTo("reference");
			assertThat(this.invoices.paymentsOf(paid)).hasSize(1);
		}
	}

	@Test
	@DisplayName("FND-3 the same improvement report sent twice at the same moment: 201 and 200, one report, the assessment moved on once; another report while it awaits review is 409 with a problem body")
	void sameImprovementReportTwice() throws Exception {
		String number = this.driver.toFindingsIssued();
		String body = "{\"summary\":\"理解度確認テストを実施した\",\"evidence\":\"テストの記録\"}";
		List<Tasklist.Response> answers = atOnce(2, () -> this.tasklist.post(Fixtures.RECEPTION,
				"/api/applications/" + number + "/improvement-reports", body));
		assertThat(answers).extracting(Tasklist.Response::status).containsExactlyInAnyOrder(201, 200);
		assertThat(this.jdbc.queryForObject("select count(*) from improvement_report r join findings_document d on "
				+ "d.id = r.findings_document_id join application a on a.id = d.application_id where a.application_number = ?",
				Integer.class, number))
			.isEqualTo(1);
		assertThat(this.driver.task(number, AssessmentProcess.REVIEW_IMPROVEMENT_REPORT)).isNotNull();
		Tasklist.Response other = this.tasklist.post(Fixtures.RECEPTION,
				"/api/applications/" + number + "/improvement-reports",
				"{\"summary\":\"内部監査の手順を改めた\",\"evidence\":\"改訂した内部監査規程\"}");
		assertThat(other.status()).as(other.body()).isEqualTo(409);
		assertThat(other.json().path("violations").get(0).path("field").asText()).isEqualTo("summary");
		assertThat(this.jdbc.queryForObject("select count(*) from improvement_report r join findings_document d on "
				+ "d.id = r.findings_document_id join application a on a.id = d.application_id where a.application_number = ?",
				Integer.class, number))
			.isEqualTo(1);
	}

	@Test
	@DisplayName("JIP-2 the same registration from JIPDEC recorded twice at the same moment: 201 and 200, one registration; another first day for it is 409")
	void sameRegistrationTwice() throws Exception {
		String number = this.driver.toDecision(false);
		this.driver.complete(number, AssessmentProcess.DECIDE_ELIGIBILITY);
		this.driver.executeJipdecJob(number);
		String registrationNumber = AssessmentDriver.newRegistrationNumber();
		LocalDate validFrom = LocalDate.now().plusDays(10);
		String body = "{\"registrationNumber\":\"" + registrationNumber + "\",\"validFrom\":\"" + validFrom + "\"}";
		List<Tasklist.Response> answers = atOnce(2,
				() -> this.tasklist.post(Fixtures.RECEPTION, "/api/applications/" + number + "/registration", body));
		assertThat(answers).extracting(Tasklist.Response::status).containsExactlyInAnyOrder(201, 200);
		assertThat(this.jdbc.queryForObject("select count(*) from registration where registration_number = ?",
				Integer.class, registrationNumber))
			.isEqualTo(1);
		Tasklist.Response other = this.tasklist.post(Fixtures.RECEPTION,
				"/api/applications/" + number + "/registration", "{\"registrationNumber\":\"" + registrationNumber
						+ "\",\"validFrom\":\"" + validFrom.plusDays(1) + "\"}");
		assertThat(other.status()).isEqualTo(409);
	}

	@Test
	@DisplayName("INC-1 INC-2 the same incident report, and then the same final report, each sent twice at the same moment: 201 and 200, one incident, one final report")
	void sameIncidentReportTwice() throws Exception {
		String number = this.driver.applyOnline();
		String summary = "社員の履歴書を紛失した（" + ThreadLocalRandom.current().nextInt(1_000_000) + "）";
		String body = JSON.writeValueAsString(Map.of("reporterStatus", "UNDER_ASSESSMENT", "applicationNumber", number,
				"discoveredOn", LocalDate.now().toString(), "category", "LOSS", "personsAffected", 5, "summary",
				summary, "reportKind", "PROMPT"));
		List<Tasklist.Response> answers = atOnce(2,
				() -> this.tasklist.post(Fixtures.RECEPTION, "/api/incidents", body));
		assertThat(answers).extracting(Tasklist.Response::status).containsExactlyInAnyOrder(201, 200);
		assertThat(this.jdbc.queryForObject("select count(*) from incident where summary = ?", Integer.class, summary))
			.isEqualTo(1);
		String incidentNumber = answers.get(0).json().path("incidentNumber").asText();
		assertThat(answers.get(1).json().path("incidentNumber").asText()).isEqualTo(incidentNumber);

		String report = JSON.writeValueAsString(
				Map.of("kind", "FINAL", "receivedOn", LocalDate.now().toString(), "summary", "確報：原因と再発防止策"));
		List<Tasklist.Response> finals = atOnce(2,
				() -> this.tasklist.post(Fixtures.RECEPTION, "/api/incidents/" + incidentNumber + "/reports", report));
		assertThat(finals).extracting(Tasklist.Response::status).containsExactlyInAnyOrder(201, 200);
		assertThat(this.jdbc
			.queryForObject("select count(*) from incident_report r join incident i on i.id = r.incident_id "
					+ "where i.incident_number = ? and r.kind = 'FINAL'", Integer.class, incidentNumber))
			.isEqualTo(1);
	}

	@Test
	@DisplayName("GEN-2 the first numbers of a new kind and year taken by 16 requests at once: 1 to 16, none repeated, none lost")
	void firstNumbersOfAYear() throws Exception {
		int year = ThreadLocalRandom.current().nextInt(3000, 9000);
		List<String> numbers = atOnce(16, () -> this.numbering.nextCommitted("ZZ", year, 4));
		assertThat(new HashSet<>(numbers)).hasSize(16);
		Set<String> expected = new HashSet<>();
		for (int i = 1; i <= 16; i++) {
			expected.add(String.format("ZZ%d-%04d", year, i));
		}
		assertThat(new HashSet<>(numbers)).isEqualTo(expected);
	}

	@Test
	@DisplayName("INT-1 eight online applications sent by the applicant portal (API only, no grant in the engine) at once: each 201 with its own application number and its one assessment")
	void intakesAtOnce() throws Exception {
		this.fixtures.ensure();
		TestUsers.ensure(this.identityService, "t-portal", List.of(StaffGroup.PORTAL_GROUP_ID));
		List<ResponseEntity<JsonNode>> answers = atOnce(8, () -> this.rest.withBasicAuth("t-portal", TestUsers.PASSWORD)
			.postForEntity("/api/applications", new HttpEntity<>(application(), multipart()), JsonNode.class));
		Set<String> numbers = new HashSet<>();
		for (ResponseEntity<JsonNode> answer : answers) {
			assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(201);
			numbers.add(answer.getBody().path("applicationNumber").asText());
		}
		assertThat(numbers).hasSize(8);
		for (String number : numbers) {
			assertThat(this.driver.instance(number)).isNotNull();
		}
	}

	private static HttpHeaders multipart() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return headers;
	}

	private static MultiValueMap<String, Object> application() {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		LocalDate today = LocalDate.now();
		form.add("appliedOn", today.toString());
		form.add("assessmentRequested", "true");
		form.add("consentGiven", "true");
		form.add("registryCertificateIssuedOn", today.minusDays(7).toString());
		form.add("applicantName", "株式会社同時申請" + ThreadLocalRandom.current().nextInt(100_000));
		form.add("corporateNumber", AssessmentDriver.newCorporateNumber());
		form.add("address", "大阪府大阪市北区梅田1-1-1");
		form.add("representativeName", "田中 一郎");
		form.add("contactName", "中村 花子");
		form.add("contactAddress", "大阪府大阪市北区梅田1-1-1");
		form.add("industry", "SERVICES");
		form.add("headcount", "20");
		form.add("fullTimeStaff", "12");
		for (DocumentType type : DocumentType.mandatory()) {
			form.add(OnlineApplicationRequest.fieldOf(type), new ByteArrayResource(AssessmentDriver.pdf()) {
				@Override
				public String getFilename() {
					return type.name() + ".pdf";
				}
			});
		}
		return form;
	}

	/** Runs the call on this many threads released at the same moment. */
	private static <T> List<T> atOnce(int threads, Callable<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
