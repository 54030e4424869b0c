package jp.pmark.workflow.assessment;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.fee.Invoice;
import jp.pmark.workflow.fee.InvoiceKind;
import jp.pmark.workflow.fee.InvoiceService;
import jp.pmark.workflow.letter.LetterRepository;
import jp.pmark.workflow.support.FakeJipdec;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
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
 * Findings and improvement (FND), the completion report and decision (DEC), JIPDEC (JIP).
 */
@PmarkSpringTest
class FindingsAndDecisionTest {

	@Autowired
	Tasklist tasklist;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Applications applications;

	@Autowired
	LetterRepository letterRepository;

	@Autowired
	InvoiceService invoices;

	@Autowired
	FakeJipdec jipdec;

	@Autowired
	TaskService taskService;

	@Autowired
	org.camunda.bpm.engine.FormService formService;

	@Autowired
	ManagementService managementService;

	@Autowired
	IdentityService identityService;

	@BeforeEach
	void engine() {
		init(this.processEngine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
		this.jipdec.failNext(0);
	}

	private String toFindings() {
		String number = this.driver.applyOnline();
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		this.driver.complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION);
		this.driver.complete(number, AssessmentProcess.CONFIRM_ASSESSMENT_START);
		this.driver.complete(number, AssessmentProcess.MAKE_AUDIT_PLAN);
		this.driver.complete(number, AssessmentProcess.APPOINT_AUDIT_TEAM);
		this.driver.complete(number, AssessmentProcess.REVIEW_DOCUMENTS);
		this.driver.complete(number, AssessmentProcess.SCHEDULE_ONSITE_AUDIT);
		this.driver.complete(number, AssessmentProcess.RECORD_ONSITE_AUDIT, Map.of("nonconformitiesFound", true));
		this.driver.complete(number, AssessmentProcess.INVOICE_ONSITE_AUDIT);
		return number;
	}

	private static JsonNode readTree(String json) {
		try {
			return new ObjectMapper().readTree(json);
		}
		catch (IOException ex) {
			throw new AssertionError(json, ex);
		}
	}

	private String endOf(String number) {
		return this.processEngine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(number)
			.processDefinitionKey(AssessmentProcess.KEY)
			.singleResult()
			.getEndActivityId();
	}

