package jp.pmark.workflow.incident;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.letter.Letter;
import jp.pmark.workflow.letter.LetterRepository;
import jp.pmark.workflow.letter.Recipients;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.RegistrationEvent;
import jp.pmark.workflow.registration.RegistrationLifecycle;
import jp.pmark.workflow.registration.RegistrationProcess;
import jp.pmark.workflow.registration.RegistrationStatus;
import jp.pmark.workflow.registration.Registrations;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.ProcessVariables;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * Incident reports end to end: the API and the start form, the deadlines on engine timers
 * and their escalation, the notice to JIPDEC, and the committee's measure on the
 * registration (INC-1..INC-7).
 */
@PmarkSpringTest
class IncidentProcessTest {

	@Autowired
	FilterService filterService;

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
	RepositoryService repositoryService;

	@Autowired
	ManagementService managementService;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationLifecycle lifecycle;

	@Autowired
	Applications applications;

	@Autowired
	Incidents incidents;

	@Autowired
	LetterRepository letters;

	@Autowired
	JapaneseBusinessCalendar calendar;

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

	Registration registered() {
		String number = this.driver.toDecision(false);
		String registrationNumber = AssessmentDriver.newRegistrationNumber();
		this.driver.decideAndRegister(number, registrationNumber, this.calendar.today().plusDays(10));
		return this.registrations.find(registrationNumber).orElseThrow();
	}

	/**
	 * A holder's report of an ordinary leak of 10 persons' data, discovered 2 days ago.
	 */
	Map<String, Object> report(Registration registration) {
		Map<String, Object> body = new HashMap<>();
		body.put("reporterStatus", "HOLDER");
		body.put("registrationNumber", registration.getRegistrationNumber());
		body.put("discoveredOn", this.calendar.today().minusDays(2).toString());
		body.put("category", "LEAK");
		body.put("personsAffected", 10);
		body.put("summary", "顧客10名分の氏名と住所を記載した名簿を誤って別の顧客に送付した。回収済み。");
		body.put("reportKind", "PROMPT");
		return body;
	}

	ResponseEntity<JsonNode> post(String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(Fixtures.RECEPTION, TestUsers.PASSWORD)
			.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
	}

	String reported(Map<String, Object> body) {
		ResponseEntity<JsonNode> response = post("/api/incidents", body);
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
		return response.getBody().path("incidentNumber").asText();
	}

