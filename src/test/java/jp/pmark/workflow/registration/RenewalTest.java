package jp.pmark.workflow.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantField;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationKind;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.common.Rules;
import jp.pmark.workflow.fee.FeeSchedule;
import jp.pmark.workflow.fee.Invoice;
import jp.pmark.workflow.fee.InvoiceKind;
import jp.pmark.workflow.fee.InvoiceService;
import jp.pmark.workflow.guard.RuleViolation;
import jp.pmark.workflow.intake.SubmittedDocuments;
import jp.pmark.workflow.intake.DocumentList;
import jp.pmark.workflow.intake.DocumentType;
import jp.pmark.workflow.intake.IntakeService;
import jp.pmark.workflow.intake.NewApplication;
import jp.pmark.workflow.intake.OnlineApplicationRequest;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * Renewals: received only inside the window, assessed like a new application with the
 * earlier results at hand, charged the renewal fees, and registered under the continued
 * number; the registration they renew waits for their outcome.
 */
@PmarkSpringTest
class RenewalTest {

	@Autowired
	Tasklist tasklist;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskService taskService;

	@Autowired
	org.camunda.bpm.engine.FormService formService;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Applications applications;

	@Autowired
	SubmittedDocuments submittedDocuments;

	@Autowired
	IntakeService intake;

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationLifecycle lifecycle;

	@Autowired
	InvoiceService invoices;

	@Autowired
	FeeSchedule fees;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JapaneseBusinessCalendar calendar;

	@Autowired
	ApplicantService applicants;

	@Autowired
	Fixtures fixtures;

	@BeforeEach
	void engine() {
		init(this.processEngine);
		this.fixtures.ensure();
	}

	@AfterEach
	void clock() {
		ClockUtil.reset();
	}