	@Test
	@DisplayName("FND-1 FND-2 a findings document missing any of i) to v) cannot be issued")
	void findingsDocumentContents() {
		String number = toFindings();
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.WRITE_FINDINGS_DOCUMENT);
		for (String missing : new String[] { "issuedOn", "onsiteAuditOn", "responsiblePerson", "conformityOpinion",
				"nonconformities" }) {
			assertThatThrownBy(
					() -> this.driver.complete(number, AssessmentProcess.WRITE_FINDINGS_DOCUMENT, Map.of(missing, "")))
				.as(missing)
				.hasMessageContaining("【FND-2】");
		}
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.WRITE_FINDINGS_DOCUMENT,
				Map.of("differsFromOnsite", true)))
			.hasMessageContaining("【FND-2】v)");
		this.driver.complete(number, AssessmentProcess.WRITE_FINDINGS_DOCUMENT);
		Application application = this.applications.get(number);
		String letter = this.letterRepository
			.findByApplicationIdAndKindOrderById(application.getId(), "FINDINGS_DOCUMENT")
			.get(0)
			.getContents();
		assertThat(letter).contains("発行日", "現地審査日", "責任者", "試験 主任一", "教育の理解度確認が記録されていない", "改善報告書の提出期限");
	}

	@Test
	@DisplayName("FND-2 iv) where there was an earlier assessment, the findings document compares with its results")
	void comparisonWithEarlierAssessment() {
		String corporateNumber = AssessmentDriver.newCorporateNumber();
		String first = this.driver.applyOnline(AssessmentDriver.applicant(corporateNumber, "株式会社再挑戦"));
		this.driver.complete(first, AssessmentProcess.CHECK_RECEIPT,
				Map.of("receiptOutcome", "NOT_ACCEPTED", "receiptReason", "記載不備"));
		// a not-accepted application is no earlier assessment; a denied one is
		String second = this.driver.applyOnline(AssessmentDriver.applicant(corporateNumber, "株式会社再挑戦"));
		assertThat(this.applications.earlierAssessment(second)).isEmpty();
		this.applications.setStatus(first, ApplicationStatus.DENIED, "test", "前回の審査（試験のための記録）");
		assertThat(this.applications.earlierAssessment(second)).isPresent();
		this.driver.complete(second, AssessmentProcess.CHECK_RECEIPT);
		this.driver.complete(second, AssessmentProcess.SCREEN_DISQUALIFICATION);
		this.driver.complete(second, AssessmentProcess.CONFIRM_ASSESSMENT_START);
		this.driver.complete(second, AssessmentProcess.MAKE_AUDIT_PLAN);
		this.driver.complete(second, AssessmentProcess.APPOINT_AUDIT_TEAM);
		this.driver.complete(second, AssessmentProcess.REVIEW_DOCUMENTS);
		this.driver.complete(second, AssessmentProcess.SCHEDULE_ONSITE_AUDIT);
		this.driver.complete(second, AssessmentProcess.RECORD_ONSITE_AUDIT, Map.of("nonconformitiesFound", true));
		this.driver.complete(second, AssessmentProcess.INVOICE_ONSITE_AUDIT);
		assertThatThrownBy(() -> this.driver.complete(second, AssessmentProcess.WRITE_FINDINGS_DOCUMENT))
			.hasMessageContaining("【FND-2】iv) 以前の審査");
		this.driver.complete(second, AssessmentProcess.WRITE_FINDINGS_DOCUMENT,
				Map.of("comparisonWithPrevious", "前回指摘した教育の不備は改善されている"));
	}

	@Test
	@DisplayName("FND-3 FND-4 the improvement report is due 3 months from the issue date on the engine; more can be asked within the same deadline")
	void improvementInTime() {
		String number = toFindings();
		this.driver.complete(number, AssessmentProcess.WRITE_FINDINGS_DOCUMENT,
				Map.of("issuedOn", LocalDate.now(ZoneId.of("Asia/Tokyo")).toString()));
		Job deadline = this.managementService.createJobQuery()
			.processInstanceId(this.driver.instance(number).getId())
			.activityId(AssessmentProcess.IMPROVEMENT_REPORT_OVERDUE)
			.singleResult();
		LocalDate expected = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusMonths(3);
		assertThat(deadline.getDuedate().toInstant().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate()).isEqualTo(expected);
		this.driver.complete(number, AssessmentProcess.RECEIVE_IMPROVEMENT_REPORT);
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.REVIEW_IMPROVEMENT_REPORT,
				Map.of("improvementOutcome", "MORE_REQUESTED")))
			.hasMessageContaining("【FND-4】");
		this.driver.complete(number, AssessmentProcess.REVIEW_IMPROVEMENT_REPORT,
				Map.of("improvementOutcome", "MORE_REQUESTED", "reviewComment", "理解度確認の結果も添付してください"));
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.RECEIVE_IMPROVEMENT_REPORT);
		Application application = this.applications.get(number);
		assertThat(
				this.letterRepository.findByApplicationIdAndKindOrderById(application.getId(), "FURTHER_REPORT_REQUEST")
					.get(0)
					.getContents())
			.contains("理解度確認の結果", expected.toString());
		// the same deadline still stands
		assertThat(this.managementService.createJobQuery()
			.processInstanceId(this.driver.instance(number).getId())
			.activityId(AssessmentProcess.IMPROVEMENT_REPORT_OVERDUE)
			.singleResult()
			.getDuedate()).isEqualTo(deadline.getDuedate());
		this.driver.complete(number, AssessmentProcess.RECEIVE_IMPROVEMENT_REPORT);
		this.driver.complete(number, AssessmentProcess.REVIEW_IMPROVEMENT_REPORT);
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.WRITE_COMPLETION_REPORT);
	}

	@Test
	@DisplayName("GEN-2 FND-3 an improvement report longer than the engine keeps as text is received (its column holds 8,000 characters), and the review's form shows it whole")
	void longImprovementReport() {
		String number = this.driver.toFindingsIssued();
		String summary = "理解度確認テストを全従業者に実施し、結果を記録した。".repeat(200);
		this.driver.complete(number, AssessmentProcess.RECEIVE_IMPROVEMENT_REPORT, Map.of("reportSummary", summary));
		Task review = this.driver.task(number, AssessmentProcess.REVIEW_IMPROVEMENT_REPORT);
		JsonNode shown = this.tasklist
			.get(this.tasklist.userFor(review),
					"/engine-rest/task/" + review.getId() + "/form-variables?deserializeValues=false")
			.json()
			.path("reportText");
		assertThat(summary).hasSizeGreaterThan(5000);
		assertThat(readTree(shown.path("value").asText()).asText()).contains(summary);
	}

	@Test
	@DisplayName("FND-4 DEC-1 DEC-2 when the deadline passes without an accepted report the completion report recommends denial, and the committee denies")
	void improvementDeadlinePassed() {
		String number = toFindings();
		this.driver.complete(number, AssessmentProcess.WRITE_FINDINGS_DOCUMENT);
		Job deadline = this.managementService.createJobQuery()
			.processInstanceId(this.driver.instance(number).getId())
			.activityId(AssessmentProcess.IMPROVEMENT_REPORT_OVERDUE)
			.singleResult();
		ClockUtil.setCurrentTime(Date.from(deadline.getDuedate().toInstant().plusSeconds(60)));
		this.managementService.executeJob(deadline.getId());
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.WRITE_COMPLETION_REPORT)
			.hasPassed(AssessmentProcess.IMPROVEMENT_REPORT_OVERDUE);
		Task report = this.driver.task(number, AssessmentProcess.WRITE_COMPLETION_REPORT);
		assertThat(this.formService.getTaskFormVariables(report.getId()).get("eligibilityOpinion")).isEqualTo("DENY");
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.WRITE_COMPLETION_REPORT))
			.hasMessageContaining("【FND-4】");
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.WRITE_COMPLETION_REPORT,
				Map.of("eligibilityOpinion", "DENY", "opinionReason", "", "operationsOverview", "")))
			.hasMessageContaining("【DEC-1】b)")
			.hasMessageContaining("【DEC-1】d)");
		this.driver.complete(number, AssessmentProcess.WRITE_COMPLETION_REPORT,
				Map.of("eligibilityOpinion", "DENY", "opinionReason", "期限までに是正処置の完了が確認できなかった"));
		this.driver.complete(number, AssessmentProcess.DECIDE_ELIGIBILITY,
				Map.of("decision", "DENIED", "decisionReason", "是正処置の完了が確認できないため"));
		assertThat(endOf(number)).isEqualTo(AssessmentProcess.END_DENIED);
		Application application = this.applications.get(number);
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DENIED);
		assertThat(this.letterRepository.findByApplicationIdAndKindOrderById(application.getId(), "DECISION_NOTICE")
			.get(0)
			.getContents()).contains("付与適格否認", "是正処置の完了が確認できないため");
		// FEE-2: the application fee stays charged whatever the outcome
		Invoice applicationFee = this.invoices.invoicesOf(application).get(0);
		assertThat(applicationFee.getKind()).isEqualTo(InvoiceKind.APPLICATION_FEE);
		assertThat(applicationFee.getTotalYen()).isEqualTo(52_382L);
		assertThat(this.letterRepository.findByApplicationIdOrderById(application.getId()))
			.noneSatisfy((letter) -> assertThat(letter.getKind()).containsIgnoringCase("REFUND"));
	}

	@Test
	@DisplayName("DEC-3 the decision is only for committee members not on the audit team, and can never be delegated")
	void decisionAuthority() {
		String number = this.driver.applyOnline();
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		this.driver.complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION);
		this.driver.complete(number, AssessmentProcess.CONFIRM_ASSESSMENT_START);
		this.driver.complete(number, AssessmentProcess.MAKE_AUDIT_PLAN);
		this.driver.complete(number, AssessmentProcess.APPOINT_AUDIT_TEAM,
				Map.of("teamMembers",
						List.of(this.driver.id(Fixtures.LEAD_ON_COMMITTEE), this.driver.id(Fixtures.AUDITOR_A)),
						"teamLeader", this.driver.id(Fixtures.LEAD_ON_COMMITTEE)));
		for (String task : new String[] { AssessmentProcess.REVIEW_DOCUMENTS, AssessmentProcess.SCHEDULE_ONSITE_AUDIT,
				AssessmentProcess.RECORD_ONSITE_AUDIT, AssessmentProcess.INVOICE_ONSITE_AUDIT,
				AssessmentProcess.WRITE_COMPLETION_REPORT }) {
			this.driver.complete(number, task);
		}
		String decision = this.driver.task(number, AssessmentProcess.DECIDE_ELIGIBILITY).getId();

		// a committee member who was on the audit team may not take it
		assertThatThrownBy(() -> TestUsers.as(this.identityService, Fixtures.LEAD_ON_COMMITTEE,
				() -> this.taskService.claim(decision, Fixtures.LEAD_ON_COMMITTEE)))
			.isInstanceOf(AuthorizationException.class)
			.hasMessageContaining("【DEC-3】");
		// nor can it be given to anyone outside the committee
		assertThatThrownBy(() -> this.taskService.setAssignee(decision, Fixtures.AUDITOR_B))
			.isInstanceOf(AuthorizationException.class)
			.hasMessageContaining("審査会委員");
		// a committee member takes it, and cannot delegate it, not even to another member
		TestUsers.as(this.identityService, Fixtures.COMMITTEE_A,
				() -> this.taskService.claim(decision, Fixtures.COMMITTEE_A));
		assertThatThrownBy(() -> TestUsers.as(this.identityService, Fixtures.COMMITTEE_A,
				() -> this.taskService.delegateTask(decision, Fixtures.COMMITTEE_B)))
			.isInstanceOf(AuthorizationException.class);
		// not even a manager, who may reassign other tasks, can delegate it
		assertThatThrownBy(() -> TestUsers.as(this.identityService, Fixtures.MANAGER,
				() -> this.taskService.delegateTask(decision, Fixtures.COMMITTEE_B)))
			.isInstanceOf(AuthorizationException.class)
			.hasMessageContaining("【DEC-3】")
			.hasMessageContaining("委任できません");
		assertThat(this.taskService.createTaskQuery().taskId(decision).singleResult().getAssignee())
			.isEqualTo(Fixtures.COMMITTEE_A);
		// the team member cannot submit it either, in Tasklist or through the API
		Tasklist.Response refused = this.driver.submit(number, AssessmentProcess.DECIDE_ELIGIBILITY, Map.of(),
				Fixtures.LEAD_ON_COMMITTEE);
		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		Tasklist.Response decided = this.driver.submit(number, AssessmentProcess.DECIDE_ELIGIBILITY, Map.of(),
				Fixtures.COMMITTEE_A);
		assertThat(decided.status()).as(decided.body()).isEqualTo(204);
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.REPORT_TO_JIPDEC);
		assertThat(this.applications.journal(number))
			.anySatisfy((event) -> assertThat(event.getActor()).isEqualTo(Fixtures.COMMITTEE_A));
	}

	@Test
	@DisplayName("DEC-1 DEC-2 FND-2 FND-4 the committee's form shows what it decides on: the completion report, the findings document with each nonconformity, the improvement report and its review")
	void committeeSeesTheCase() {
		String number = this.driver.toDecision(true);
		Task decision = this.driver.task(number, AssessmentProcess.DECIDE_ELIGIBILITY);
		JsonNode shown = this.tasklist
			.get(Fixtures.COMMITTEE_A, "/engine-rest/task/" + decision.getId() + "/form-variables")
			.json();
		assertThat(shown.path("completionReportText").path("value").asText()).contains("a) 面談した役職：代表取締役、個人情報保護管理者",
				"d) 意見：付与適格（不適合は是正された）");
		assertThat(shown.path("findingsText").path("value").asText()).contains("1. 教育の理解度確認が記録されていない",
				"2. 内部監査の報告が代表者に届いていない", "責任者 試験 主任一", "改善報告の期限");
		assertThat(shown.path("improvementText").path("value").asText()).contains("理解度確認テストを実施し記録した",
				"エビデンス：理解度確認テストの記録", "是正処置の完了を認めた");
		assertThat(shown.path("earlierAssessment").path("value").asText()).isEqualTo("（以前の審査はありません）");
		// and they are views: nothing of them can be submitted back
		Tasklist.Response refused = this.driver.submit(number, AssessmentProcess.DECIDE_ELIGIBILITY, Map.of(),
				Fixtures.COMMITTEE_A);
		assertThat(refused.status()).isEqualTo(204);
	}

	@Test
	@DisplayName("JIP-1 the report to JIPDEC is asynchronous and retried until acknowledged")
	void jipdecReportRetried() {
		String number = this.driver.toDecision(false);
		this.driver.complete(number, AssessmentProcess.DECIDE_ELIGIBILITY);
		this.jipdec.failNext(2);
		Job first = this.driver.executeJipdecJob(number);
		assertThat(first.getRetries()).isEqualTo(4);
		assertThat(first.getExceptionMessage()).contains("503");
		Job second = this.driver.executeJipdecJob(number);
		assertThat(second.getRetries()).isEqualTo(3);
		assertThat(this.applications.get(number).getStatus()).isEqualTo(ApplicationStatus.ELIGIBLE);
		assertThat(this.driver.executeJipdecJob(number)).isNull();
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.RECORD_REGISTRATION);
		assertThat(this.applications.get(number).getStatus()).isEqualTo(ApplicationStatus.REPORTED_TO_JIPDEC);
		assertThat(this.jipdec.received()).anySatisfy((report) -> assertThat(report).containsEntry("申請番号", number));
	}

	@Test
	@DisplayName("JIP-1 when JIPDEC keeps failing, the retries run out and an incident shows in Cockpit; a retry after repair goes on")
	void jipdecIncident() {
		String number = this.driver.toDecision(false);
		this.driver.complete(number, AssessmentProcess.DECIDE_ELIGIBILITY);
		this.jipdec.failNext(100);
		Job job = null;
		for (int attempt = 0; attempt < 5; attempt++) {
			job = this.driver.executeJipdecJob(number);
		}
		assertThat(job.getRetries()).isZero();
		Incident incident = this.processEngine.getRuntimeService()
			.createIncidentQuery()
			.processInstanceId(this.driver.instance(number).getId())
			.singleResult();
		assertThat(incident.getActivityId()).isEqualTo(AssessmentProcess.REPORT_TO_JIPDEC);
		assertThat(incident.getIncidentMessage()).contains("JIPDEC answered 503");
		this.jipdec.failNext(0);
		this.managementService.setJobRetries(job.getId(), 1);
		this.managementService.executeJob(job.getId());
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.RECORD_REGISTRATION);
	}

	@Test
	@DisplayName("JIP-2 JIP-3 the registration number is 8 digits and the renewal count; validity cannot start before the decision")
	void registrationChecks() {
		String number = this.driver.toDecision(false);
		this.driver.complete(number, AssessmentProcess.DECIDE_ELIGIBILITY);
		this.driver.executeJipdecJob(number);
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.RECORD_REGISTRATION,
				Map.of("registrationNumber", "1082345(05)")))
			.hasMessageContaining("【JIP-3】");
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.RECORD_REGISTRATION,
				Map.of("validFrom", LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1).toString())))
			.hasMessageContaining("【JIP-2】");
	}

	@Test
	@DisplayName("JIP-3 when the contract is not completed within 3 months of the decision, the decision becomes void")
	void contractDeadlinePassed() {
		String number = this.driver.toDecision(false);
		this.driver.complete(number, AssessmentProcess.DECIDE_ELIGIBILITY);
		this.driver.executeJipdecJob(number);
		Job deadline = this.managementService.createJobQuery()
			.processInstanceId(this.driver.instance(number).getId())
			.activityId(AssessmentProcess.CONTRACT_DEADLINE_PASSED)
			.singleResult();
		LocalDate decided = LocalDate.now(ZoneId.of("Asia/Tokyo"));
		assertThat(deadline.getDuedate().toInstant().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate())
			.isEqualTo(decided.plusMonths(3));
		ClockUtil.setCurrentTime(Date.from(deadline.getDuedate().toInstant().plusSeconds(1)));
		this.managementService.executeJob(deadline.getId());
		assertThat(endOf(number)).isEqualTo(AssessmentProcess.END_DECISION_VOID);
		Application application = this.applications.get(number);
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.VOID);
		assertThat(
				this.letterRepository.findByApplicationIdAndKindOrderById(application.getId(), "DECISION_VOID_NOTICE"))
			.hasSize(1);
	}

}
