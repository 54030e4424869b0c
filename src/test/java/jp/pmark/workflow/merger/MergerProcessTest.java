package jp.pmark.workflow.merger;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.letter.Letter;
import jp.pmark.workflow.letter.LetterRepository;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.RegistrationLifecycle;
import jp.pmark.workflow.registration.RegistrationStatus;
import jp.pmark.workflow.registration.Registrations;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.ProcessVariables;
import jp.pmark.workflow.support.Tasklist;
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

/**
 * Merger cases: opened early or late, classified by the table, documents collected, the
 * outcome confirmed by a manager and applied to the registrations and applications.
 */
@PmarkSpringTest
class MergerProcessTest {

	@Autowired
	Tasklist tasklist;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	org.camunda.bpm.engine.FormService formService;

	@Autowired
	ManagementService managementService;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationLifecycle lifecycle;

	@Autowired
	Applications applications;

	@Autowired
	ApplicantService applicants;

	@Autowired
	MergerCases cases;

	@Autowired
	LetterRepository letters;

	@Autowired
	JapaneseBusinessCalendar calendar;

	@BeforeEach
	void engine() {
		init(this.processEngine);
	}

	@AfterEach
	void clock() {
		ClockUtil.reset();
	}

	Registration registered() {
		String number = this.driver.toDecision(false);
		String registrationNumber = AssessmentDriver.newRegistrationNumber();
		this.driver.decideAndRegister(number, registrationNumber, this.calendar.today().plusDays(10));
		return this.registrations.find(registrationNumber).orElseThrow();
	}

	Map<String, Object> form(String registrationNumber, String event, String counterparty) {
		Map<String, Object> form = new HashMap<>();
		if (registrationNumber != null) {
			form.put("registrationNumber", registrationNumber);
		}
		form.put("event", event);
		form.put("counterparty", counterparty);
		form.put("effectiveOn", this.calendar.today().toString());
		form.put("notifiedOn", this.calendar.today().toString());
		form.put("description", "代表者から電話で連絡があった");
		return form;
	}

	String open(Map<String, Object> form) {
		String instance = this.tasklist.startForm(MergerProcess.KEY, form);
		return this.runtimeService.getVariable(instance, MergerProcess.VAR_CASE_NUMBER).toString();
	}

