package jp.pmark.workflow.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.pmark.workflow.fee.InvoiceService;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * The APIs of the portal, the bank and JIPDEC: improvement reports, payments,
 * registrations.
 */
@PmarkSpringTest
class PortalApisTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Applications applications;

	@Autowired
	InvoiceService invoices;

	@AfterEach
	void clock() {
		ClockUtil.reset();
	}

	@BeforeEach
	void engine() {
		init(this.processEngine);
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	private ResponseEntity<JsonNode> post(String user, String path, String body) {
		return this.rest.withBasicAuth(user, TestUsers.PASSWORD).postForEntity(path, json(body), JsonNode.class);
	}

	@Test
	@DisplayName("FND-3 an improvement report submitted online ends reception's wait and goes to the team; an early one is refused")
	void improvementReportOnline() {
		String number = this.driver.applyOnline();
		ResponseEntity<JsonNode> early = post(Fixtures.RECEPTION,
				"/api/applications/" + number + "/improvement-reports", "{\"summary\":\"是正しました\",\"evidence\":\"記録\"}");
		assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(early.getBody().path("violations").get(0).path("rule").asText()).isEqualTo("FND-3");

		String findings = toFindingsIssued();
		ResponseEntity<JsonNode> noEvidence = post(Fixtures.RECEPTION,
				"/api/applications/" + findings + "/improvement-reports", "{\"summary\":\"是正しました\"}");
		assertThat(noEvidence.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<JsonNode> submitted = post(Fixtures.RECEPTION,
				"/api/applications/" + findings + "/improvement-reports",
				"{\"summary\":\"理解度確認テストを導入しました\",\"evidence\":\"テスト結果の記録\"}");
		assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(this.driver.instance(findings)).isWaitingAt(AssessmentProcess.REVIEW_IMPROVEMENT_REPORT)
			.hasPassed("BoundaryEvent_ImprovementReportSubmitted");
	}

	private String toFindingsIssued() {
		return this.driver.toFindingsIssued();
	}

	@Test
	@DisplayName("FEE-5 the bank's payment is recorded once: 201, then 200 for the same payment again; only accounting may report it")
	void paymentsApi() {
		String number = this.driver.applyOnline();
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		String invoice = this.invoices.invoicesOf(this.applications.get(number)).get(0).getInvoiceNumber();
		String payment = "{\"invoiceNumber\":\"%s\",\"paidOn\":\"%s\",\"amountYen\":52382,\"reference\":\"ZENGIN-42\"}"
			.formatted(invoice, LocalDate.now());
		assertThat(post(Fixtures.RECEPTION, "/api/payments", payment).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<JsonNode> first = post(Fixtures.ACCOUNTING, "/api/payments", payment);
		assertThat(first.getStatusCode()).as("%s", first.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(first.getBody().path("result").asText()).isEqualTo("RECORDED");
		ResponseEntity<JsonNode> again = post(Fixtures.ACCOUNTING, "/api/payments", payment);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(again.getBody().path("result").asText()).isEqualTo("DUPLICATE");
		ResponseEntity<JsonNode> unknown = post(Fixtures.ACCOUNTING, "/api/payments",
				payment.replace(invoice, "INV1999-00001"));
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknown.getBody().path("violations").get(0).path("field").asText()).isEqualTo("invoiceNumber");
	}

	@Test
	@DisplayName("JIP-2 the registration JIPDEC returns is recorded through the API and ends the assessment")
	void registrationApi() {
		// decided a month before the validity below starts, whatever day the test runs
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-02T10:00:00+09:00").toInstant()));
		String number = this.driver.toDecision(false);
		this.driver.complete(number, AssessmentProcess.DECIDE_ELIGIBILITY);
		this.driver.executeJipdecJob(number);
		ResponseEntity<JsonNode> wrong = post(Fixtures.RECEPTION, "/api/applications/" + number + "/registration",
				"{\"registrationNumber\":\"ABC\",\"validFrom\":\"%s\"}".formatted(LocalDate.now().plusDays(10)));
		assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(wrong.getBody().path("violations").get(0).path("rule").asText()).isEqualTo("JIP-3");
		ResponseEntity<JsonNode> recorded = post(Fixtures.RECEPTION, "/api/applications/" + number + "/registration",
				"{\"registrationNumber\":\"%s\",\"validFrom\":\"2027-01-01\"}"
					.formatted(AssessmentDriver.newRegistrationNumber()));
		assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(recorded.getBody().path("validUntil").asText()).isEqualTo("2028-12-31");
		assertThat(this.driver.instance(number)).isNull();
		assertThat(this.applications.get(number).getStatus()).isEqualTo(ApplicationStatus.REGISTERED);
	}

}
