package jp.pmark.workflow.clip;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import jp.pmark.workflow.applicant.ApplicantData;
import jp.pmark.workflow.applicant.Industry;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.identity.StaffGroup;
import jp.pmark.workflow.letter.Letter;
import jp.pmark.workflow.letter.LetterRepository;
import jp.pmark.workflow.letter.Letters;
import jp.pmark.workflow.support.ClipJobs;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.ProcessVariables;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * The CLIP mark end to end through the doors people use: enrolment by reception's start
 * form and by the API, the advisor's guidance and the reviewer's decision in Tasklist
 * (claim, submit-form), the self-check from the API, certification, and the engine's
 * timers of the yearly renewal and the lapse.
 */
@PmarkSpringTest
class ClipProcessTest {

	static final String PORTAL = "t-clip-portal";

	@Autowired
	ClipJobs clipJobs;

	@Autowired
	Tasklist tasklist;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	IdentityService identityService;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ClipBusinesses businesses;

	@Autowired
	ClipBusinessRepository businessRepository;

	@Autowired
	ClipCertificationRepository certifications;

	@Autowired
	ClipGuidanceSessionRepository sessions;

	@Autowired
	ClipSelfCheckRepository selfChecks;

	@Autowired
	LetterRepository letterRepository;

	@Autowired
	Letters letters;

	@Autowired
	ClipProperties properties;

	@Autowired
	JapaneseBusinessCalendar calendar;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Fixtures fixtures;

	@BeforeEach
	void engine() {
		init(this.processEngine);
		this.fixtures.ensure();
		TestUsers.ensure(this.identityService, PORTAL, List.of(StaffGroup.PORTAL_GROUP_ID));
	}

	@AfterEach
	void onlyDeclaredVariables() {
		// GEN-1 GEN-2: whatever the walk did, the processes kept only their routing
		// variables
		ProcessVariables.assertOnlyDeclared(this.historyService, ClipProcess.PROCESS);
		ProcessVariables.assertOnlyDeclared(this.historyService, ClipReviewProcess.PROCESS);
	}

	// --- the doors ---