	static void today(String isoDateTime) {
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoDateTime).toInstant()));
	}

	/**
	 * A registration valid from 2026-12-01 until 2028-11-30; its renewal window is
	 * 2028-03-31 to 2028-07-31.
	 */
	Registration registered() {
		// assessed and decided a month before the validity starts, whatever day the test
		// runs
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-02T10:00:00+09:00").toInstant()));
		String number = this.driver.toDecision(false);
		String registrationNumber = AssessmentDriver.newRegistrationNumber();
		this.driver.decideAndRegister(number, registrationNumber, LocalDate.of(2026, 12, 1));
		return this.registrations.find(registrationNumber).orElseThrow();
	}

	Applicant holder(Registration registration) {
		return this.applications.get(registration.getApplicationId()).getApplicant();
	}

	Registration reload(Registration registration) {
		return this.registrations.get(registration.getId());
	}

	/** Runs the life cycle's timers that are due by now, in order. */
	void runDueTimers(Registration registration) {
		ProcessInstance instance = this.lifecycle.lifecycleOf(registration);
		for (int i = 0; i < 4 && instance != null; i++) {
			Job job = this.managementService.createJobQuery()
				.processInstanceId(instance.getId())
				.timers()
				.duedateLowerThan(ClockUtil.getCurrentTime())
				.singleResult();
			if (job == null) {
				return;
			}
			this.managementService.executeJob(job.getId());
		}
	}

	@Test
	@DisplayName("REN-1 REN-4 REN-5 FEE-6 FND-2 JIP-3 a renewal in its window is assessed like a new application, with the earlier results for comparison, at the renewal fees, and continues the registration number")
	void renewalInWindow() {
		Registration registration = registered();
		Application granting = this.applications.get(registration.getApplicationId());
		today("2028-04-10T10:00:00+09:00");
		String number = this.driver.applyForRenewal(holder(registration), registration.getRegistrationNumber());

		Application renewal = this.applications.get(number);
		assertThat(renewal.getKind()).isEqualTo(ApplicationKind.RENEWAL);
		assertThat(renewal.getRenewalOfRegistrationId()).isEqualTo(registration.getId());
		assertThat(renewal.getApplicant().getId()).isEqualTo(granting.getApplicant().getId());
		assertThat(this.applications.earlierAssessment(number).map(Application::getApplicationNumber))
			.contains(granting.getApplicationNumber());
		assertThat(reload(registration).getStatus()).isEqualTo(RegistrationStatus.RENEWAL_APPLIED);
		assertThat(this.submittedDocuments.documentList(number)).contains("9. 様式8更新 前回付与適格決定時から変更のあった事業の報告");

		// the renewal follows the same assessment (REN-5)
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		this.driver.complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION);
		this.driver.complete(number, AssessmentProcess.CONFIRM_ASSESSMENT_START);
		this.driver.complete(number, AssessmentProcess.MAKE_AUDIT_PLAN);
		this.driver.complete(number, AssessmentProcess.APPOINT_AUDIT_TEAM);
		this.driver.complete(number, AssessmentProcess.REVIEW_DOCUMENTS);
		this.driver.complete(number, AssessmentProcess.SCHEDULE_ONSITE_AUDIT);
		this.driver.complete(number, AssessmentProcess.RECORD_ONSITE_AUDIT, Map.of("nonconformitiesFound", true));
		this.driver.complete(number, AssessmentProcess.INVOICE_ONSITE_AUDIT);

		// FEE-6: the renewal amounts of its size class
		Invoice documentReview = this.invoices.invoicesOf(renewal)
			.stream()
			.filter((invoice) -> invoice.getKind() == InvoiceKind.DOCUMENT_REVIEW_FEE)
			.findFirst()
			.orElseThrow();
		String sizeClass = this.applications.get(number).getSizeClass();
		assertThat(documentReview.getFeeYen())
			.isEqualTo(this.fees.amounts(renewal.getAppliedOn(), ApplicationKind.RENEWAL, sizeClass).documentReview())
			.isNotEqualTo(this.fees.amounts(renewal.getAppliedOn(), ApplicationKind.NEW, sizeClass).documentReview());

		// FND-2 iv: the earlier assessment's results are on the findings document's form
		Task findings = this.driver.task(number, AssessmentProcess.WRITE_FINDINGS_DOCUMENT);
		String earlier = (String) this.formService.getTaskFormVariables(findings.getId()).get("earlierAssessment");
		assertThat(earlier).contains("前回の審査：" + granting.getApplicationNumber(), "新規", "登録済", "前回の審査では不適合の指摘はありませんでした",
				"前回の審査終了報告書の意見：付与適格");
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.WRITE_FINDINGS_DOCUMENT))
			.hasMessageContaining("【FND-2】");
		this.driver.complete(number, AssessmentProcess.WRITE_FINDINGS_DOCUMENT,
				Map.of("comparisonWithPrevious", "前回は不適合なし。今回は教育と内部監査に不適合がある。"));
		this.driver.complete(number, AssessmentProcess.RECEIVE_IMPROVEMENT_REPORT);
		this.driver.complete(number, AssessmentProcess.REVIEW_IMPROVEMENT_REPORT);
		this.driver.complete(number, AssessmentProcess.WRITE_COMPLETION_REPORT);
		// DEC-2, FND-2 iv: the committee's form, as Tasklist renders it, shows the
		// earlier
		// results and this assessment's comparison
		String decision = this.driver.task(number, AssessmentProcess.DECIDE_ELIGIBILITY).getId();
		com.fasterxml.jackson.databind.JsonNode shown = this.tasklist
			.get(Fixtures.COMMITTEE_A, "/engine-rest/task/" + decision + "/form-variables")
			.json();
		assertThat(shown.path("earlierAssessment").path("value").asText())
			.contains("前回の審査：" + granting.getApplicationNumber(), "前回の審査終了報告書の意見：付与適格");
		assertThat(shown.path("findingsText").path("value").asText()).contains("前回は不適合なし。今回は教育と内部監査に不適合がある。");
		this.driver.complete(number, AssessmentProcess.DECIDE_ELIGIBILITY);
		this.driver.executeJipdecJob(number);

		// JIP-3, REN-5: the number continues with the renewal count incremented, valid
		// from
		// the day after the renewed registration ends
		String continued = registration.getBaseNumber() + "(02)";
		Task record = this.driver.task(number, AssessmentProcess.RECORD_REGISTRATION);
		assertThat(this.formService.getTaskFormVariables(record.getId()).get("registrationNumber"))
			.isEqualTo(continued);
		assertThat(this.formService.getTaskFormVariables(record.getId()).get("validFrom")).isEqualTo("2028年12月1日");
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.RECORD_REGISTRATION,
				Map.of("registrationNumber", registration.getBaseNumber() + "(03)", "validFrom", "2028-12-01")))
			.hasMessageContaining("【REN-5】")
			.hasMessageContaining(continued);
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.RECORD_REGISTRATION,
				Map.of("registrationNumber", continued, "validFrom", "2028-11-15")))
			.hasMessageContaining("【REN-5】")
			.hasMessageContaining("2028-12-01");
		this.driver.complete(number, AssessmentProcess.RECORD_REGISTRATION,
				Map.of("registrationNumber", continued, "validFrom", "2028-12-01"));

		Registration next = this.registrations.find(continued).orElseThrow();
		assertThat(next.getRenewalCount()).isEqualTo(2);
		assertThat(next.getPreviousRegistrationId()).isEqualTo(registration.getId());
		assertThat(next.getValidUntil()).isEqualTo(LocalDate.of(2030, 11, 30));
		assertThat(this.registrations.find(registration.getBaseNumber()).map(Registration::getRegistrationNumber))
			.as("the 8 digits name the current registration")
			.contains(continued);
		assertThat(this.lifecycle.lifecycleOf(next)).isNotNull();
		assertThat(reload(registration).getStatus()).isEqualTo(RegistrationStatus.RENEWAL_GRANTED);

		// at the end of its validity the renewed registration ends as renewed
		ProcessInstance old = this.lifecycle.lifecycleOf(registration);
		today("2028-12-01T00:05:00+09:00");
		runDueTimers(registration);
		assertThat(reload(registration).getStatus()).isEqualTo(RegistrationStatus.RENEWED);
		assertThat(old).isEnded().hasPassed(RegistrationProcess.END_RENEWED);
	}

	@Test
	@DisplayName("REN-3 REN-5 when the validity ends while the renewal is assessed, the registration stays valid until the renewal's outcome")
	void validityEndsDuringRenewal() {
		Registration registration = registered();
		today("2028-07-20T10:00:00+09:00");
		String number = this.driver.applyForRenewal(holder(registration), registration.getRegistrationNumber());
		today("2028-11-20T10:00:00+09:00");
		this.driver.toDecision(number, false);
		this.driver.complete(number, AssessmentProcess.DECIDE_ELIGIBILITY);
		this.driver.executeJipdecJob(number);

		today("2028-12-01T00:05:00+09:00");
		runDueTimers(registration);
		ProcessInstance old = this.lifecycle.lifecycleOf(registration);
		assertThat(old).isWaitingAt(RegistrationProcess.RENEWAL_CONCLUDED);
		assertThat(reload(registration).getStatus()).isEqualTo(RegistrationStatus.EXTENDED);
		assertThat(reload(registration).getStatus().isValid()).isTrue();

		today("2028-12-03T10:00:00+09:00");
		this.driver.complete(number, AssessmentProcess.RECORD_REGISTRATION,
				Map.of("registrationNumber", registration.nextRenewalNumber(), "validFrom", "2028-12-01"));
		assertThat(reload(registration).getStatus()).isEqualTo(RegistrationStatus.RENEWED);
		assertThat(old).isEnded().hasPassed(RegistrationProcess.RENEWAL_CONCLUDED, RegistrationProcess.END_RENEWED);
	}

	@Test
	@DisplayName("REN-3 a renewal that ends without a grant after the validity ended leaves the registration lapsed")
	void renewalDeniedAfterValidityEnded() {
		Registration registration = registered();
		today("2028-07-20T10:00:00+09:00");
		String number = this.driver.applyForRenewal(holder(registration), registration.getRegistrationNumber());
		today("2028-11-20T10:00:00+09:00");
		this.driver.toDecision(number, false);
		today("2028-12-01T00:05:00+09:00");
		runDueTimers(registration);
		assertThat(reload(registration).getStatus()).isEqualTo(RegistrationStatus.EXTENDED);
		this.driver.complete(number, AssessmentProcess.DECIDE_ELIGIBILITY,
				Map.of("decision", "DENIED", "decisionReason", "是正処置が不十分"));
		assertThat(reload(registration).getStatus()).isEqualTo(RegistrationStatus.LAPSED);
		assertThat(this.lifecycle.lifecycleOf(registration)).isNull();
	}

	@Test
	@DisplayName("REN-3 a renewal not received inside the window frees the registration for another renewal in the window")
	void renewalReturnedInsideWindow() {
		Registration registration = registered();
		today("2028-04-10T10:00:00+09:00");
		String first = this.driver.applyForRenewal(holder(registration), registration.getRegistrationNumber());
		Rules again = new Rules();
		this.intake.check(renewalOf(registration, true, false), again);
		assertThat(again.violations()).extracting(RuleViolation::messageJa).anyMatch((m) -> m.contains("すでに受け付けています"));
		this.driver.complete(first, AssessmentProcess.CHECK_RECEIPT,
				Map.of("receiptOutcome", "NOT_RECEIVED", "receiptReason", "様式8更新が不足しています"));
		assertThat(this.applications.get(first).getStatus()).isEqualTo(ApplicationStatus.NOT_RECEIVED);
		assertThat(reload(registration).getStatus()).isEqualTo(RegistrationStatus.RENEWAL_WINDOW_OPEN);
		String second = this.driver.applyForRenewal(holder(registration), registration.getRegistrationNumber());
		assertThat(this.applications.get(second).getRenewalOfRegistrationId()).isEqualTo(registration.getId());
	}

	NewApplication renewalOf(Registration registration, boolean withCorporateNumber, boolean changes) {
		return new NewApplication(AssessmentDriver.renewalApplicant(holder(registration)), ApplicationKind.RENEWAL,
				Channel.ONLINE, this.calendar.today(), true, true, null, EnumSet.noneOf(DocumentType.class),
				AssessmentDriver.renewalFiles(withCorporateNumber, changes), registration.getRegistrationNumber(),
				changes);
	}

	List<RuleViolation> refusals(NewApplication application) {
		Rules rules = new Rules();
		this.intake.check(application, rules);
		return rules.violations();
	}

	@Test
	@DisplayName("REN-3 a renewal before or after the window is refused with the window's dates; an unknown or ended registration is refused")
	void outsideWindowRefused() {
		Registration registration = registered();
		today("2028-03-30T10:00:00+09:00");
		assertThat(refusals(renewalOf(registration, true, false))).singleElement().satisfies((violation) -> {
			assertThat(violation.ruleId()).isEqualTo("REN-3");
			assertThat(violation.field()).isEqualTo("renewalOf");
			assertThat(violation.messageJa()).contains("2028-03-31〜2028-07-31", "始まる前");
		});
		today("2028-03-31T00:00:01+09:00");
		assertThat(refusals(renewalOf(registration, true, false))).isEmpty();
		today("2028-07-31T23:59:00+09:00");
		assertThat(refusals(renewalOf(registration, true, false))).as("extended to Monday 07-31 (REN-2)").isEmpty();
		today("2028-08-01T00:00:01+09:00");
		assertThat(refusals(renewalOf(registration, true, false))).singleElement().satisfies((violation) -> {
			assertThat(violation.ruleId()).isEqualTo("REN-3");
			assertThat(violation.messageJa()).contains("2028-03-31〜2028-07-31", "過ぎて", "新規に申請");
		});

		NewApplication unknown = new NewApplication(AssessmentDriver.renewalApplicant(holder(registration)),
				ApplicationKind.RENEWAL, Channel.ONLINE, this.calendar.today(), true, true, null,
				EnumSet.noneOf(DocumentType.class), AssessmentDriver.renewalFiles(true, false), "99999999(01)", false);
		assertThat(refusals(unknown)).extracting(RuleViolation::ruleId).containsExactly("REN-4");
		this.lifecycle.cancel(registration.getId(), "吸収合併により消滅", "t-manager");
		today("2028-04-10T10:00:00+09:00");
		assertThat(refusals(renewalOf(registration, true, false))).extracting(RuleViolation::messageJa)
			.anyMatch((m) -> m.contains("解除"));
	}

	@Test
	@DisplayName("REN-4 INT-7 a renewal needs the renewal forms; the registry certificate, articles and officer list only without a corporate number or after changes")
	void renewalDocuments() {
		Registration registration = registered();
		today("2028-04-10T10:00:00+09:00");
		NewApplication withoutForm8 = renewalOf(registration, true, false);
		withoutForm8.files().removeIf((file) -> file.type() == DocumentType.FORM_8);
		assertThat(refusals(withoutForm8)).singleElement().satisfies((violation) -> {
			assertThat(violation.ruleId()).isEqualTo("REN-4");
			assertThat(violation.messageJa()).contains("9. 様式8更新 前回付与適格決定時から変更のあった事業の報告");
		});
		// changes since the last contract: the three documents are due
		NewApplication changed = new NewApplication(AssessmentDriver.renewalApplicant(holder(registration)),
				ApplicationKind.RENEWAL, Channel.ONLINE, this.calendar.today(), true, true, null,
				EnumSet.noneOf(DocumentType.class), AssessmentDriver.renewalFiles(true, false),
				registration.getRegistrationNumber(), true);
		assertThat(refusals(changed)).extracting(RuleViolation::messageJa)
			.anyMatch((m) -> m.contains("13. 登記事項証明書のコピー"))
			.anyMatch((m) -> m.contains("14. 定款のコピー"))
			.anyMatch((m) -> m.contains("19. 役員の名簿"));
		assertThat(refusals(changed)).extracting(RuleViolation::ruleId).contains("REN-4", "INT-7");

		assertThat(DocumentList.forRenewal(false, false).mandatory()).extracting(DocumentList.Entry::type)
			.as("without a corporate number")
			.contains(DocumentType.REGISTRY_CERTIFICATE, DocumentType.ARTICLES, DocumentType.OFFICER_LIST);
		assertThat(DocumentList.forRenewal(true, false).mandatory()).extracting(DocumentList.Entry::type)
			.doesNotContain(DocumentType.REGISTRY_CERTIFICATE, DocumentType.ARTICLES, DocumentType.OFFICER_LIST)
			.contains(DocumentType.FORM_7, DocumentType.FORM_8, DocumentType.PMS_DOCUMENTS,
					DocumentType.LEDGER_FIRST_PAGE, DocumentType.RISK_ANALYSIS,
					DocumentType.DISQUALIFICATION_DECLARATION)
			.hasSize(13);
		assertThat(DocumentList.forNewApplication().mandatory()).hasSize(16);
	}

	Map<String, Object> paperRenewalForm(Registration registration) {
		Applicant holder = holder(registration);
		Map<String, Object> form = new HashMap<>();
		form.put("channel", "MAIL");
		form.put("kind", "RENEWAL");
		form.put("renewalOf", registration.getBaseNumber());
		form.put("changesSinceLastContract", false);
		form.put("appliedOn", this.calendar.today().toString());
		form.put("applicantName", holder.getName());
		form.put("corporateNumber", holder.getCorporateNumber());
		form.put("address", holder.getAddress());
		form.put("representativeName", holder.getRepresentativeName());
		form.put("contactName", holder.getContactName());
		form.put("contactAddress", holder.getContactAddress());
		form.put("industry", "SERVICES");
		form.put("capitalYen", 10_000_000L);
		form.put("headcount", 120);
		form.put("fullTimeStaff", 100);
		form.put("assessmentRequested", true);
		form.put("consentGiven", true);
		form.put("receivedRenewalDocuments",
				DocumentList.forRenewal(true, false).mandatory().stream().map((entry) -> entry.type().name()).toList());
		return form;
	}

	String startPaper(Map<String, Object> form) {
		String instance = this.tasklist.startForm(AssessmentProcess.KEY, form);
		return this.processEngine.getRuntimeService()
			.getVariable(instance, AssessmentProcess.VAR_APPLICATION_NUMBER)
			.toString();
	}

	@Test
	@DisplayName("REN-3 REN-4 CHG-7 a paper renewal from Tasklist's start form is received in the window with the renewal list; outside it nothing starts")
	void paperRenewal() {
		Registration registration = registered();
		today("2028-08-01T10:00:00+09:00");
		long before = this.processEngine.getRuntimeService().createProcessInstanceQuery().count();
		assertThat(this.tasklist.refusedStart(AssessmentProcess.KEY, paperRenewalForm(registration)))
			.contains("【REN-3】")
			.contains("2028-03-31〜2028-07-31");
		assertThat(this.processEngine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);

		today("2028-05-15T10:00:00+09:00");
		String number = startPaper(paperRenewalForm(registration));
		Application renewal = this.applications.get(number);
		assertThat(renewal.getKind()).isEqualTo(ApplicationKind.RENEWAL);
		assertThat(renewal.getChannel()).isEqualTo(Channel.MAIL);
		assertThat(renewal.getRenewalOfRegistrationId()).isEqualTo(registration.getId());
		assertThat(this.submittedDocuments.documents(number)).hasSize(13);
		// the size facts it gives are the holder's now, with the change kept (CHG-7)
		assertThat(renewal.getApplicant().getHeadcount()).isEqualTo(120);
		assertThat(this.applicants.history(renewal.getApplicant().getId())).anySatisfy((change) -> {
			assertThat(change.getField()).isEqualTo(ApplicantField.HEADCOUNT);
			assertThat(change.getOldValue()).isEqualTo("25");
			assertThat(change.getNewValue()).isEqualTo("120");
			assertThat(change.getSource()).isEqualTo("更新申請 " + number);
		});
		Task check = this.driver.task(number, AssessmentProcess.CHECK_RECEIPT);
		assertThat(this.formService.getTaskFormVariables(check.getId()).get("documentOptions").toString())
			.contains("9. 様式8更新 前回付与適格決定時から変更のあった事業の報告（必須）", "13. 登記事項証明書のコピー（申請日前3か月以内の発行）（省略可");
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		assertThat(this.applications.get(number).getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
	}

	@Test
	@DisplayName("REN-3 GEN-2 the intake API refuses a renewal outside its window with problem JSON naming the field, the rule and the window")
	void apiRefusesOutsideWindow() {
		Registration registration = registered();
		today("2028-02-01T10:00:00+09:00");
		Applicant holder = holder(registration);
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("kind", "RENEWAL");
		form.add("renewalOf", registration.getRegistrationNumber());
		form.add("appliedOn", this.calendar.today().toString());
		form.add("assessmentRequested", "true");
		form.add("consentGiven", "true");
		form.add("applicantName", holder.getName());
		form.add("corporateNumber", holder.getCorporateNumber());
		form.add("address", holder.getAddress());
		form.add("representativeName", holder.getRepresentativeName());
		form.add("contactName", holder.getContactName());
		form.add("contactAddress", holder.getContactAddress());
		form.add("industry", "SERVICES");
		form.add("headcount", "25");
		form.add("fullTimeStaff", "20");
		for (DocumentList.Entry entry : DocumentList.forRenewal(true, false).mandatory()) {
			form.add(OnlineApplicationRequest.fieldOf(entry.type()), new ByteArrayResource(AssessmentDriver.pdf()) {
				@Override
				public String getFilename() {
					return entry.type().name() + ".pdf";
				}
			});
		}
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<JsonNode> response = this.rest.withBasicAuth(Fixtures.RECEPTION, TestUsers.PASSWORD)
			.postForEntity("/api/applications", new HttpEntity<>(form, headers), JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		JsonNode violation = response.getBody().path("violations").get(0);
		assertThat(response.getBody().path("violations")).hasSize(1);
		assertThat(violation.path("field").asText()).isEqualTo("renewalOf");
		assertThat(violation.path("rule").asText()).isEqualTo("REN-3");
		assertThat(violation.path("message").asText()).contains("2028-03-31〜2028-07-31");

		today("2028-04-01T10:00:00+09:00");
		form.set("appliedOn", this.calendar.today().toString());
		ResponseEntity<JsonNode> accepted = this.rest.withBasicAuth(Fixtures.RECEPTION, TestUsers.PASSWORD)
			.postForEntity("/api/applications", new HttpEntity<>(form, headers), JsonNode.class);
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(accepted.getBody().path("kind").asText()).isEqualTo("RENEWAL");
	}

	@Test
	@DisplayName("REN-1 REN-2 an authenticated endpoint answers the renewal window of a registration and of a validity end date")
	void windowEndpoint() {
		Registration registration = registered();
		ResponseEntity<JsonNode> byDate = this.rest.withBasicAuth(Fixtures.RECEPTION, TestUsers.PASSWORD)
			.getForEntity("/api/renewal-window?validUntil=2019-12-03", JsonNode.class);
		assertThat(byDate.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(byDate.getBody().path("opensOn").asText()).isEqualTo("2019-04-04");
		assertThat(byDate.getBody().path("nominalClosesOn").asText()).isEqualTo("2019-08-03");
		assertThat(byDate.getBody().path("closesOn").asText()).isEqualTo("2019-08-05");

		ResponseEntity<JsonNode> byNumber = this.rest.withBasicAuth(Fixtures.ACCOUNTING, TestUsers.PASSWORD)
			.getForEntity("/api/registrations/" + registration.getBaseNumber() + "/renewal-window", JsonNode.class);
		assertThat(byNumber.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(byNumber.getBody().path("registrationNumber").asText())
			.isEqualTo(registration.getRegistrationNumber());
		assertThat(byNumber.getBody().path("opensOn").asText()).isEqualTo("2028-03-31");
		assertThat(byNumber.getBody().path("closesOn").asText()).isEqualTo("2028-07-31");

		ResponseEntity<JsonNode> full = this.rest.withBasicAuth(Fixtures.RECEPTION, TestUsers.PASSWORD)
			.getForEntity("/api/registrations/" + registration.getRegistrationNumber(), JsonNode.class);
		assertThat(full.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(full.getBody().path("status").asText()).isEqualTo("VALID");
		assertThat(full.getBody().path("validUntil").asText()).isEqualTo("2028-11-30");

		assertThat(this.rest.getForEntity("/api/renewal-window?validUntil=2019-12-03", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.rest.withBasicAuth(Fixtures.RECEPTION, TestUsers.PASSWORD)
			.getForEntity("/api/registrations/00000001(01)/renewal-window", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

}
