package jp.pmark.workflow.assessment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.audit.AuditTeams;
import jp.pmark.workflow.audit.Auditor;
import jp.pmark.workflow.audit.AuditorGrade;
import jp.pmark.workflow.audit.Auditors;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.letter.LetterRepository;
import jp.pmark.workflow.letter.Letters;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * The audit: plan and team (AUD), document review (DOC), on-site audit (SITE, INT-12).
 */
@PmarkSpringTest
class AuditProcessTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Applications applications;

	@Autowired
	AuditTeams teams;

	@Autowired
	Auditors auditors;

	@Autowired
	LetterRepository letterRepository;

	@Autowired
	Letters letters;

	@Autowired
	JapaneseBusinessCalendar calendar;

	@BeforeEach
	void engine() {
		init(this.processEngine);
	}

	private String toTeam() {
		String number = this.driver.applyOnline();
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		this.driver.complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION);
		this.driver.complete(number, AssessmentProcess.CONFIRM_ASSESSMENT_START);
		this.driver.complete(number, AssessmentProcess.MAKE_AUDIT_PLAN);
		return number;
	}

	private Map<String, Object> team(List<String> members, String leader, List<String> assistants, boolean consent) {
		Map<String, Object> answers = new HashMap<>();
		answers.put("teamMembers", members.stream().map(this.driver::id).toList());
		answers.put("teamLeader", (leader == null) ? null : this.driver.id(leader));
		answers.put("assistants", assistants.stream().map(this.driver::id).toList());
		answers.put("assistantConsent", consent);
		return answers;
	}

	private void refused(String number, Map<String, Object> answers, String rule, String person) {
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.APPOINT_AUDIT_TEAM, answers))
			.hasMessageContaining("【" + rule + "】")
			.hasMessageContaining(person);
	}

	@Test
	@DisplayName("AUD-1 FEE-7 the audit plan starts from the standard on-site hours; shorter needs a reason")
	void auditPlan() {
		String number = this.driver.applyOnline();
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		this.driver.complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION);
		this.driver.complete(number, AssessmentProcess.CONFIRM_ASSESSMENT_START);
		Task plan = this.driver.task(number, AssessmentProcess.MAKE_AUDIT_PLAN);
		assertThat(this.processEngine.getFormService().getTaskFormVariables(plan.getId()).get("onsiteHours"))
			.isEqualTo(6);
		assertThatThrownBy(
				() -> this.driver.complete(number, AssessmentProcess.MAKE_AUDIT_PLAN, Map.of("onsiteHours", 4)))
			.hasMessageContaining("【FEE-7】");
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.MAKE_AUDIT_PLAN,
				Map.of("onsiteFrom", this.calendar.today().plusDays(5).toString())))
			.hasMessageContaining("【DOC-4】");
		this.driver.complete(number, AssessmentProcess.MAKE_AUDIT_PLAN,
				Map.of("onsiteHours", 4, "planNotes", "任意書類15〜17が事前に提出されたため"));
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.APPOINT_AUDIT_TEAM);
	}

	@Test
	@DisplayName("AUD-3 AUD-8 an auditor without the signed agreement cannot be appointed; the refusal names the person and nothing is saved")
	void agreementRequired() {
		String number = toTeam();
		refused(number, team(List.of(Fixtures.LEAD_A, Fixtures.NO_AGREEMENT), Fixtures.LEAD_A, List.of(), false),
				"AUD-3", "試験 未契約");
		assertThat(this.teams.currentTeam(this.applications.get(number))).isEmpty();
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.APPOINT_AUDIT_TEAM);
	}

	@Test
	@DisplayName("AUD-2 an auditor's record holds a) to g) and a grade; an auditor whose user is in no auditors' group cannot be appointed")
	void auditorRecords() {
		String number = toTeam();
		Auditor lead = this.fixtures.auditor(Fixtures.LEAD_A);
		assertThat(lead.getGrade()).isEqualTo(AuditorGrade.LEAD_AUDITOR);
		assertThat(List.of(lead.getName(), lead.getAddress(), lead.getAffiliation(), lead.getPositionTitle(),
				lead.getEducation(), lead.getQualifications(), lead.getExperienceTraining(), lead.getAuditsPerformed(),
				lead.getPerformanceEvaluation()))
			.allSatisfy((field) -> assertThat(field).isNotBlank());
		assertThat(lead.getRecordUpdatedOn()).isNotNull();
		String outsider = "t-aud-outsider";
		TestUsers.ensure(this.processEngine.getIdentityService(), outsider, List.of());
		Auditor record = this.auditors.byUser(outsider)
			.orElseGet(() -> this.auditors.register(new Auditors.AuditorRecord(outsider, "試験 外部", null, null, null,
					null, null, null, null, null, AuditorGrade.AUDITOR, LocalDate.of(2026, 1, 1))));
		this.auditors.signAgreement(record, LocalDate.of(2026, 1, 1), null);
		Map<String, Object> answers = team(List.of(Fixtures.LEAD_A), Fixtures.LEAD_A, List.of(), false);
		answers.put("teamMembers", List.of(this.driver.id(Fixtures.LEAD_A), record.getId().toString()));
		refused(number, answers, "AUD-2", "試験 外部");
	}

	@Test
	@DisplayName("AUD-4 a team has two or more lead auditors or auditors, one a lead auditor, and a lead auditor of the team leads it")
	void teamComposition() {
		String number = toTeam();
		refused(number, team(List.of(Fixtures.LEAD_A), Fixtures.LEAD_A, List.of(), false), "AUD-4", "2名以上");
		refused(number, team(List.of(Fixtures.AUDITOR_A, Fixtures.AUDITOR_B), Fixtures.AUDITOR_A, List.of(), false),
				"AUD-4", "主任審査員を1名以上");
		refused(number, team(List.of(Fixtures.LEAD_A, Fixtures.AUDITOR_A), Fixtures.AUDITOR_A, List.of(), false),
				"AUD-4", "試験 審査一");
		refused(number, team(List.of(Fixtures.LEAD_A, Fixtures.AUDITOR_A), Fixtures.LEAD_B, List.of(), false), "AUD-4",
				"試験 主任二");
		refused(number, team(List.of(Fixtures.LEAD_A, Fixtures.AUDITOR_A), null, List.of(), false), "AUD-4", "審査責任者");
	}

	@Test
	@DisplayName("AUD-5 an auditor who declared a conflict of interest with the applicant cannot be appointed")
	void conflictOfInterest() {
		String corporateNumber = AssessmentDriver.newCorporateNumber();
		String number = this.driver.applyOnline(AssessmentDriver.applicant(corporateNumber, "株式会社利害関係"));
		this.fixtures.declareConsulting(Fixtures.AUDITOR_B, corporateNumber, "株式会社利害関係");
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		this.driver.complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION);
		this.driver.complete(number, AssessmentProcess.CONFIRM_ASSESSMENT_START);
		this.driver.complete(number, AssessmentProcess.MAKE_AUDIT_PLAN);
		refused(number, team(List.of(Fixtures.LEAD_A, Fixtures.AUDITOR_B), Fixtures.LEAD_A, List.of(), false), "AUD-5",
				"試験 審査二");
		this.driver.complete(number, AssessmentProcess.APPOINT_AUDIT_TEAM,
				team(List.of(Fixtures.LEAD_A, Fixtures.AUDITOR_A), Fixtures.LEAD_A, List.of(), false));
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.REVIEW_DOCUMENTS);
	}

	@Test
	@DisplayName("AUD-6 AUD-7 an assistant joins only with the applicant's consent, never as a member, and the team's names go to the applicant")
	void assistants() {
		String number = toTeam();
		refused(number,
				team(List.of(Fixtures.LEAD_A, Fixtures.AUDITOR_A), Fixtures.LEAD_A, List.of(Fixtures.ASSISTANT), false),
				"AUD-6", "同意");
		refused(number, team(List.of(Fixtures.LEAD_A, Fixtures.ASSISTANT), Fixtures.LEAD_A, List.of(), false), "AUD-6",
				"試験 補一");
		this.driver.complete(number, AssessmentProcess.APPOINT_AUDIT_TEAM,
				team(List.of(Fixtures.LEAD_A, Fixtures.AUDITOR_A), Fixtures.LEAD_A, List.of(Fixtures.ASSISTANT), true));
		Task review = this.driver.task(number, AssessmentProcess.REVIEW_DOCUMENTS);
		assertThat(review.getAssignee()).isEqualTo(Fixtures.LEAD_A);
		Application application = this.applications.get(number);
		String notice = this.letterRepository.findByApplicationIdAndKindOrderById(application.getId(), "TEAM_NOTICE")
			.get(0)
			.getContents();
		assertThat(notice).contains("試験 主任一（審査責任者）", "試験 審査一（審査員）", "試験 補一（審査員補）", "審査員補が同行");
	}

	@Test
	@DisplayName("AUD-4 the team's tasks go to its leader and can be handed only to a member of the team")
	void teamTasksStayInTheTeam() {
		String number = toTeam();
		this.driver.complete(number, AssessmentProcess.APPOINT_AUDIT_TEAM);
		String review = this.driver.task(number, AssessmentProcess.REVIEW_DOCUMENTS).getId();
		assertThatThrownBy(() -> this.processEngine.getTaskService().setAssignee(review, Fixtures.AUDITOR_B))
			.isInstanceOf(AuthorizationException.class);
		this.processEngine.getTaskService().setAssignee(review, Fixtures.AUDITOR_A);
		assertThat(this.processEngine.getTaskService().createTaskQuery().taskId(review).singleResult().getAssignee())
			.isEqualTo(Fixtures.AUDITOR_A);
	}

	@Test
	@DisplayName("DOC-1 DOC-2 DOC-3 the review judges the 15 areas with a comment each; an absent area makes the result deficient")
	void documentReview() {
		String number = toTeam();
		this.driver.complete(number, AssessmentProcess.APPOINT_AUDIT_TEAM);
		assertThatThrownBy(
				() -> this.driver.complete(number, AssessmentProcess.REVIEW_DOCUMENTS, Map.of("area15Present", false)))
			.hasMessageContaining("【DOC-2】")
			.hasMessageContaining("内部規程の違反に関する罰則");
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.REVIEW_DOCUMENTS,
				Map.of("area03Comment", "", "form7Used", false, "procedures", "")))
			.hasMessageContaining("【DOC-2】「リスクアセスメント及びリスク対策の手順」")
			.hasMessageContaining("【DOC-3】")
			.hasMessageContaining("【DOC-1】");
		this.driver.complete(number, AssessmentProcess.REVIEW_DOCUMENTS, Map.of("area15Present", false, "reviewResult",
				"DEFICIENT", "deficiencies", "罰則規定を定めてください", "area15Comment", "規定なし"));
		Application application = this.applications.get(number);
		String result = this.letterRepository
			.findByApplicationIdAndKindOrderById(application.getId(), "DOCUMENT_REVIEW_RESULT")
			.get(0)
			.getContents();
		assertThat(result).contains("不備あり", "罰則規定を定めてください", "現地審査までに改善", "規定なし");
	}

	@Test
	@DisplayName("DOC-5 when the review calls for a discussion, the manager records it; a withdrawal ends the case")
	void onsiteDiscussionWithdrawal() {
		String number = toTeam();
		this.driver.complete(number, AssessmentProcess.APPOINT_AUDIT_TEAM);
		this.driver.complete(number, AssessmentProcess.REVIEW_DOCUMENTS, Map.of("onsiteDiscussionNeeded", true));
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.DECIDE_ONSITE_AUDIT);
		this.driver.complete(number, AssessmentProcess.DECIDE_ONSITE_AUDIT,
				Map.of("onsiteDecision", "WITHDRAW", "discussionNote", "体制を整えてから再申請するとのこと"));
		assertThat(this.applications.get(number).getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(this.processEngine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.processInstanceBusinessKey(number)
			.singleResult()
			.getEndActivityId()).isEqualTo(AssessmentProcess.END_WITHDRAWN);
	}

	@Test
	@DisplayName("DOC-5 SITE-1 CAL-1 after the discussion the audit goes ahead; its date is agreed and must be a business day")
	void onsiteSchedule() {
		String number = toTeam();
		this.driver.complete(number, AssessmentProcess.APPOINT_AUDIT_TEAM);
		this.driver.complete(number, AssessmentProcess.REVIEW_DOCUMENTS, Map.of("onsiteDiscussionNeeded", true));
		this.driver.complete(number, AssessmentProcess.DECIDE_ONSITE_AUDIT);
		LocalDate saturday = this.calendar.today().plusWeeks(2).with(DayOfWeek.SATURDAY);
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.SCHEDULE_ONSITE_AUDIT,
				Map.of("onsiteDate", saturday.toString())))
			.hasMessageContaining("【CAL-1】");
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.SCHEDULE_ONSITE_AUDIT,
				Map.of("agreedWithApplicant", false)))
			.hasMessageContaining("【SITE-1】");
		this.driver.complete(number, AssessmentProcess.SCHEDULE_ONSITE_AUDIT);
		Task record = this.driver.task(number, AssessmentProcess.RECORD_ONSITE_AUDIT);
		assertThat(record.getAssignee()).isEqualTo(Fixtures.LEAD_A);
		assertThat(record.getFollowUpDate()).isNotNull();
		Application application = this.applications.get(number);
		String notice = this.letterRepository
			.findByApplicationIdAndKindOrderById(application.getId(), "ONSITE_AUDIT_NOTICE")
			.get(0)
			.getContents();
		assertThat(notice).contains("トップインタビュー", "総括", "役員・従業者以外の方");
	}

	@Test
	@DisplayName("SITE-2 SITE-3 INT-12 the record needs the four parts and a finding for a) to g); a consultant's attendance ends the audit")
	void onsiteRecord() {
		String number = toTeam();
		this.driver.complete(number, AssessmentProcess.APPOINT_AUDIT_TEAM);
		this.driver.complete(number, AssessmentProcess.REVIEW_DOCUMENTS);
		this.driver.complete(number, AssessmentProcess.SCHEDULE_ONSITE_AUDIT);
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.RECORD_ONSITE_AUDIT,
				Map.of("findingG", "", "siteCheck", "")))
			.hasMessageContaining("【SITE-3】g) 代表者による見直し")
			.hasMessageContaining("【SITE-2】(3) 現場での実施状況の確認");
		String withConsultant = "山田 太郎, 代表取締役, 役員\n田中 コンサル, 外部コンサルタント, その他";
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.RECORD_ONSITE_AUDIT,
				Map.of("attendees", withConsultant)))
			.hasMessageContaining("【INT-12】")
			.hasMessageContaining("田中 コンサル");
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.RECORD_ONSITE_AUDIT,
				Map.of("attendees", "山田 太郎 代表取締役")))
			.hasMessageContaining("【INT-12】1行目");
		this.driver.complete(number, AssessmentProcess.RECORD_ONSITE_AUDIT, Map.of("attendees", withConsultant,
				"onsiteOutcome", "TERMINATED", "terminationReason", "外部コンサルタントが回答した"));
		assertThat(this.applications.get(number).getStatus()).isEqualTo(ApplicationStatus.TERMINATED);
		assertThat(this.processEngine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.processInstanceBusinessKey(number)
			.singleResult()
			.getEndActivityId()).isEqualTo(AssessmentProcess.END_TERMINATED);
	}

	@Test
	@DisplayName("FEE-4 the on-site audit fee is invoiced after the audit with travel and lodging at cost; negative costs are refused")
	void onsiteInvoice() {
		String number = toTeam();
		this.driver.complete(number, AssessmentProcess.APPOINT_AUDIT_TEAM);
		this.driver.complete(number, AssessmentProcess.REVIEW_DOCUMENTS);
		this.driver.complete(number, AssessmentProcess.SCHEDULE_ONSITE_AUDIT);
		this.driver.complete(number, AssessmentProcess.RECORD_ONSITE_AUDIT);
		assertThatThrownBy(
				() -> this.driver.complete(number, AssessmentProcess.INVOICE_ONSITE_AUDIT, Map.of("travelYen", -1)))
			.hasMessageContaining("【FEE-4】");
		this.driver.complete(number, AssessmentProcess.INVOICE_ONSITE_AUDIT,
				Map.of("travelYen", 23_400, "lodgingYen", 9_800));
		Application application = this.applications.get(number);
		String invoice = this.letterRepository.findByApplicationIdAndKindOrderById(application.getId(), "INVOICE")
			.get(1)
			.getContents();
		assertThat(invoice).contains("現地審査料", "330,000円", "23,400円", "9,800円", "363,200円");
	}

}