	ProcessInstance instance(String caseNumber) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(MergerProcess.KEY)
			.processInstanceBusinessKey(caseNumber)
			.singleResult();
	}

	Task task(String caseNumber, String taskKey) {
		return this.taskService.createTaskQuery()
			.processInstanceBusinessKey(caseNumber)
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	void receiveAll(String caseNumber) {
		MergerCase mergerCase = this.cases.get(caseNumber);
		this.tasklist.submitForm(task(caseNumber, MergerProcess.RECEIVE_DOCUMENTS),
				Map.of("receivedDocuments", mergerCase.documentsDue().stream().map(Enum::name).toList(),
						"documentsReceivedOn", this.calendar.today().toString()));
	}

	void confirm(String caseNumber, Map<String, Object> answers) {
		this.tasklist.submitForm(task(caseNumber, MergerProcess.CONFIRM_OUTCOME), answers);
	}

	@AfterEach
	void onlyDeclaredVariables() {
		// GEN-1 GEN-2: whatever the walk did, the process kept only its routing variables
		ProcessVariables.assertOnlyDeclared(this.processEngine.getHistoryService(), MergerProcess.PROCESS);
	}

	@Test
	@DisplayName("MRG-1 MRG-2 an early notice waits for the effective date; type 8 then cancels the registration and its timers stop")
	void earlyNoticeThenAbsorbed() {
		// noticed months before the effective date, whatever day the test runs
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-02T10:00:00+09:00").toInstant()));
		Registration registration = registered();
		ProcessInstance life = this.lifecycle.lifecycleOf(registration);
		Map<String, Object> form = form(registration.getRegistrationNumber(), "MERGER_ABSORBED", "NON_HOLDER");
		form.put("counterpartyName", "株式会社吸収先ホールディングス");
		form.put("wholeBusiness", true);
		form.put("effectiveOn", "2027-04-01");
		String number = open(form);
		assertThat(number).matches("MG\\d{4}-\\d{4}");
		ProcessInstance instance = instance(number);
		assertThat(instance).isWaitingAt(MergerProcess.EFFECTIVE_DATE);
		MergerCase mergerCase = this.cases.get(number);
		assertThat(mergerCase.getMergerType()).isEqualTo("8");
		assertThat(mergerCase.getState()).isEqualTo(MergerCase.State.WAITING_FOR_EFFECT);
		Job effective = this.managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
		assertThat(effective.getDuedate())
			.isEqualTo(Date.from(OffsetDateTime.parse("2027-04-01T00:00:00+09:00").toInstant()));
		assertThat(this.registrations.get(registration.getId()).getStatus()).isEqualTo(RegistrationStatus.VALID);

		ClockUtil.setCurrentTime(Date.from(effective.getDuedate().toInstant().plusSeconds(3600)));
		this.managementService.executeJob(effective.getId());
		assertThat(instance).isWaitingAt(MergerProcess.RECEIVE_DOCUMENTS);
		assertThat(this.tasklist.refused(task(number, MergerProcess.RECEIVE_DOCUMENTS), Map.of("receivedDocuments",
				List.of("REPORT"), "documentsReceivedOn", this.calendar.today().toString())))
			.contains("【MRG-1】")
			.contains("登記事項証明書");
		receiveAll(number);
		Task confirm = task(number, MergerProcess.CONFIRM_OUTCOME);
		assertThat(this.formService.getTaskFormVariables(confirm.getId()).get("confirmedOutcome")).isEqualTo("ENDS");
		assertThat(this.formService.getTaskFormVariables(confirm.getId()).get("caseSummary").toString())
			.contains("類型（判定表）：8", "消滅会社となる付与事業者は解除");
		confirm(number, Map.of("confirmedOutcome", "ENDS"));

		assertThat(instance).isEnded().hasPassed(MergerProcess.END);
		assertThat(this.registrations.get(registration.getId()).getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(life).isEnded();
		assertThat(this.managementService.createJobQuery().processInstanceId(life.getId()).count()).isZero();
		assertThat(this.letters.findByCaseNumberOrderById(number)).extracting(Letter::getKind)
			.containsExactly("MERGER_OUTCOME");
		assertThat(this.cases.get(number).getState()).isEqualTo(MergerCase.State.APPLIED);
	}

	@Test
	@DisplayName("MRG-1 7特例 when the new company takes over the whole business, the body may let the status pass to it, with a reason")
	void newCompanyTakesOver() {
		Registration registration = registered();
		String oldHolder = this.applicants.get(registration.getApplicantId()).getName();
		Map<String, Object> form = form(registration.getRegistrationNumber(), "NEW_COMPANY_SPLIT", "NON_HOLDER");
		form.put("counterpartyName", "株式会社新設プライバシー");
		String corporateNumber = AssessmentDriver.newCorporateNumber();
		form.put("counterpartyCorporateNumber", corporateNumber);
		form.put("wholeBusiness", true);
		String number = open(form);
		assertThat(this.cases.get(number).getMergerType()).isEqualTo("7特例");
		assertThat(instance(number)).isWaitingAt(MergerProcess.RECEIVE_DOCUMENTS);
		receiveAll(number);
		assertThatThrownBy(() -> confirm(number, Map.of("confirmedOutcome", "PASSES"))).hasMessageContaining("【MRG-1】");
		confirm(number, Map.of("confirmedOutcome", "PASSES", "confirmationReason", "新設会社が事業の全部と PMS の運用体制をそのまま承継したため"));
		Registration moved = this.registrations.get(registration.getId());
		assertThat(moved.getStatus()).isEqualTo(RegistrationStatus.VALID);
		assertThat(this.applicants.get(moved.getApplicantId()).getName()).isEqualTo("株式会社新設プライバシー");
		assertThat(this.applicants.get(moved.getApplicantId()).getCorporateNumber()).isEqualTo(corporateNumber);
		assertThat(this.lifecycle.lifecycleOf(moved)).as("the life cycle goes on").isNotNull();
		assertThat(this.lifecycle.journal(moved)).anySatisfy((event) -> {
			assertThat(event.getEvent()).isEqualTo("HOLDER_CHANGED");
			assertThat(event.getDetail()).contains(oldHolder, "株式会社新設プライバシー");
		});
	}

	@Test
	@DisplayName("MRG-1 type 4: two holders merge; the survivor keeps its registration and the other's is cancelled")
	void twoHoldersMerge() {
		Registration survivor = registered();
		Registration absorbed = registered();
		ProcessInstance absorbedLife = this.lifecycle.lifecycleOf(absorbed);
		Map<String, Object> form = form(survivor.getRegistrationNumber(), "MERGER_SURVIVING", "HOLDER");
		form.put("counterpartyName", this.applicants.get(absorbed.getApplicantId()).getName());
		form.put("counterpartyRegistrationNumber", absorbed.getRegistrationNumber());
		String number = open(form);
		MergerCase mergerCase = this.cases.get(number);
		assertThat(mergerCase.getMergerType()).isEqualTo("4");
		assertThat(mergerCase.getCounterpartyOutcome()).isEqualTo(MergerOutcome.ENDS);
		receiveAll(number);
		confirm(number, Map.of("confirmedOutcome", "CONTINUES"));
		assertThat(this.registrations.get(survivor.getId()).getStatus()).isEqualTo(RegistrationStatus.VALID);
		assertThat(this.registrations.get(absorbed.getId()).getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(absorbedLife).isEnded();
	}

	@Test
	@DisplayName("MRG-1 type 1 needs no documents and goes straight to the manager")
	void newBusinessWithoutDocuments() {
		Registration registration = registered();
		String number = open(form(registration.getRegistrationNumber(), "NEW_BUSINESS", "NONE"));
		assertThat(this.cases.get(number).getMergerType()).isEqualTo("1");
		assertThat(instance(number)).isWaitingAt(MergerProcess.CONFIRM_OUTCOME);
		confirm(number, Map.of("confirmedOutcome", "CONTINUES"));
		assertThat(this.registrations.get(registration.getId()).getStatus()).isEqualTo(RegistrationStatus.VALID);
		assertThat(this.lifecycle.journal(registration)).extracting((event) -> event.getEvent())
			.contains("MERGER_NOTIFIED", "MERGER_APPLIED");
	}

	@Test
	@DisplayName("MRG-1 class (4) during assessment shows on the assessment's forms and is recorded in its journal")
	void duringAssessment() {
		String application = this.driver.applyOnline();
		Map<String, Object> form = form(null, "MERGER_ABSORBED", "NON_HOLDER");
		form.put("applicationNumber", application);
		form.put("counterpartyName", "株式会社存続");
		String number = open(form);
		assertThat(this.cases.get(number).getMergerType()).isEqualTo("(4)");
		this.driver.complete(application, AssessmentProcess.CHECK_RECEIPT);
		Task screening = this.driver.task(application, AssessmentProcess.SCREEN_DISQUALIFICATION);
		assertThat(this.formService.getTaskFormVariables(screening.getId()).get("caseSummary").toString())
			.contains("合併・分社等：" + number, "分類 (4)");
		receiveAll(number);
		confirm(number, Map.of("confirmedOutcome", "NEEDS_APPLICATION"));
		assertThat(this.applications.journal(application)).extracting((event) -> event.getEvent())
			.contains("MERGER_NOTIFIED", "MERGER_APPLIED");
	}

	@Test
	@DisplayName("MRG-1 CHG-5 facts that do not fit together, an unknown registration or an individual number are refused at the start form")
	void refused() {
		Registration registration = registered();
		assertThat(this.tasklist.refusedStart(MergerProcess.KEY,
				form(registration.getRegistrationNumber(), "NEW_BUSINESS", "HOLDER")))
			.contains("【MRG-1】");
		assertThat(this.tasklist.refusedStart(MergerProcess.KEY, form("99999998(01)", "NEW_BUSINESS", "NONE")))
			.contains("【MRG-1】");
		assertThat(this.tasklist.refusedStart(MergerProcess.KEY,
				form(registration.getRegistrationNumber(), "MERGER_SURVIVING", "HOLDER")))
			.contains("相手方の付与事業者");
		Map<String, Object> myNumber = form(registration.getRegistrationNumber(), "NEW_BUSINESS", "NONE");
		myNumber.put("description", "担当者の番号 123456789018");
		assertThat(this.tasklist.refusedStart(MergerProcess.KEY, myNumber)).contains("【CHG-5】");
	}

}