	static Map<String, Object> enrolment(String plan, int employees) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("plan", plan);
		body.put("name", "テスト工房" + ThreadLocalRandom.current().nextInt(1_000_000));
		body.put("corporateNumber", AssessmentDriver.newCorporateNumber());
		body.put("representativeName", "木村 葵");
		body.put("postalCode", "150-0002");
		body.put("address", "東京都渋谷区渋谷3-3-3");
		body.put("contactName", "木村 葵");
		body.put("contactEmail", "kimura@example.jp");
		body.put("employees", employees);
		return body;
	}

	ResponseEntity<JsonNode> post(String path, Object body) {
		return this.rest.withBasicAuth(PORTAL, TestUsers.PASSWORD).postForEntity(path, body, JsonNode.class);
	}

	String enrolOnline(String plan, int employees) {
		ResponseEntity<JsonNode> response = post("/api/clip/businesses", enrolment(plan, employees));
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
		String number = response.getBody().path("enrolmentNumber").asText();
		settle(number);
		return number;
	}

	void settle(String number) {
		this.clipJobs.settle(number);
	}

	Task task(String number, String taskKey) {
		return this.taskService.createTaskQuery()
			.processDefinitionKey(ClipReviewProcess.KEY)
			.processInstanceBusinessKey(number)
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	ProcessInstance instance(String number) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(ClipProcess.KEY)
			.processInstanceBusinessKey(number)
			.singleResult();
	}

	void guide(String number, Map<String, Object> answers) {
		this.tasklist.submitForm(task(number, ClipReviewProcess.GUIDE), answers);
	}

	static Map<String, Object> session(String mode, String nextStep) {
		Map<String, Object> answers = new HashMap<>();
		answers.put("mode", mode);
		answers.put("topics", "利用目的の特定と公表、安全管理措置の手順");
		answers.put("nextStep", nextStep);
		return answers;
	}

	/** Every legal duty met (L08, L10..L12 not applicable), no optional item. */
	Map<String, Object> fullSelfCheck() {
		Map<String, String> answers = new LinkedHashMap<>();
		for (String id : List.of("L01", "L02", "L03", "L04", "L05", "L06", "L07", "L09", "L13", "L14")) {
			answers.put(id, "YES");
		}
		for (String id : List.of("L08", "L10", "L11", "L12")) {
			answers.put(id, "NOT_APPLICABLE");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("answers", answers);
		body.put("declaredBy", "代表 木村 葵");
		body.put("declaredOn", this.calendar.today().toString());
		body.put("submittedOn", this.calendar.today().toString());
		return body;
	}

	void certifyByReviewer(String number) {
		this.tasklist.submitForm(task(number, ClipReviewProcess.REVIEW),
				Map.of("decision", "CERTIFY", "declarationConfirmed", true));
		settle(number);
	}

	/** Enrolled online, guided once and certified on a complete self-check. */
	String certified(String plan) {
		String number = enrolOnline(plan, 3);
		guide(number, session(plan.equals("LIGHT") ? "MAIL" : "ONLINE", "SELF_CHECK"));
		assertThat(post("/api/clip/businesses/" + number + "/self-checks", fullSelfCheck()).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		certifyByReviewer(number);
		return number;
	}

	List<String> letterKinds(String number) {
		return this.letterRepository.findByCaseNumberOrderById(number).stream().map(Letter::getKind).toList();
	}

	Map<String, Object> letter(String number, String kind) {
		Letter letter = this.letterRepository.findByCaseNumberOrderById(number)
			.stream()
			.filter((candidate) -> candidate.getKind().equals(kind))
			.reduce((first, second) -> second)
			.orElseThrow();
		return this.letters.contents(letter);
	}

	Job timer(String number, String activityId) {
		return this.managementService.createJobQuery()
			.processInstanceId(instance(number).getId())
			.activityId(activityId)
			.singleResult();
	}

	Job renewalTimer(String number, String activityId) {
		return this.managementService.createJobQuery().activityId(activityId).list().stream().filter((job) -> {
			ProcessInstance owner = this.runtimeService.createProcessInstanceQuery()
				.processInstanceId(job.getProcessInstanceId())
				.singleResult();
			return owner != null && number.equals(owner.getBusinessKey());
		}).findFirst().orElseThrow();
	}

	static List<String> rules(ResponseEntity<JsonNode> response) {
		return response.getBody().path("violations").findValuesAsText("rule");
	}

	static List<String> fields(ResponseEntity<JsonNode> response) {
		return response.getBody().path("violations").findValuesAsText("field");
	}

	// --- the walks ---

	@Test
	@DisplayName("CLIP-1 CLIP-2 CLIP-3 CLIP-4 CLIP-5 GEN-3 a one-person business enrolled by reception in Tasklist is guided by its advisor by mail (its plan), returned once for a legal duty not met, then certified on its API self-check: certificate number, one year, insurance attached, the association its complaint contact, letters")
	void onePersonBusinessCertified() {
		Map<String, Object> answers = enrolment("LIGHT", 1);
		answers.put("corporateNumber", null);
		String processId = this.tasklist.startForm(ClipProcess.KEY, answers);
		String number = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(processId)
			.singleResult()
			.getBusinessKey();
		settle(number);
		ClipBusiness business = this.businesses.get(number);
		assertThat(number).matches("CL\\d{4}-\\d{4}");
		assertThat(business.getEmployees()).isEqualTo(1);
		assertThat(business.getCorporateNumber()).as("a sole proprietor has none").isNull();
		assertThat(business.getAdvisor()).isNotNull();
		Task guide = task(number, ClipReviewProcess.GUIDE);
		assertThat(guide.getAssignee()).as("CLIP-2 the dedicated advisor").isEqualTo(business.getAdvisor());
		assertThat(letterKinds(number)).containsExactly("CLIP_ENROLMENT");
		@SuppressWarnings("unchecked")
		Map<String, Object> invoice = (Map<String, Object>) letter(number, "CLIP_ENROLMENT").get("請求書");
		assertThat(invoice.get("ご請求金額（税込）"))
			.isEqualTo(ClipTexts.yen(this.properties.scheduleOn(this.calendar.today()).light().yearlyFee()));

		// CLIP-2: a Light plan is guided by mail; an online session is refused
		assertThat(this.tasklist.refused(guide, session("ONLINE", "GUIDE"))).contains("【CLIP-2】");
		guide(number, session("MAIL", "GUIDE"));
		guide(number, session("MAIL", "SELF_CHECK"));
		assertThat(this.sessions.findByBusinessIdOrderById(business.getId())).hasSize(2)
			.allSatisfy((recorded) -> assertThat(recorded.getBilledYen()).isZero());

		// CLIP-3: the advisor enters a checklist with L06 (safety measures) not met
		List<String> compliant = new ArrayList<>(
				List.of("L01", "L02", "L03", "L04", "L05", "L07", "L09", "L13", "L14"));
		Task receive = task(number, ClipReviewProcess.RECEIVE_SELF_CHECK);
		this.tasklist.submitForm(receive,
				Map.of("compliantItems", compliant, "notApplicableItems", List.of("L08", "L10", "L11", "L12"),
						"optionalItems", List.of("D01"), "declaredBy", "木村 葵", "declaredOn",
						this.calendar.today().toString(), "submittedOn", this.calendar.today().toString()));
		assertThat(this.businesses.get(number).getStatus()).isEqualTo(ClipStatus.UNDER_REVIEW);
		Task review = task(number, ClipReviewProcess.REVIEW);
		assertThat(this.tasklist.refused(review, Map.of("decision", "CERTIFY", "declarationConfirmed", true)))
			.contains("【CLIP-3】")
			.contains("L06");
		assertThat(this.tasklist.refused(review, Map.of("decision", "RETURN"))).contains("【CLIP-3】");
		this.tasklist.submitForm(review, Map.of("decision", "RETURN", "reasons", "安全管理措置（L06）の手順が定められていません。"));
		assertThat(letter(number, "CLIP_SELF_CHECK_RETURNED").get("差し戻しの理由").toString()).contains("L06");
		assertThat(this.businesses.get(number).getStatus()).isEqualTo(ClipStatus.GUIDANCE);

		// back to the advisor; then the business sends its self-check itself
		guide(number, session("MAIL", "SELF_CHECK"));
		assertThat(post("/api/clip/businesses/" + number + "/self-checks", fullSelfCheck()).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		assertThat(this.selfChecks.findFirstByBusinessIdOrderByIdDesc(business.getId()).orElseThrow().getChannel())
			.isEqualTo("API");
		certifyByReviewer(number);

		ClipBusiness certified = this.businesses.get(number);
		LocalDate today = this.calendar.today();
		assertThat(certified.getStatus()).isEqualTo(ClipStatus.CERTIFIED);
		assertThat(certified.getCertificateNumber()).matches("CLIP-\\d{6}");
		assertThat(certified.getValidFrom()).isEqualTo(today);
		assertThat(certified.getValidUntil()).isEqualTo(today.plusYears(1).minusDays(1));
		assertThat(certified.getLastReviewOn()).isEqualTo(today);
		assertThat(certified.isComplaintContact()).as("CLIP-5").isTrue();
		assertThat(certified.getLearningToken()).hasSizeGreaterThan(20);
		ClipCertification year = this.certifications.findByBusinessIdOrderByCycle(certified.getId()).get(0);
		assertThat(year.getInsurer()).isEqualTo(this.properties.insurance().insurer());
		assertThat(year.getInsuranceCoverYen()).isEqualTo(this.properties.insurance().basicCover());
		assertThat(letterKinds(number)).containsExactly("CLIP_ENROLMENT", "CLIP_SELF_CHECK_RETURNED",
				"CLIP_CERTIFICATE");
		Map<String, Object> notice = letter(number, "CLIP_CERTIFICATE");
		assertThat(notice.get("認証番号")).isEqualTo(certified.getCertificateNumber());
		assertThat(notice.get("サイバーセキュリティ保険").toString()).contains("お申込みは不要");
		assertThat(notice.get("苦情の申出先").toString()).contains("まず貴社の窓口");
		assertThat(notice.get("eラーニング").toString()).endsWith(certified.getLearningToken());
		assertThat(instance(number)).isWaitingAt(ClipProcess.REMINDER_DUE);
		assertThat(timer(number, ClipProcess.REMINDER_DUE).getDuedate())
			.isEqualTo(java.util.Date.from(certified.getValidUntil()
				.minusDays(this.properties.remindDaysBefore())
				.atStartOfDay(ZoneId.of("Asia/Tokyo"))
				.toInstant()));
	}

	@Test
	@DisplayName("CLIP-6 CLIP-2 engine timers from the validity remind and open the renewal (the year's fee invoiced); an Active plan's visit is billed per day plus travel; switching to Standard at renewal stops the billing; the renewal certifies the next year from the day after the last; then the next year lapses unrenewed")
	void renewalAndLapse() {
		String number = certified("ACTIVE");
		ClipBusiness first = this.businesses.get(number);
		assertThat(first.getCycle()).isEqualTo(1);

		this.managementService.executeJob(timer(number, ClipProcess.REMINDER_DUE).getId());
		assertThat(letterKinds(number)).contains("CLIP_RENEWAL_REMINDER");
		assertThat(instance(number)).isWaitingAt(ClipProcess.RENEWAL_OPENS);
		assertThat(timer(number, ClipProcess.RENEWAL_OPENS).getDuedate())
			.isEqualTo(java.util.Date.from(first.getValidUntil()
				.minusDays(this.properties.renewalOpensDaysBefore())
				.atStartOfDay(ZoneId.of("Asia/Tokyo"))
				.toInstant()));
		this.managementService.executeJob(timer(number, ClipProcess.RENEWAL_OPENS).getId());
		settle(number);
		ClipBusiness renewing = this.businesses.get(number);
		assertThat(renewing.getCycle()).isEqualTo(2);
		assertThat(renewing.getStatus()).isEqualTo(ClipStatus.RENEWING);
		assertThat(letter(number, "CLIP_RENEWAL_INVOICE").get("更新の支援").toString()).contains("訪問日数分");

		// CLIP-6: Active: a visit day at the plan's fee plus travel at cost
		Map<String, Object> visit = session("VISIT", "GUIDE");
		visit.put("visitDays", 2);
		visit.put("travelCostYen", 4560);
		visit.put("rulesDrafted", "個人情報取扱規程の改定");
		guide(number, visit);
		long fee = this.properties.scheduleOn(this.calendar.today()).active().visitDayFee();
		assertThat(this.sessions.findByBusinessIdAndCycleOrderById(renewing.getId(), 2)).singleElement()
			.satisfies((recorded) -> assertThat(recorded.getBilledYen()).isEqualTo(2 * fee + 4560));

		// switching to Standard: visits are not Standard's, online is free
		Map<String, Object> switched = session("VISIT", "GUIDE");
		switched.put("visitDays", 1);
		switched.put("switchToPlan", "STANDARD");
		assertThat(this.tasklist.refused(task(number, ClipReviewProcess.GUIDE), switched)).contains("【CLIP-2】");
		Map<String, Object> online = session("ONLINE", "SELF_CHECK");
		online.put("switchToPlan", "STANDARD");
		guide(number, online);
		assertThat(this.businesses.get(number).getPlan()).isEqualTo(ClipPlan.STANDARD);
		assertThat(this.sessions.findByBusinessIdAndCycleOrderById(renewing.getId(), 2)).hasSize(2)
			.last()
			.satisfies((recorded) -> assertThat(recorded.getBilledYen()).isZero());
		assertThat(post("/api/clip/businesses/" + number + "/self-checks", fullSelfCheck()).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		certifyByReviewer(number);

		ClipBusiness renewed = this.businesses.get(number);
		assertThat(renewed.getStatus()).isEqualTo(ClipStatus.CERTIFIED);
		assertThat(renewed.getCertificateNumber()).isEqualTo(first.getCertificateNumber());
		assertThat(renewed.getCertifiedSince()).isEqualTo(first.getCertifiedSince());
		assertThat(renewed.getValidFrom()).isEqualTo(first.getValidUntil().plusDays(1));
		assertThat(renewed.getValidUntil()).isEqualTo(first.getValidUntil().plusYears(1));
		assertThat(this.certifications.findByBusinessIdOrderByCycle(renewed.getId())).hasSize(2);
		assertThat(letterKinds(number)).contains("CLIP_SUPPORT_INVOICE");
		@SuppressWarnings("unchecked")
		Map<String, Object> invoice = (Map<String, Object>) letter(number, "CLIP_SUPPORT_INVOICE").get("請求書");
		assertThat(invoice.get("ご請求金額（税込）")).isEqualTo(ClipTexts.yen(2 * fee + 4560));

		// the next year: reminder, renewal, and no review before the validity ends
		this.managementService.executeJob(timer(number, ClipProcess.REMINDER_DUE).getId());
		this.managementService.executeJob(timer(number, ClipProcess.RENEWAL_OPENS).getId());
		settle(number);
		Job lapse = timer(number, ClipProcess.VALIDITY_ENDS);
		assertThat(lapse.getDuedate()).isEqualTo(this.calendar.endOfDay(renewed.getValidUntil()));
		this.managementService.executeJob(lapse.getId());
		assertThat(instance(number)).isNull();
		assertThat(this.historyService.createHistoricActivityInstanceQuery()
			.activityId(ClipProcess.END_LAPSED)
			.list()
			.stream()
			.anyMatch((end) -> this.historyService.createHistoricProcessInstanceQuery()
				.processInstanceId(end.getProcessInstanceId())
				.singleResult()
				.getBusinessKey()
				.equals(number)))
			.isTrue();
		ClipBusiness lapsed = this.businesses.get(number);
		assertThat(lapsed.getStatus()).isEqualTo(ClipStatus.LAPSED);
		assertThat(lapsed.isComplaintContact()).isFalse();
		assertThat(letterKinds(number)).last().isEqualTo("CLIP_LAPSED");
		assertThat(task(number, ClipReviewProcess.GUIDE)).as("the renewal's guidance ended with it").isNull();
	}

	@Test
	@DisplayName("CLIP-1 a Privacy Mark applicant refused for having one full-time person is enrolled from its case with its data carried over; a case with two or more is refused, and so is a second enrolment from the same case")
	void enrolledFromPrivacyMarkCase() {
		String corporateNumber = AssessmentDriver.newCorporateNumber();
		String applicationNumber = this.driver.applyOnline(new ApplicantData("ひとり設計事務所", "ヒトリセッケイジムショ", corporateNumber,
				"160-0022", "東京都新宿区新宿1-1-1", "代表", "森 一人", "森 一人", null, "160-0022", "東京都新宿区新宿1-1-1", "03-0000-1111",
				"mori@example.jp", Industry.SERVICES, 1_000_000L, 1, 1));
		Map<String, Object> body = Map.of("plan", "STANDARD", "fromApplicationNumber", applicationNumber);
		ResponseEntity<JsonNode> response = post("/api/clip/businesses", body);
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
		ClipBusiness business = this.businesses.get(response.getBody().path("enrolmentNumber").asText());
		assertThat(business.getName()).isEqualTo("ひとり設計事務所");
		assertThat(business.getCorporateNumber()).isEqualTo(corporateNumber);
		assertThat(business.getContactEmail()).isEqualTo("mori@example.jp");
		assertThat(business.getEmployees()).isEqualTo(1);
		assertThat(business.getFromApplicationNumber()).isEqualTo(applicationNumber);
		assertThat(instance(business.getEnrolmentNumber())).isNotNull();

		ResponseEntity<JsonNode> again = post("/api/clip/businesses", body);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(rules(again)).contains("CLIP-1");
		assertThat(fields(again)).contains("fromApplicationNumber");

		String larger = this.driver.applyOnline();
		ResponseEntity<JsonNode> refused = post("/api/clip/businesses",
				Map.of("plan", "STANDARD", "fromApplicationNumber", larger));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).containsExactly("fromApplicationNumber");
		assertThat(refused.getBody().path("violations").get(0).path("message").asText()).contains("常勤1名");
	}

	@Test
	@DisplayName("CLIP-2 CLIP-6 a business that withdraws during guidance ends its case with the reason; its Active visits are invoiced; a plan switch before any renewal is refused")
	void withdrawal() {
		String number = enrolOnline("ACTIVE", 12);
		Map<String, Object> early = session("ONLINE", "GUIDE");
		early.put("switchToPlan", "STANDARD");
		assertThat(this.tasklist.refused(task(number, ClipReviewProcess.GUIDE), early)).contains("【CLIP-6】");
		Map<String, Object> visit = session("VISIT", "WITHDRAW");
		visit.put("visitDays", 1);
		visit.put("travelCostYen", 0);
		assertThat(this.tasklist.refused(task(number, ClipReviewProcess.GUIDE), visit)).contains("【CLIP-2】");
		visit.put("withdrawalReason", "社内の体制が整わないため、来年度に改めて申し込む");
		guide(number, visit);
		settle(number);
		assertThat(instance(number)).isNull();
		ClipBusiness business = this.businesses.get(number);
		assertThat(business.getStatus()).isEqualTo(ClipStatus.WITHDRAWN);
		assertThat(business.getEndReason()).contains("来年度");
		assertThat(letterKinds(number)).containsExactly("CLIP_ENROLMENT", "CLIP_WITHDRAWN", "CLIP_SUPPORT_INVOICE");
	}

	@Test
	@DisplayName("CLIP-3 the reviewer is never the business's own advisor: a person in both groups is not offered the review of a business they guide")
	void advisorNeverReviews() {
		String number = null;
		for (int i = 0; i < 20 && number == null; i++) {
			String candidate = enrolOnline("STANDARD", 2);
			if (Fixtures.CLIP_BOTH.equals(this.businesses.get(candidate).getAdvisor())) {
				number = candidate;
			}
		}
		assertThat(number).as("the least busy advisor gets the next business").isNotNull();
		guide(number, session("ONLINE", "SELF_CHECK"));
		assertThat(post("/api/clip/businesses/" + number + "/self-checks", fullSelfCheck()).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		Task review = task(number, ClipReviewProcess.REVIEW);
		Tasklist.Response claimed = this.tasklist.claim(review.getId(), Fixtures.CLIP_BOTH);
		assertThat(claimed.status()).isEqualTo(403);
		assertThat(claimed.body()).contains("CLIP-3");
		certifyByReviewer(number);
		assertThat(this.businesses.get(number).getStatus()).isEqualTo(ClipStatus.CERTIFIED);
	}

	@Test
	@DisplayName("CLIP-1 CLIP-3 GEN-2 bad enrolments and self-checks are refused with field and rule, and nothing is recorded: no plan, no one employed, a wrong corporate number, one already enrolled, an unknown or unanswered item, 該当なし where the Act gives none, a self-check nobody awaits")
	void badInputRefused() {
		long before = countBusinesses();
		Map<String, Object> zero = enrolment("STANDARD", 0);
		zero.put("plan", "GOLD");
		zero.put("corporateNumber", "1234567890123");
		ResponseEntity<JsonNode> refused = post("/api/clip/businesses", zero);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).contains("plan", "employees", "corporateNumber");
		assertThat(rules(refused)).contains("CLIP-1");
		assertThat(countBusinesses()).isEqualTo(before);

		Map<String, Object> first = enrolment("LIGHT", 4);
		assertThat(post("/api/clip/businesses", first).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map<String, Object> twice = enrolment("STANDARD", 4);
		twice.put("corporateNumber", first.get("corporateNumber"));
		assertThat(rules(post("/api/clip/businesses", twice))).containsExactly("CLIP-1");

		String number = enrolOnline("STANDARD", 2);
		ResponseEntity<JsonNode> early = post("/api/clip/businesses/" + number + "/self-checks", fullSelfCheck());
		assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(rules(early)).containsExactly("CLIP-3");
		guide(number, session("ONLINE", "SELF_CHECK"));
		Map<String, Object> bad = fullSelfCheck();
		@SuppressWarnings("unchecked")
		Map<String, String> answers = (Map<String, String>) bad.get("answers");
		answers.remove("L05");
		answers.put("L06", "NOT_APPLICABLE");
		answers.put("X99", "YES");
		answers.put("L07", "MAYBE");
		bad.put("declaredOn", "2026/13/01");
		ResponseEntity<JsonNode> badCheck = post("/api/clip/businesses/" + number + "/self-checks", bad);
		assertThat(badCheck.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(badCheck)).contains("answers.L05", "answers.L06", "answers.X99", "answers.L07", "declaredOn");
		assertThat(rules(badCheck)).containsOnly("CLIP-3");
		assertThat(task(number, ClipReviewProcess.RECEIVE_SELF_CHECK)).as("still awaiting it").isNotNull();
		assertThat(this.rest.withBasicAuth(PORTAL, TestUsers.PASSWORD)
			.postForEntity("/api/clip/businesses/CL1999-9999/self-checks", fullSelfCheck(), JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	long countBusinesses() {
		return this.businessRepository.count();
	}

}
