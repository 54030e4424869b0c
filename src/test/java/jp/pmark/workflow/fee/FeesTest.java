package jp.pmark.workflow.fee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationKind;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.letter.LetterRepository;
import jp.pmark.workflow.common.FormValues;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.PmarkSpringTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/** Invoices and payments: FEE-1, FEE-5 (suspension, resumption, duplicates). */
@PmarkSpringTest
class FeesTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Tasklist tasklist;

	@Autowired
	Applications applications;

	@Autowired
	InvoiceService invoices;

	@Autowired
	LetterRepository letters;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@BeforeEach
	void engine() {
		init(this.processEngine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private String accepted() {
		String number = this.driver.applyOnline();
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		return number;
	}

	private Invoice applicationFee(String number) {
		return this.invoices.invoicesOf(this.applications.get(number)).get(0);
	}

	private ProcessInstance invoiceProcess(Invoice invoice) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(InvoiceProcess.KEY)
			.processInstanceBusinessKey(invoice.getInvoiceNumber())
			.singleResult();
	}

	@Test
	@DisplayName("FEE-1 FEE-6 acceptance issues the application fee invoice with the acceptance notice; accounting waits for its payment")
	void applicationFeeInvoice() {
		String number = accepted();
		Invoice invoice = applicationFee(number);
		assertThat(invoice.getKind()).isEqualTo(InvoiceKind.APPLICATION_FEE);
		assertThat(invoice.getTotalYen()).isEqualTo(52_382L);
		assertThat(invoice.getDueOn()).isAfterOrEqualTo(invoice.getIssuedOn().plusDays(30));
		assertThat(invoiceProcess(invoice)).isWaitingAt(InvoiceProcess.RECORD_PAYMENT);
		Application application = this.applications.get(number);
		assertThat(this.letters.findByApplicationIdAndKindOrderById(application.getId(), "ACCEPTANCE_NOTICE")
			.get(0)
			.getContents()).contains(invoice.getInvoiceNumber(), "52,382円", "返金いたしません");
	}

	@Test
	@DisplayName("FEE-5 a payment recorded by accounting in Tasklist pays the invoice; a wrong amount is refused")
	void paymentInTasklist() {
		String number = accepted();
		Invoice invoice = applicationFee(number);
		ProcessInstance process = invoiceProcess(invoice);
		Task task = this.taskService.createTaskQuery().processInstanceId(process.getId()).singleResult();
		Tasklist.Response wrong = this.tasklist.claimAndSubmit(task, Fixtures.ACCOUNTING,
				FormValues.of(new PaymentForm.Input(LocalDate.now(), 50_000L, "BANK-1")));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.message()).contains("【FEE-5】入金額");
		this.tasklist.submitForm(task, Map.of("paymentReference", "BANK-1"));
		assertThat(process).isEnded().hasPassed(InvoiceProcess.END_PAID);
		assertThat(this.invoices.find(invoice.getInvoiceNumber()).orElseThrow().getStatus())
			.isEqualTo(Invoice.Status.PAID);
	}

	@Test
	@DisplayName("FEE-5 a payment reported twice is recorded once; another payment of a paid invoice is refused")
	void duplicatePayment() {
		String number = accepted();
		Invoice invoice = applicationFee(number);
		LocalDate today = LocalDate.now();
		assertThat(this.invoices.receivePayment(invoice.getInvoiceNumber(), today, 52_382, "ZENGIN-777", "bank"))
			.isEqualTo(InvoiceService.PaymentResult.RECORDED);
		assertThat(invoiceProcess(invoice)).isNull();
		assertThat(this.invoices.receivePayment(invoice.getInvoiceNumber(), today, 52_382, "ZENGIN-777", "bank"))
			.isEqualTo(InvoiceService.PaymentResult.DUPLICATE);
		Invoice paid = this.invoices.find(invoice.getInvoiceNumber()).orElseThrow();
		assertThat(this.invoices.paymentsOf(paid)).hasSize(1);
		assertThatThrownBy(
				() -> this.invoices.receivePayment(invoice.getInvoiceNumber(), today, 52_382, "ZENGIN-778", "bank"))
			.hasMessageContaining("【FEE-5】")
			.hasMessageContaining("支払済み");
		assertThat(this.invoices.paymentsOf(paid)).hasSize(1);
	}

	@Test
	@DisplayName("FEE-5 an invoice unpaid past its due date suspends the assessment, visibly, until its payment is recorded")
	void suspensionAndResumption() {
		String number = accepted();
		Invoice invoice = applicationFee(number);
		ProcessInstance assessment = this.driver.instance(number);
		Job overdue = this.managementService.createJobQuery()
			.processInstanceId(invoiceProcess(invoice).getId())
			.activityId(InvoiceProcess.PAYMENT_OVERDUE)
			.singleResult();
		assertThat(overdue.getDuedate()).isAfter(Date.from(Instant.now().plusSeconds(29L * 24 * 3600)));
		ClockUtil.setCurrentTime(Date.from(overdue.getDuedate().toInstant().plusSeconds(60)));
		this.managementService.executeJob(overdue.getId());

		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(assessment.getId())
			.singleResult()
			.isSuspended()).isTrue();
		assertThat(this.applications.get(number).isSuspended()).isTrue();
		assertThat(this.applications.caseSummary(number)).contains("料金未納のため中断中");
		Application application = this.applications.get(number);
		assertThat(this.letters.findByApplicationIdAndKindOrderById(application.getId(), "PAYMENT_REMINDER"))
			.hasSize(1);
		Tasklist.Response suspended = this.driver.submit(number, AssessmentProcess.SCREEN_DISQUALIFICATION, Map.of(),
				Fixtures.MANAGER);
		assertThat(suspended.status()).isEqualTo(400);
		assertThat(suspended.message()).contains("【FEE-5】", "中断中");
		// accounting still sees the invoice to record its payment
		assertThat(invoiceProcess(invoice)).isWaitingAt(InvoiceProcess.RECORD_PAYMENT);

		this.invoices.receivePayment(invoice.getInvoiceNumber(), LocalDate.now(), 52_382, "LATE-1", "bank");
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(assessment.getId())
			.singleResult()
			.isSuspended()).isFalse();
		assertThat(this.applications.get(number).isSuspended()).isFalse();
		assertThat(this.applications.journal(number)).extracting((event) -> event.getEvent())
			.containsSubsequence("SUSPENDED", "PAYMENT_RECORDED", "RESUMED");
		this.driver.complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION);
		assertThat(assessment).isWaitingAt(AssessmentProcess.CONFIRM_ASSESSMENT_START);
	}

	@Test
	@DisplayName("FEE-3 the document review fee is invoiced after the review, by size class and kind")
	void documentReviewFee() {
		String number = accepted();
		this.driver.complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION);
		this.driver.complete(number, AssessmentProcess.CONFIRM_ASSESSMENT_START);
		this.driver.complete(number, AssessmentProcess.MAKE_AUDIT_PLAN);
		this.driver.complete(number, AssessmentProcess.APPOINT_AUDIT_TEAM);
		assertThat(this.invoices.invoicesOf(this.applications.get(number))).hasSize(1);
		this.driver.complete(number, AssessmentProcess.REVIEW_DOCUMENTS);
		List<Invoice> issued = this.invoices.invoicesOf(this.applications.get(number));
		assertThat(issued).hasSize(2);
		assertThat(issued.get(1).getKind()).isEqualTo(InvoiceKind.DOCUMENT_REVIEW_FEE);
		assertThat(issued.get(1).getTotalYen()).isEqualTo(141_429L);
		assertThat(this.applications.get(number).getKind()).isEqualTo(ApplicationKind.NEW);
	}

}
