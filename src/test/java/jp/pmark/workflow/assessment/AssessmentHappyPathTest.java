package jp.pmark.workflow.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.fee.Invoice;
import jp.pmark.workflow.fee.InvoiceKind;
import jp.pmark.workflow.fee.InvoiceService;
import jp.pmark.workflow.letter.Letter;
import jp.pmark.workflow.letter.LetterRepository;
import jp.pmark.workflow.letter.Letters;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.Registrations;
import jp.pmark.workflow.support.PmarkSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * The assessment of a new application from receipt to registration, as staff would run
 * it.
 */
@PmarkSpringTest
class AssessmentHappyPathTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Applications applications;

	@Autowired
	InvoiceService invoices;

	@Autowired
	LetterRepository letterRepository;

	@Autowired
	Letters letters;

	@Autowired
	Registrations registrations;

	@AfterEach
	void clock() {
		ClockUtil.reset();
	}

	@BeforeEach
	void engine() {
		init(this.processEngine);
	}

	@Test
	@DisplayName("INT-3 FEE-1 FEE-3 FEE-4 AUD-1 AUD-7 DOC-4 SITE-1 FND-5 DEC-1 DEC-4 JIP-1 JIP-2 JIP-3 a new application without findings runs from receipt to registration")
	void withoutFindings() {
		// decided a month before the validity below starts, whatever day the test runs
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-02T10:00:00+09:00").toInstant()));
		String number = this.driver.toDecision(false);
		ProcessInstance instance = this.driver.instance(number);
		assertThat(instance).isWaitingAt(AssessmentProcess.DECIDE_ELIGIBILITY);
		this.driver.complete(number, AssessmentProcess.DECIDE_ELIGIBILITY);
		assertThat(instance).isWaitingAt(AssessmentProcess.REPORT_TO_JIPDEC);
		this.driver.executeJipdecJob(number);
		assertThat(instance).isWaitingAt(AssessmentProcess.RECORD_REGISTRATION);
		this.driver.complete(number, AssessmentProcess.RECORD_REGISTRATION, Map.of("validFrom", "2026-12-01"));

		assertThat(instance).isEnded()
			.hasPassedInOrder(AssessmentProcess.CHECK_RECEIPT, AssessmentProcess.ISSUE_ACCEPTANCE_NOTICE,
					AssessmentProcess.SCREEN_DISQUALIFICATION, AssessmentProcess.CONFIRM_ASSESSMENT_START,
					AssessmentProcess.MAKE_AUDIT_PLAN, AssessmentProcess.APPOINT_AUDIT_TEAM,
					AssessmentProcess.REVIEW_DOCUMENTS, AssessmentProcess.SCHEDULE_ONSITE_AUDIT,
					AssessmentProcess.RECORD_ONSITE_AUDIT, AssessmentProcess.INVOICE_ONSITE_AUDIT,
					AssessmentProcess.WRITE_COMPLETION_REPORT, AssessmentProcess.DECIDE_ELIGIBILITY,
					AssessmentProcess.REPORT_TO_JIPDEC, AssessmentProcess.RECORD_REGISTRATION)
			.hasNotPassed(AssessmentProcess.WRITE_FINDINGS_DOCUMENT)
			.hasPassed(AssessmentProcess.END_REGISTERED);

		Application application = this.applications.get(number);
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REGISTERED);
		assertThat(application.getSizeClass()).isEqualTo("MEDIUM");

		// FEE-1, FEE-3, FEE-4: three invoices, amounts from the fee schedule (services,
		// medium)
		List<Invoice> issued = this.invoices.invoicesOf(application);
		assertThat(issued).extracting(Invoice::getKind)
			.containsExactly(InvoiceKind.APPLICATION_FEE, InvoiceKind.DOCUMENT_REVIEW_FEE,
					InvoiceKind.ONSITE_AUDIT_FEE);
		assertThat(issued).extracting(Invoice::getTotalYen).containsExactly(52_382L, 141_429L, 330_000L + 12_000L);

		// the letters, in the order they went out, each with its contents
		assertThat(this.letterRepository.findByApplicationIdOrderById(application.getId())).extracting(Letter::getKind)
			.containsExactly("ACCEPTANCE_NOTICE", "TEAM_NOTICE", "DOCUMENT_REVIEW_RESULT", "INVOICE",
					"ONSITE_AUDIT_NOTICE", "INVOICE", "DECISION_NOTICE", "JIPDEC_REPORT");
		Letter team = this.letterRepository.findByApplicationIdAndKindOrderById(application.getId(), "TEAM_NOTICE")
			.get(0);
		assertThat(team.getContents()).contains("試験 主任一（審査責任者）").contains("試験 審査一（審査員）");
		Letter acceptance = this.letterRepository
			.findByApplicationIdAndKindOrderById(application.getId(), "ACCEPTANCE_NOTICE")
			.get(0);
		assertThat(acceptance.getTitle()).isEqualTo("申請書受理通知書");
		assertThat(this.letters.contents(acceptance)).containsKey("請求書");
		Letter decision = this.letterRepository
			.findByApplicationIdAndKindOrderById(application.getId(), "DECISION_NOTICE")
			.get(0);
		assertThat(decision.getTitle()).isEqualTo("プライバシーマーク付与適格性審査結果について");

		// JIP-2, JIP-3: the registration and its two years
		Registration registration = this.registrations.of(application).orElseThrow();
		assertThat(registration.getValidFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(registration.getValidUntil()).isEqualTo(LocalDate.of(2028, 11, 30));
	}

}
