package jp.pmark.workflow.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.pmark.workflow.common.TaskForms;
import jp.pmark.workflow.fee.InvoiceProcess;
import jp.pmark.workflow.fee.InvoiceService;
import jp.pmark.workflow.intake.Applications;
import jp.pmark.workflow.intake.AssessmentProcess;
import jp.pmark.workflow.support.AssessmentDriver;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
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

/**
 * GEN-2 as staff meet it in Tasklist: a form submitted over the REST API that breaks a
 * rule is answered 400 with the Japanese message naming the rule; the task stays open,
 * nothing saved.
 */
@PmarkSpringTest
class FormSubmissionTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	TaskService taskService;

	@Autowired
	TaskForms taskForms;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	Applications applications;

	@Autowired
	InvoiceService invoices;

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	@Test
	@DisplayName("GEN-2 INT-3 Tasklist's form submission that breaks a rule is refused with 400 and a Japanese message; the task stays open")
	void refusedSubmission() {
		String number = this.driver.applyOnline();
		String task = this.driver.task(number, AssessmentProcess.CHECK_RECEIPT).getId();
		TestRestTemplate reception = this.rest.withBasicAuth(Fixtures.RECEPTION, TestUsers.PASSWORD);
		assertThat(reception
			.postForEntity("/engine-rest/task/" + task + "/claim", json("{\"userId\":\"" + Fixtures.RECEPTION + "\"}"),
					String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		String body = """
				{"variables": {
				  "presentDocuments": {"type": "Json", "value": "[\\"FORM_0\\",\\"FORM_1\\"]"},
				  "receiptOutcome": {"value": "ACCEPTED"},
				  "assessmentRequested": {"value": true},
				  "consentGiven": {"value": true},
				  "registryCertificateIssuedOn": {"value": "%s"}
				}}""".formatted(LocalDate.now().minusDays(3));
		ResponseEntity<JsonNode> refused = reception.postForEntity("/engine-rest/task/" + task + "/submit-form",
				json(body), JsonNode.class);
		assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().path("message").asText()).contains("【INT-3】必須書類「3. 様式2 個人情報保護体制」")
			.doesNotContain("ENGINE-");
		assertThat(this.taskService.createTaskQuery().taskId(task).singleResult()).isNotNull();
		assertThat(this.taskService.getVariableLocal(task, "presentDocuments").toString()).contains("FORM_8");

		String fixed = body.replace("[\\\"FORM_0\\\",\\\"FORM_1\\\"]",
				String.join(",",
						this.driver.defaults(AssessmentProcess.CHECK_RECEIPT)
							.get("presentDocuments")
							.toString()
							.replace("[", "[\\\"")
							.replace("]", "\\\"]")
							.replace(", ", "\\\",\\\"")));
		ResponseEntity<String> accepted = reception.postForEntity("/engine-rest/task/" + task + "/submit-form",
				json(fixed), String.class);
		assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.driver.task(number, AssessmentProcess.SCREEN_DISQUALIFICATION)).isNotNull();
	}

	@Test
	@DisplayName("GEN-2 FEE-5 accounting's payment form refuses a wrong amount with 400 over REST; the right one pays the invoice")
	void paymentForm() {
		String number = this.driver.applyOnline();
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		String invoice = this.invoices.invoicesOf(this.applications.get(number)).get(0).getInvoiceNumber();
		String task = this.taskService.createTaskQuery()
			.processDefinitionKey(InvoiceProcess.KEY)
			.processInstanceBusinessKey(invoice)
			.singleResult()
			.getId();
		TestRestTemplate accounting = this.rest.withBasicAuth(Fixtures.ACCOUNTING, TestUsers.PASSWORD);
		accounting.postForEntity("/engine-rest/task/" + task + "/claim",
				json("{\"userId\":\"" + Fixtures.ACCOUNTING + "\"}"), String.class);
		String wrong = "{\"variables\":{\"paidOn\":{\"value\":\"%s\"},\"paidAmount\":{\"value\":1},\"paymentReference\":{\"value\":\"B-9\"}}}"
			.formatted(LocalDate.now());
		ResponseEntity<JsonNode> refused = accounting.postForEntity("/engine-rest/task/" + task + "/submit-form",
				json(wrong), JsonNode.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().path("message").asText()).contains("【FEE-5】入金額");
		ResponseEntity<String> paid = accounting.postForEntity("/engine-rest/task/" + task + "/submit-form",
				json(wrong.replace("\"paidAmount\":{\"value\":1}", "\"paidAmount\":{\"value\":52382}")), String.class);
		assertThat(paid.getStatusCode()).as(paid.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	@Test
	@DisplayName("GEN-2 every user task of every process has its server-side form: the convention no new task may break")
	void everyUserTaskHasItsForm() {
		List<String> missing = new ArrayList<>();
		for (ProcessDefinition definition : this.repositoryService.createProcessDefinitionQuery()
			.latestVersion()
			.list()) {
			if (!definition.getKey().startsWith("Pmark")) {
				continue;
			}
			BpmnModelInstance model = this.repositoryService.getBpmnModelInstance(definition.getId());
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				if (this.taskForms.find(definition.getKey(), task.getId()).isEmpty()) {
					missing.add(definition.getKey() + "/" + task.getId());
				}
			}
		}
		assertThat(missing).isEmpty();
		assertThat(this.taskForms.find(AssessmentProcess.KEY, AssessmentProcess.DECIDE_ELIGIBILITY)).isPresent();
	}

}