	ProcessInstance instance(String incidentNumber) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(IncidentProcess.KEY)
			.processInstanceBusinessKey(incidentNumber)
			.singleResult();
	}

	Task task(String incidentNumber, String taskKey) {
		return this.taskService.createTaskQuery()
			.processInstanceBusinessKey(incidentNumber)
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	Job timer(String incidentNumber, String activityId) {
		return this.managementService.createJobQuery()
			.processInstanceId(instance(incidentNumber).getId())
			.activityId(activityId)
			.singleResult();
	}

	void fire(Job job) {
		ClockUtil.setCurrentTime(Date.from(job.getDuedate().toInstant().plusSeconds(60)));
		this.managementService.executeJob(job.getId());
	}

	List<String> groups(Task task) {
		return this.taskService.getIdentityLinksForTask(task.getId())
			.stream()
			.map(IdentityLink::getGroupId)
			.filter((group) -> group != null)
			.toList();
	}

	Map<String, Object> judgement(String measure) {
		Map<String, Object> answers = new HashMap<>();
		answers.put("levelText", "規約の欠格事項 C 相当（組織的な管理の不備）");
		answers.put("measure", measure);
		answers.put("committeeMeeting", "第8回事故審議委員会");
		answers.put("outsideExperts", "弁護士 山川 一郎、大学教授 川村 花子");
		answers.put("decidedOn", this.calendar.today().toString());
		answers.put("decisionReason", "再発防止策の実施状況を確認するため");
		return answers;
	}

	String toJudgement(Registration registration) {
		Map<String, Object> body = report(registration);
		body.put("reportKind", "FINAL");
		// another incident of the same business: the same report again would be a repeat
		body.put("summary", body.get("summary") + "（" + ThreadLocalRandom.current().nextInt(1_000_000) + "）");
		String number = reported(body);
		assertThat(instance(number)).isWaitingAt(IncidentProcess.JUDGE);
		return number;
	}

	Map<String, Object> laterReport(String kind, String summary) {
		return Map.of("kind", kind, "receivedOn", this.calendar.today().toString(), "summary", summary);
	}

	@AfterEach
	void onlyDeclaredVariables() {
		// GEN-1 GEN-2: whatever the walk did, the process kept only its routing variables
		ProcessVariables.assertOnlyDeclared(this.processEngine.getHistoryService(), IncidentProcess.PROCESS);
	}

	@Test
	@DisplayName("INC-1 INC-2 INC-3 INC-7 GEN-2 a holder's first notice of 1,001 persons awaits a prompt report in 5 days and a final one in 30; reports in time cancel their timers; a report with a control character is a 400 problem")
	void reportsInTime() {
		Registration registration = registered();
		Map<String, Object> body = report(registration);
		body.put("discoveredOn", this.calendar.today().toString());
		body.put("personsAffected", 1001);
		body.put("reportKind", "NOTICE");
		String number = reported(body);
		Incident incident = this.incidents.get(number);
		assertThat(number).matches("IN\\d{4}-\\d{4}");
		assertThat(incident.isPromptReportDue()).isTrue();
		assertThat(incident.promptTriggerCodes()).containsExactly("OVER_1000_PERSONS");
		assertThat(incident.getPromptDueOn()).isEqualTo(this.calendar.today().plusDays(5));
		assertThat(incident.getFinalDueOn()).isEqualTo(this.calendar.today().plusDays(30));
		assertThat(instance(number)).isWaitingAt(IncidentProcess.RECEIVE_PROMPT, IncidentProcess.RECEIVE_FINAL);
		assertThat(timer(number, IncidentProcess.PROMPT_OVERDUE).getDuedate())
			.isEqualTo(this.calendar.endOfDay(this.calendar.today().plusDays(5)));
		assertThat(timer(number, IncidentProcess.FINAL_OVERDUE).getDuedate())
			.isEqualTo(this.calendar.endOfDay(this.calendar.today().plusDays(30)));
		assertThat(groups(task(number, IncidentProcess.RECEIVE_PROMPT))).containsExactly("reception");
		assertThat(this.formService.getTaskFormVariables(task(number, IncidentProcess.RECEIVE_PROMPT).getId())
			.get("deadlinesText")).asString().contains("速報：必要", "1,000人を超える");
		assertThat(this.registrations.get(registration.getId()).getStatus()).isEqualTo(RegistrationStatus.VALID);
		assertThat(this.lifecycle.journal(registration)).extracting(RegistrationEvent::getEvent)
			.contains("INCIDENT_REPORTED");

		// GEN-2: a report the task's form refuses (a control character) is a 400 problem
		// naming the field and the rule, and changes nothing
		ResponseEntity<JsonNode> refused = post("/api/incidents/" + number + "/reports",
				laterReport("PROMPT", "株式会社\u001B\u0015"));
		assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(refused.getBody().path("violations").get(0).path("field").asText()).isEqualTo("summary");
		assertThat(refused.getBody().path("violations").get(0).path("rule").asText()).isEqualTo("GEN-2");
		ResponseEntity<JsonNode> undated = post("/api/incidents/" + number + "/reports",
				Map.of("kind", "PROMPT", "summary", "委託先からの報告"));
		assertThat(undated.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(undated.getBody().path("violations").findValuesAsText("field")).containsExactly("receivedOn");
		ResponseEntity<JsonNode> notADay = post("/api/incidents/" + number + "/reports",
				Map.of("kind", "PROMPT", "receivedOn", "2026-02-30", "summary", "委託先からの報告"));
		assertThat(notADay.getBody().path("violations").findValuesAsText("field")).containsExactly("receivedOn");
		assertThat(instance(number)).isWaitingAt(IncidentProcess.RECEIVE_PROMPT, IncidentProcess.RECEIVE_FINAL);
		ResponseEntity<JsonNode> prompt = post("/api/incidents/" + number + "/reports",
				laterReport("PROMPT", "委託先のサーバから会員1,001名分のメールアドレスが流出した。対象者への通知を準備中。"));
		assertThat(prompt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(instance(number)).isWaitingAt(IncidentProcess.RECEIVE_FINAL);
		assertThat(timer(number, IncidentProcess.PROMPT_OVERDUE)).as("the prompt report's timer is cancelled").isNull();
		ResponseEntity<JsonNode> finalReport = post("/api/incidents/" + number + "/reports",
				laterReport("FINAL", "原因は委託先の設定誤り。対象者全員に通知し、委託先の監督手順を改めた。"));
		assertThat(finalReport.getBody().path("recorded").path("late").asBoolean()).isFalse();
		assertThat(instance(number)).isWaitingAt(IncidentProcess.JUDGE);
		assertThat(this.managementService.createJobQuery().processInstanceId(instance(number).getId()).count())
			.as("the final report's timer is cancelled")
			.isZero();
		assertThat(groups(task(number, IncidentProcess.JUDGE))).containsExactly("committee");
		assertThat(this.incidents.reports(this.incidents.get(number))).extracting(IncidentReport::getKind)
			.containsExactly(ReportKind.NOTICE, ReportKind.PROMPT, ReportKind.FINAL);
		assertThat(this.incidents.reports(this.incidents.get(number))).noneMatch(IncidentReport::isLate);
	}

	@Test
	@DisplayName("INC-3 INC-4 a prompt report still missing when due goes to the assessment managers in Tasklist, due at once (期限切れのタスク); they record the follow-up and the late report")
	void promptReportOverdue() {
		Registration registration = registered();
		Map<String, Object> body = report(registration);
		body.put("sensitive", true);
		body.put("reportKind", "NOTICE");
		String number = reported(body);
		assertThat(this.incidents.get(number).promptTriggerCodes()).containsExactly("SENSITIVE");
		fire(timer(number, IncidentProcess.PROMPT_OVERDUE));

		assertThat(instance(number)).isWaitingAt(IncidentProcess.FOLLOW_UP_PROMPT, IncidentProcess.RECEIVE_FINAL);
		Task followUp = task(number, IncidentProcess.FOLLOW_UP_PROMPT);
		assertThat(groups(followUp)).containsExactly("assessment-managers");
		assertThat(overdueFilter()).as("an escalation is due at once (issue 14)").contains(followUp.getId());
		assertThat(this.formService.getTaskFormVariables(followUp.getId()).get("overdueText")).asString()
			.contains("【INC-4】速報の期限");
		assertThat(timer(number, IncidentProcess.FINAL_OVERDUE)).as("the final report is still awaited").isNotNull();
		assertThat(this.tasklist.refused(followUp, Map.of("followedUpOn", this.calendar.today().toString())))
			.contains("【INC-4】");
		this.tasklist.submitForm(followUp,
				Map.of("followedUpOn", this.calendar.today().toString(), "followUpNote",
						"事業者の個人情報保護管理者に電話し、速報の提出を求めた。本日中に送付するとの回答。", "lateReportReceivedOn",
						this.calendar.today().toString(), "lateReportSummary", "健康診断結果10名分の誤送付。回収済み。"));
		Incident incident = this.incidents.get(number);
		assertThat(this.incidents.followUps(incident)).singleElement()
			.satisfies((done) -> assertThat(done.getKind()).isEqualTo(ReportKind.PROMPT));
		assertThat(this.incidents.reports(incident)).filteredOn((report) -> report.getKind() == ReportKind.PROMPT)
			.singleElement()
			.satisfies((late) -> assertThat(late.isLate()).isTrue());
		assertThat(instance(number)).isWaitingAt(IncidentProcess.RECEIVE_FINAL);
	}

	@Test
	@DisplayName("INC-2 INC-3 malicious intent: prompt report due, final report in 60 days; a final report stands for the prompt report still awaited")
	void finalReportCoversPrompt() {
		Registration registration = registered();
		Map<String, Object> body = report(registration);
		body.put("malicious", true);
		body.put("category", "MISUSE");
		body.put("reportKind", "NOTICE");
		String number = reported(body);
		Incident incident = this.incidents.get(number);
		assertThat(incident.promptTriggerCodes()).containsExactly("MALICIOUS");
		assertThat(incident.getFinalReportDays()).isEqualTo(60);
		assertThat(incident.getFinalDueOn()).isEqualTo(this.calendar.today().minusDays(2).plusDays(60));

		post("/api/incidents/" + number + "/reports", laterReport("FINAL", "元従業者が顧客情報を持ち出し転売した。警察に相談済み。"));
		assertThat(instance(number)).isWaitingAt(IncidentProcess.JUDGE);
		assertThat(this.incidents.reports(this.incidents.get(number))).extracting(IncidentReport::getKind)
			.containsExactly(ReportKind.NOTICE, ReportKind.FINAL, ReportKind.PROMPT);
	}

	@Test
	@DisplayName("INC-2 GEN-2 a final report that came by post is received by reception in Tasklist (submit-form over HTTP); its timer stops and the committee sees it")
	void finalReportReceivedInTasklist() {
		Registration registration = registered();
		String number = reported(report(registration));
		assertThat(instance(number)).isWaitingAt(IncidentProcess.RECEIVE_FINAL);
		Task receive = task(number, IncidentProcess.RECEIVE_FINAL);
		assertThat(groups(receive)).containsExactly("reception");
		this.tasklist.submitForm(receive, Map.of("reportReceivedOn", this.calendar.today().toString(), "reportChannel",
				"MAIL", "reportSummary", "確報：誤送付先から名簿を回収し、全員に謝罪した。再発防止に宛名の二重確認を導入。"));
		assertThat(instance(number)).isWaitingAt(IncidentProcess.JUDGE);
		assertThat(timer(number, IncidentProcess.FINAL_OVERDUE)).isNull();
		assertThat(this.incidents.reports(this.incidents.get(number))).extracting(IncidentReport::getKind)
			.containsExactly(ReportKind.PROMPT, ReportKind.FINAL);
		assertThat(
				this.formService.getTaskFormVariables(task(number, IncidentProcess.JUDGE).getId()).get("reportsText"))
			.asString()
			.contains("宛名の二重確認");
	}

	@Test
	@DisplayName("INC-4 a final report missing when due goes to the assessment managers; the committee then judges on what came")
	void finalReportOverdue() {
		Registration registration = registered();
		String number = reported(report(registration));
		assertThat(this.incidents.get(number).isPromptReportDue()).isFalse();
		assertThat(instance(number)).isWaitingAt(IncidentProcess.RECEIVE_FINAL);
		fire(timer(number, IncidentProcess.FINAL_OVERDUE));
		Task followUp = task(number, IncidentProcess.FOLLOW_UP_FINAL);
		assertThat(groups(followUp)).containsExactly("assessment-managers");
		assertThat(overdueFilter()).as("an escalation is due at once (issue 14)").contains(followUp.getId());
		this.tasklist.submitForm(followUp,
				Map.of("followedUpOn", this.calendar.today().toString(), "followUpNote", "代表者に書面で確報の提出を督促した。回答なし。"));
		assertThat(instance(number)).isWaitingAt(IncidentProcess.JUDGE);
		assertThat(
				this.formService.getTaskFormVariables(task(number, IncidentProcess.JUDGE).getId()).get("reportsText"))
			.asString()
			.contains("確報の遅れへの対応");
	}

	@Test
	@DisplayName("INC-3 a prompt report that opens the case after its deadline is on record as late")
	void latePromptReport() {
		Registration registration = registered();
		Map<String, Object> body = report(registration);
		body.put("discoveredOn", this.calendar.today().minusDays(8).toString());
		body.put("sensitive", true);
		body.put("reportKind", "PROMPT");
		String number = reported(body);
		Incident incident = this.incidents.get(number);
		assertThat(incident.getPromptDueOn()).isEqualTo(this.calendar.today().minusDays(3));
		assertThat(this.incidents.reports(incident)).singleElement().satisfies((report) -> {
			assertThat(report.getKind()).isEqualTo(ReportKind.PROMPT);
			assertThat(report.isLate()).isTrue();
		});
		assertThat(instance(number)).isWaitingAt(IncidentProcess.RECEIVE_FINAL);
	}

	@Test
	@DisplayName("INC-5 likely secondary damage reaches the assessment managers at once; their notice to JIPDEC is recorded")
	void secondaryDamage() {
		Registration registration = registered();
		Map<String, Object> body = report(registration);
		body.put("secondaryDamageLikely", true);
		body.put("financialDamage", true);
		body.put("reportKind", "PROMPT");
		String number = reported(body);
		assertThat(instance(number)).isWaitingAt(IncidentProcess.NOTIFY_JIPDEC, IncidentProcess.RECEIVE_FINAL);
		Task notify = task(number, IncidentProcess.NOTIFY_JIPDEC);
		assertThat(groups(notify)).containsExactly("assessment-managers");
		assertThat(notify.getPriority()).isEqualTo(90);
		assertThat(notify.getDueDate()).isEqualTo(this.calendar.deadline(this.calendar.today(), 0));
		assertThat(
				this.tasklist.refused(notify,
						Map.of("jipdecNotifiedOn", this.calendar.today().toString(), "noticeMethod", "PHONE",
								"jipdecContact", "事故報告窓口 担当者", "jipdecNotice", "カード番号を含む情報 担当 123456789018")))
			.contains("【CHG-5】");
		this.tasklist.submitForm(notify, Map.of("jipdecNotifiedOn", this.calendar.today().toString(), "noticeMethod",
				"PHONE", "jipdecContact", "事故報告窓口 担当者", "jipdecNotice", "クレジットカード番号を含む顧客情報の漏えい。不正利用の二次被害のおそれが高い。"));
		assertThat(this.incidents.get(number).getJipdecNotifiedAt()).isNotNull();
		assertThat(this.letters.findByCaseNumberOrderById(number)).singleElement().satisfies((letter) -> {
			assertThat(letter.getKind()).isEqualTo("INCIDENT_SECONDARY_DAMAGE");
			assertThat(letter.getRecipient()).isEqualTo(Recipients.JIPDEC.text());
		});
		assertThat(instance(number)).isWaitingAt(IncidentProcess.RECEIVE_FINAL);
	}

	@Test
	@DisplayName("INC-6 the committee suspends the registration for 1 to 11 months; it is in force again when the suspension ends")
	void suspension() {
		Registration registration = registered();
		String number = toJudgement(registration);
		Task judge = task(number, IncidentProcess.JUDGE);
		for (Object months : List.of(12, 0)) {
			Map<String, Object> answers = judgement("SUSPENSION");
			answers.put("suspensionMonths", months);
			assertThat(this.tasklist.refused(judge, answers)).contains("【INC-6】一時停止の期間は1か月以上1年未満");
		}
		Map<String, Object> withoutExperts = judgement("CAUTION");
		withoutExperts.remove("outsideExperts");
		assertThat(this.tasklist.refused(judge, withoutExperts)).contains("外部有識者");
		Map<String, Object> answers = judgement("SUSPENSION");
		answers.put("suspensionMonths", 3);
		this.tasklist.submitForm(judge, answers);

		assertThat(instance(number)).isWaitingAt(IncidentProcess.SUSPENSION_ENDS);
		Registration suspended = this.registrations.get(registration.getId());
		assertThat(suspended.getStatus()).isEqualTo(RegistrationStatus.SUSPENDED);
		assertThat(suspended.getStatus().isValid()).isFalse();
		assertThat(this.lifecycle.lifecycleOf(suspended)).as("the validity keeps running").isNotNull();
		Incident incident = this.incidents.get(number);
		assertThat(incident.getSuspensionUntil()).isEqualTo(this.calendar.today().plusMonths(3).minusDays(1));
		assertThat(this.letters.findByCaseNumberOrderById(number)).extracting(Letter::getKind)
			.containsExactly("INCIDENT_MEASURE");
		Job ends = timer(number, IncidentProcess.SUSPENSION_ENDS);
		assertThat(ends.getDuedate())
			.isEqualTo(Date.from(this.calendar.today().plusMonths(3).atStartOfDay(this.calendar.zone()).toInstant()));

		fire(ends);
		assertThat(instance(number)).isNull();
		assertThat(this.registrations.get(registration.getId()).getStatus()).isEqualTo(RegistrationStatus.VALID);
		assertThat(this.incidents.get(number).getState()).isEqualTo(Incident.State.CLOSED);
	}

	void fireLifecycle(ProcessInstance life, String timer) {
		fire(this.managementService.createJobQuery().processInstanceId(life.getId()).activityId(timer).singleResult());
	}

	@Test
	@DisplayName("INC-6 REN-3 a registration suspended over the end of its validity stays suspended while its renewal is assessed; afterwards it is extended")
	void suspensionOverValidityEnd() {
		// registered from 2026-12-01 until 2028-11-30; renewal window
		// 2028-03-31..2028-07-31
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-02T10:00:00+09:00").toInstant()));
		Registration registration = registered();
		ProcessInstance life = this.lifecycle.lifecycleOf(registration);
		fireLifecycle(life, RegistrationProcess.REMINDER_DUE);
		fireLifecycle(life, RegistrationProcess.WINDOW_OPENED);
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2028-04-10T10:00:00+09:00").toInstant()));
		String renewal = this.driver.applyForRenewal(
				this.applications.get(registration.getApplicationId()).getApplicant(),
				registration.getRegistrationNumber());
		assertThat(this.registrations.get(registration.getId()).getStatus())
			.isEqualTo(RegistrationStatus.RENEWAL_APPLIED);

		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2028-11-01T10:00:00+09:00").toInstant()));
		String number = toJudgement(registration);
		Map<String, Object> answers = judgement("SUSPENSION");
		answers.put("suspensionMonths", 2);
		this.tasklist.submitForm(task(number, IncidentProcess.JUDGE), answers);
		assertThat(this.incidents.get(number).getSuspensionUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
		fireLifecycle(life, RegistrationProcess.WINDOW_CLOSED);
		fireLifecycle(life, RegistrationProcess.VALIDITY_ENDED);
		assertThat(this.runtimeService.getActiveActivityIds(life.getId()))
			.containsExactly(RegistrationProcess.RENEWAL_CONCLUDED);
		assertThat(this.registrations.get(registration.getId()).getStatus()).as("still suspended")
			.isEqualTo(RegistrationStatus.SUSPENDED);
		assertThat(this.lifecycle.journal(registration)).extracting(RegistrationEvent::getEvent)
			.contains("WHILE_SUSPENDED");

		fire(timer(number, IncidentProcess.SUSPENSION_ENDS));
		assertThat(this.registrations.get(registration.getId()).getStatus()).isEqualTo(RegistrationStatus.EXTENDED);
		assertThat(this.applications.get(renewal).getStatus().isConcluded()).isFalse();
	}

	@Test
	@DisplayName("INC-6 REN-4 a suspended registration may be renewed inside its window, once")
	void renewalWhileSuspended() {
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-02T10:00:00+09:00").toInstant()));
		Registration registration = registered();
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2028-04-10T10:00:00+09:00").toInstant()));
		String number = toJudgement(registration);
		Map<String, Object> answers = judgement("SUSPENSION");
		answers.put("suspensionMonths", 1);
		this.tasklist.submitForm(task(number, IncidentProcess.JUDGE), answers);
		var holder = this.applications.get(registration.getApplicationId()).getApplicant();
		String renewal = this.driver.applyForRenewal(holder, registration.getRegistrationNumber());
		assertThat(this.applications.get(renewal).getRenewalOfRegistrationId()).isEqualTo(registration.getId());
		assertThat(this.registrations.get(registration.getId()).getStatus()).isEqualTo(RegistrationStatus.SUSPENDED);
		assertThatThrownBy(() -> this.driver.applyForRenewal(holder, registration.getRegistrationNumber()))
			.hasMessageContaining("すでに受け付けています");

		fire(timer(number, IncidentProcess.SUSPENSION_ENDS));
		assertThat(this.registrations.get(registration.getId()).getStatus())
			.isEqualTo(RegistrationStatus.RENEWAL_APPLIED);
	}

	@Test
	@DisplayName("INC-6 two suspensions overlap: the registration is in force again only when the later one ends; a revoked registration is not suspended afterwards")
	void overlappingSuspensions() {
		Registration registration = registered();
		String first = toJudgement(registration);
		String second = toJudgement(registration);
		String third = toJudgement(registration);
		String fourth = toJudgement(registration);
		Map<String, Object> oneMonth = judgement("SUSPENSION");
		oneMonth.put("suspensionMonths", 1);
		this.tasklist.submitForm(task(first, IncidentProcess.JUDGE), oneMonth);
		Map<String, Object> threeMonths = judgement("SUSPENSION");
		threeMonths.put("suspensionMonths", 3);
		this.tasklist.submitForm(task(second, IncidentProcess.JUDGE), threeMonths);

		fire(timer(first, IncidentProcess.SUSPENSION_ENDS));
		assertThat(this.registrations.get(registration.getId()).getStatus()).as("the second suspension still runs")
			.isEqualTo(RegistrationStatus.SUSPENDED);
		assertThat(this.lifecycle.journal(registration)).extracting(RegistrationEvent::getDetail)
			.anyMatch((detail) -> detail.contains("による一時停止（"));
		fire(timer(second, IncidentProcess.SUSPENSION_ENDS));
		assertThat(this.registrations.get(registration.getId()).getStatus()).isEqualTo(RegistrationStatus.VALID);

		this.tasklist.submitForm(task(third, IncidentProcess.JUDGE), judgement("REVOCATION"));
		assertThat(this.tasklist.refused(task(fourth, IncidentProcess.JUDGE), oneMonth))
			.contains("【INC-6】登録 " + registration.getRegistrationNumber() + " は取消のため");
		this.tasklist.submitForm(task(fourth, IncidentProcess.JUDGE), judgement("CAUTION"));
		assertThat(this.registrations.get(registration.getId()).getStatus()).isEqualTo(RegistrationStatus.REVOKED);
	}

	@Test
	@DisplayName("INC-6 REN-5 a registration revoked while its renewal is assessed: the renewal's case says so, and it cannot be recorded as the continuation")
	void revokedDuringRenewal() {
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-02T10:00:00+09:00").toInstant()));
		Registration registration = registered();
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2028-04-10T10:00:00+09:00").toInstant()));
		String renewal = this.driver.applyForRenewal(
				this.applications.get(registration.getApplicationId()).getApplicant(),
				registration.getRegistrationNumber());
		String number = toJudgement(registration);
		this.tasklist.submitForm(task(number, IncidentProcess.JUDGE), judgement("REVOCATION"));
		assertThat(this.applications.journal(renewal))
			.anyMatch((event) -> event.getEvent().equals("RENEWED_REGISTRATION_ENDED"));

		this.driver.toDecision(renewal, false);
		this.driver.complete(renewal, AssessmentProcess.DECIDE_ELIGIBILITY);
		this.driver.executeJipdecJob(renewal);
		assertThatThrownBy(() -> this.driver.complete(renewal, AssessmentProcess.RECORD_REGISTRATION,
				Map.of("registrationNumber", registration.nextRenewalNumber(), "validFrom", "2028-12-01")))
			.hasMessageContaining("【REN-5】更新元の登録");
	}

	@Test
	@DisplayName("INC-6 a revocation ends the registration and its life cycle's timers")
	void revocation() {
		Registration registration = registered();
		ProcessInstance life = this.lifecycle.lifecycleOf(registration);
		String number = toJudgement(registration);
		this.tasklist.submitForm(task(number, IncidentProcess.JUDGE), judgement("REVOCATION"));
		assertThat(instance(number)).isNull();
		assertThat(this.registrations.get(registration.getId()).getStatus()).isEqualTo(RegistrationStatus.REVOKED);
		assertThat(life).isEnded();
		assertThat(this.managementService.createJobQuery().processInstanceId(life.getId()).count()).isZero();
		assertThat(this.incidents.get(number).getMeasure()).isEqualTo(IncidentMeasure.REVOCATION);
	}

	@Test
	@DisplayName("INC-1 INC-6 a business considering applying or under assessment reports too; without a registration only caution or advice can follow")
	void withoutRegistration() {
		String underAssessment = this.driver.applyOnline();
		Map<String, Object> assessed = new HashMap<>();
		assessed.put("reporterStatus", "UNDER_ASSESSMENT");
		assessed.put("applicationNumber", underAssessment);
		assessed.put("discoveredOn", this.calendar.today().toString());
		assessed.put("category", "LOSS");
		assessed.put("personsAffected", 5);
		assessed.put("summary", "社員5名分の履歴書を紛失した");
		assessed.put("reportKind", "FINAL");
		String assessedNumber = reported(assessed);
		assertThat(this.applications.journal(underAssessment))
			.anyMatch((event) -> event.getEvent().equals("INCIDENT_REPORTED"));

		Map<String, Object> considering = new HashMap<>(assessed);
		considering.put("reporterStatus", "CONSIDERING");
		considering.remove("applicationNumber");
		considering.put("businessName", "株式会社検討中" + ThreadLocalRandom.current().nextInt(100000));
		considering.put("corporateNumber", AssessmentDriver.newCorporateNumber());
		String number = reported(considering);
		Task judge = task(number, IncidentProcess.JUDGE);
		assertThat(this.formService.getTaskFormVariables(judge.getId()).get("measureNote")).asString()
			.contains("登録がない");
		Map<String, Object> suspension = judgement("SUSPENSION");
		suspension.put("suspensionMonths", 2);
		assertThat(this.tasklist.refused(judge, suspension)).contains("【INC-6】一時停止・取消は付与事業者の登録に対する措置です");
		this.tasklist.submitForm(judge, judgement("ADVICE"));
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(IncidentProcess.KEY)
			.processInstanceBusinessKey(number)
			.count()).isZero();
		assertThat(this.letters.findByCaseNumberOrderById(number)).singleElement()
			.satisfies((letter) -> assertThat(letter.getRecipient())
				.startsWith(considering.get("businessName").toString()));
		assertThat(this.incidents.get(assessedNumber).getApplicationId()).isNotNull();
	}

	@Test
	@DisplayName("CHG-5 INC-1 INC-2 INC-7 a report with an individual number, an unknown category, no registration or a future discovery date is refused, nothing saved")
	void refusals() {
		Registration registration = registered();
		Map<String, Object> myNumber = report(registration);
		myNumber.put("summary", "従業員の個人番号 123456789018 を含む書類を紛失");
		ResponseEntity<JsonNode> refused = post("/api/incidents", myNumber);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().path("violations").get(0).path("rule").asText()).isEqualTo("CHG-5");
		assertThat(refused.getBody().path("violations").get(0).path("field").asText()).isEqualTo("summary");

		Map<String, Object> category = report(registration);
		category.put("category", "FIRE");
		assertThat(post("/api/incidents", category).getBody().path("violations").findValuesAsText("rule"))
			.containsExactly("INC-7");
		Map<String, Object> noRegistration = report(registration);
		noRegistration.remove("registrationNumber");
		assertThat(post("/api/incidents", noRegistration).getBody().path("violations").findValuesAsText("field"))
			.containsExactly("registrationNumber");
		Map<String, Object> future = report(registration);
		future.put("discoveredOn", this.calendar.today().plusDays(1).toString());
		assertThat(post("/api/incidents", future).getBody().path("violations").findValuesAsText("rule"))
			.containsExactly("INC-2");
		assertThat(this.lifecycle.journal(registration)).extracting(RegistrationEvent::getEvent)
			.doesNotContain("INCIDENT_REPORTED");
	}

	@Test
	@DisplayName("INC-1 INC-7 CHG-5 staff enter a notice in Tasklist's start form; it is recorded under its number and the form's data leave the process")
	void enteredByStaff() {
		Registration registration = registered();
		Map<String, Object> form = new HashMap<>();
		form.put("channel", "MAIL");
		form.put("reporterStatus", "HOLDER");
		form.put("registrationNumber", registration.getRegistrationNumber());
		form.put("discoveredOn", this.calendar.today().toString());
		form.put("category", "LEAK");
		form.put("suspectedOnly", true);
		form.put("personsAffected", 150L);
		form.put("specificPersonal", true);
		form.put("specificPersons", 120L);
		form.put("summary", "従業員150名分の給与データ（うちマイナンバー120名分）の漏えいのおそれ");
		form.put("reportKind", "NOTICE");
		form.put("reportedOn", this.calendar.today().toString());
		Map<String, Object> withNumber = new HashMap<>(form);
		withNumber.put("summary", "対象者の個人番号 123456789018 ほか");
		assertThat(this.tasklist.refusedStart(IncidentProcess.KEY, withNumber)).contains("【CHG-5】");

		ProcessInstance entered = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(this.tasklist.startForm(IncidentProcess.KEY, form))
			.singleResult();
		String number = entered.getBusinessKey();
		assertThat(number).matches("IN\\d{4}-\\d{4}");
		assertThat(this.incidents.get(number).promptTriggerCodes()).containsExactly("MYNUMBER_OVER_100_PERSONS");
		assertThat(entered).isWaitingAt(IncidentProcess.RECEIVE_PROMPT, IncidentProcess.RECEIVE_FINAL);
		assertThat(this.runtimeService.getVariables(entered.getId())).doesNotContainKeys("summary", "category")
			.containsEntry(IncidentProcess.VAR_INCIDENT_NUMBER, number)
			.containsEntry(IncidentProcess.VAR_REGISTRATION_NUMBER, registration.getRegistrationNumber());
		// reception records the prompt report that came by mail
		this.tasklist.submitForm(task(number, IncidentProcess.RECEIVE_PROMPT),
				Map.of("reportReceivedOn", this.calendar.today().toString(), "reportSummary",
						"給与システムの設定誤りにより、給与明細が他の従業員から閲覧可能になっていた。", "reportChannel", "MAIL"));
		assertThat(instance(number)).isWaitingAt(IncidentProcess.RECEIVE_FINAL);
	}

	/** The tasks of Tasklist's filter 期限切れのタスク, as its query finds them now. */
	private List<String> overdueFilter() {
		Filter overdue = this.filterService.createFilterQuery().filterName("期限切れのタスク").singleResult();
		return this.filterService.<Task>list(overdue.getId()).stream().map(Task::getId).toList();
	}

}
