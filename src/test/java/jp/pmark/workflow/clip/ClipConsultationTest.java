package jp.pmark.workflow.clip;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.identity.StaffGroup;
import jp.pmark.workflow.incident.Incident;
import jp.pmark.workflow.incident.IncidentProcess;
import jp.pmark.workflow.incident.Incidents;
import jp.pmark.workflow.incident.ReporterStatus;
import jp.pmark.workflow.letter.Letter;
import jp.pmark.workflow.letter.LetterRepository;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.ProcessVariables;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * Complaint and leak consultations of certified CLIP businesses (CLIP-4, CLIP-5), through
 * the doors staff and businesses use: the portal's API, reception's start form and the
 * advisor's task in Tasklist.
 */
@PmarkSpringTest
class ClipConsultationTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String PORTAL = "t-clip-portal";

	static final String RESULT_LETTER = "CLIP_CONSULTATION_RESULT";

	@Autowired
	Tasklist tasklist;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	ClipConsultationDriver driver;

	@Autowired
	ClipConsultations consultations;

	@Autowired
	ClipConsultationRepository records;

	@Autowired
	AssessmentDriver assessments;

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
		TestUsers.ensure(this.identityService, PORTAL, List.of(StaffGroup.PORTAL_GROUP_ID));
	}

	@AfterEach
	void onlyDeclaredVariables() {
		// GEN-1 GEN-2: whatever the walk did, the process kept only its routing variables
		ProcessVariables.assertOnlyDeclared(this.processEngine.getHistoryService(), ClipConsultationProcess.PROCESS);
	}

	Tasklist.Response post(String user, Map<String, Object> body) {
		return this.tasklist.post(user, "/api/clip/consultations", JSON.valueToTree(body).toString());
	}

	static Map<String, Object> body(String enrolmentNumber, String kind, String firstHandling) {
		Map<String, Object> body = new HashMap<>();
		body.put("enrolmentNumber", enrolmentNumber);
		body.put("kind", kind);
		body.put("raisedBy", "BUSINESS");
		body.put("summary", "LEAK".equals(kind) ? "顧客名簿を添付したメールを別の顧客に誤送信した" : "顧客から個人情報の利用目的について苦情を受けた");
		if (firstHandling != null) {
			body.put("firstHandling", firstHandling);
			body.put("firstHandlingNote", "苦情窓口で利用目的を説明し、了解を得た。");
		}
		return body;
	}

	static List<String> violations(Tasklist.Response response) {
		List<String> found = new java.util.ArrayList<>();
		response.json()
			.path("violations")
			.forEach(
					(violation) -> found.add(violation.path("field").asText() + " " + violation.path("rule").asText()));
		return found;
	}

	ProcessInstance instance(String consultationNumber) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(ClipConsultationProcess.KEY)
			.processInstanceBusinessKey(consultationNumber)
			.singleResult();
	}

	Task handling(String consultationNumber) {
		return this.taskService.createTaskQuery()
			.processDefinitionKey(ClipConsultationProcess.KEY)
			.processInstanceBusinessKey(consultationNumber)
			.taskDefinitionKey(ClipConsultationProcess.HANDLE)
			.singleResult();
	}

	String today() {
		return this.calendar.today().toString();
	}

	List<String> letterKinds(String consultationNumber) {
		return this.letters.findByCaseNumberOrderById(consultationNumber).stream().map(Letter::getKind).toList();
	}

	@Test
	@DisplayName("CLIP-4 CLIP-5 GEN-2 a complainant's complaint the business has not handled yet, taken by phone in Tasklist, is recorded and passed to the business first; closing it is refused naming the rule")
	void complaintPassedToBusinessFirst() {
		Map<String, Object> form = new HashMap<>(this.driver.startAnswers(this.driver.certifiedBusiness()));
		form.put("firstHandling", "NOT_YET");
		form.remove("firstHandlingNote");
		String instanceId = this.tasklist.startForm(ClipConsultationProcess.KEY, form);
		ProcessInstance instance = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(instanceId)
			.singleResult();
		String number = instance.getBusinessKey();
		assertThat(number).matches("CC\\d{4}-\\d{4}");
		assertThat(instance).isWaitingAt(ClipConsultationProcess.HANDLE);
		ClipConsultation consultation = this.consultations.get(number);
		assertThat(consultation.getRaisedBy()).isEqualTo(ConsultationRaisedBy.COMPLAINANT);
		assertThat(consultation.getComplainantName()).isEqualTo("山本 花子");
		assertThat(consultation.getFirstHandling()).isEqualTo(ConsultationFirstHandling.NOT_YET);
		assertThat(consultation.getReceivedBy()).isEqualTo(Fixtures.RECEPTION);

		Task task = handling(number);
		assertThat(this.tasklist.userFor(task)).isEqualTo(Fixtures.CLIP_ADVISOR);
		assertThat(this.processEngine.getFormService().getTaskFormVariables(task.getId()).get("caseSummary").toString())
			.contains("事業者はまだ対応していない")
			.contains("山本 花子");
		assertThat(this.tasklist.refused(task, this.driver.closingAnswers())).contains("【CLIP-5】").contains("一次対応を依頼");
		assertThat(this.tasklist.refused(task,
				Map.of("advice", "事業者に伝えます", "outcome", "REPORT_AS_INCIDENT", "closedOn", today())))
			.contains("【CLIP-4】");
		this.tasklist.submitForm(task, Map.of("advice", "まず事業者の苦情窓口に申し出ていただくよう申出人に案内し、事業者に苦情の内容を伝えた。", "outcome",
				"REFER_TO_BUSINESS", "closedOn", today()));

		assertThat(instance).isEnded().hasPassed(ClipConsultationProcess.END_ANSWERED);
		consultation = this.consultations.get(number);
		assertThat(consultation.getOutcome()).isEqualTo(ConsultationOutcome.REFER_TO_BUSINESS);
		assertThat(consultation.getHandledBy()).isEqualTo(Fixtures.CLIP_ADVISOR);
		assertThat(consultation.getClosedOn()).isEqualTo(this.calendar.today());
		assertThat(consultation.getIncidentNumber()).isNull();
		assertThat(this.letters.findByCaseNumberOrderById(number)).singleElement().satisfies((letter) -> {
			assertThat(letter.getKind()).isEqualTo(RESULT_LETTER);
			assertThat(letter.getTitle()).isEqualTo("苦情・漏えい相談の結果について");
		});
	}

	@Test
	@DisplayName("CLIP-4 CLIP-5 a business's complaint its own desk handled first, sent through the portal, is answered by the advisor with advice; passing it back to the business is refused")
	void handledComplaintClosedWithAdvice() {
		String enrolment = this.driver.certifiedBusiness();
		Tasklist.Response created = post(PORTAL, body(enrolment, "COMPLAINT", "HANDLED"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String number = created.json().path("consultationNumber").asText();
		assertThat(created.json().path("state").asText()).isEqualTo("OPEN");
		assertThat(created.json().path("channel").asText()).isEqualTo("ONLINE");
		assertThat(instance(number)).isWaitingAt(ClipConsultationProcess.HANDLE);
		assertThat(this.consultations.get(number).getReceivedOn()).isEqualTo(this.calendar.today());

		Task task = handling(number);
		assertThat(this.tasklist.refused(task,
				Map.of("advice", "再度対応を", "outcome", "REFER_TO_BUSINESS", "closedOn", today())))
			.contains("【CLIP-5】");
		this.tasklist.submitForm(task, this.driver.closingAnswers());

		assertThat(instance(number)).isNull();
		Tasklist.Response status = this.tasklist.get(Fixtures.CLIP_ADVISOR, "/api/clip/consultations/" + number);
		assertThat(status.status()).isEqualTo(200);
		JsonNode answer = status.json();
		assertThat(answer.path("state").asText()).isEqualTo("ANSWERED");
		assertThat(answer.path("outcome").asText()).isEqualTo("CLOSED");
		assertThat(answer.path("enrolmentNumber").asText()).isEqualTo(enrolment);
		assertThat(letterKinds(number)).containsExactly(RESULT_LETTER);
	}

	@Test
	@DisplayName("CLIP-4 INC-1 INC-2 a leak of a business under Privacy Mark assessment becomes an incident report: the incident's process runs and the consultation keeps its number")
	void leakBecomesIncident() {
		String application = this.assessments.applyOnline();
		String corporateNumber = this.applications.get(application).getApplicant().getCorporateNumber();
		String enrolment = this.driver.certifiedBusiness(corporateNumber, null);
		Tasklist.Response created = post(Fixtures.RECEPTION, body(enrolment, "LEAK", null));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String number = created.json().path("consultationNumber").asText();
		Task task = handling(number);
		assertThat(
				this.processEngine.getFormService().getTaskFormVariables(task.getId()).get("incidentNote").toString())
			.contains("審査中事業者")
			.contains(application);

		Map<String, Object> answers = new HashMap<>();
		answers.put("advice", "事故の報告（第一報）として受け付けます。速報を5日以内に提出してください。");
		answers.put("outcome", "REPORT_AS_INCIDENT");
		answers.put("closedOn", today());
		answers.put("discoveredOn", this.calendar.today().minusDays(1).toString());
		answers.put("category", "LEAK");
		answers.put("sensitive", true);
		// INC-3: the number of persons is needed
		assertThat(this.tasklist.refused(task, answers)).contains("【INC-3】");
		answers.put("personsAffected", 12L);
		this.tasklist.submitForm(task, answers);

		ClipConsultation consultation = this.consultations.get(number);
		assertThat(consultation.getOutcome()).isEqualTo(ConsultationOutcome.REPORT_AS_INCIDENT);
		assertThat(consultation.getIncidentNumber()).matches("IN\\d{4}-\\d{4}");
		assertThat(consultation.getLeakFacts().personsAffected()).isEqualTo(12);
		Incident incident = this.incidents.get(consultation.getIncidentNumber());
		assertThat(incident.getReporterStatus()).isEqualTo(ReporterStatus.UNDER_ASSESSMENT);
		assertThat(incident.isPromptReportDue()).as("sensitive data: a prompt report is due (INC-3)").isTrue();
		ProcessInstance incidentProcess = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(IncidentProcess.KEY)
			.processInstanceBusinessKey(consultation.getIncidentNumber())
			.singleResult();
		assertThat(incidentProcess).isNotNull();
		assertThat(incidentProcess).isActive();
		assertThat(instance(number)).isNull();
		assertThat(this.letters.findByCaseNumberOrderById(number)).singleElement()
			.satisfies((letter) -> assertThat(letter.getContents()).contains(consultation.getIncidentNumber()));
		Tasklist.Response status = this.tasklist.get(Fixtures.RECEPTION, "/api/clip/consultations/" + number);
		assertThat(status.json().path("incidentNumber").asText()).isEqualTo(consultation.getIncidentNumber());
	}

	@Test
	@DisplayName("CLIP-4 INC-1 a leak of a business the Privacy Mark does not know is refused as an incident report (no report is called for) and closed with advice")
	void leakWithoutReportingDutyClosed() {
		String enrolment = this.driver.certifiedBusiness(AssessmentDriver.newCorporateNumber(), null);
		Tasklist.Response created = post(PORTAL, body(enrolment, "LEAK", null));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String number = created.json().path("consultationNumber").asText();
		Task task = handling(number);
		assertThat(
				this.processEngine.getFormService().getTaskFormVariables(task.getId()).get("incidentNote").toString())
			.contains("付与事業者・審査中事業者ではありません");

		Map<String, Object> answers = new HashMap<>();
		answers.put("advice", "本人への連絡と再発防止策を助言した。");
		answers.put("outcome", "REPORT_AS_INCIDENT");
		answers.put("closedOn", today());
		answers.put("discoveredOn", today());
		answers.put("category", "LEAK");
		answers.put("personsAffected", 3L);
		assertThat(this.tasklist.refused(task, answers)).contains("【CLIP-4】").contains("INC-1");
		assertThat(this.tasklist.refused(task,
				Map.of("advice", "事業者へ", "outcome", "REFER_TO_BUSINESS", "closedOn", today())))
			.contains("【CLIP-5】");
		this.tasklist.submitForm(task,
				Map.of("advice", "本人への連絡と再発防止策を助言した。", "outcome", "CLOSED", "closedOn", today()));

		ClipConsultation consultation = this.consultations.get(number);
		assertThat(consultation.getOutcome()).isEqualTo(ConsultationOutcome.CLOSED);
		assertThat(consultation.getIncidentNumber()).isNull();
		assertThat(consultation.getLeakFacts()).isNull();
		assertThat(letterKinds(number)).containsExactly(RESULT_LETTER);
	}

	@Test
	@DisplayName("CLIP-4 GEN-2 a business that is not certified gets no consultation: the API and the start form refuse it naming the field and the rule, and nothing is recorded")
	void uncertifiedRefused() {
		String enrolment = this.driver.uncertifiedBusiness();
		long before = this.records.count();
		Tasklist.Response refused = post(PORTAL, body(enrolment, "COMPLAINT", "HANDLED"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(violations(refused)).containsExactly("enrolmentNumber CLIP-4");
		assertThat(refused.json().path("violations").get(0).path("message").asText()).contains("認証されていません");
		assertThat(this.tasklist.refusedStart(ClipConsultationProcess.KEY, this.driver.startAnswers(enrolment)))
			.contains("【CLIP-4】");
		assertThat(this.records.count()).isEqualTo(before);
	}

	@Test
	@DisplayName("CLIP-4 CLIP-5 GEN-2 bad consultations are refused naming each field and rule: unknown codes, a complaint without the business's first handling, a leak from a complainant, a day in the future, a business that is not enrolled; an unknown consultation is not found")
	void badInputRefused() {
		String enrolment = this.driver.certifiedBusiness();
		Map<String, Object> bad = body(enrolment, "PRAISE", null);
		bad.put("channel", "FAX");
		assertThat(violations(post(PORTAL, bad))).contains("kind CLIP-4", "channel CLIP-4");
		assertThat(violations(post(PORTAL, body(enrolment, "COMPLAINT", null))))
			.containsExactly("firstHandling CLIP-5");
		Map<String, Object> handled = body(enrolment, "COMPLAINT", "IN_PROGRESS");
		handled.remove("firstHandlingNote");
		assertThat(violations(post(PORTAL, handled))).containsExactly("firstHandlingNote CLIP-5");
		Map<String, Object> leak = body(enrolment, "LEAK", "HANDLED");
		leak.put("raisedBy", "COMPLAINANT");
		assertThat(violations(post(PORTAL, leak))).contains("raisedBy CLIP-4", "firstHandling CLIP-5");
		Map<String, Object> future = body(enrolment, "COMPLAINT", "HANDLED");
		future.put("receivedOn", this.calendar.today().plusDays(1).toString());
		assertThat(violations(post(PORTAL, future))).containsExactly("receivedOn CLIP-4");
		future.put("receivedOn", "2026-02-30");
		assertThat(violations(post(PORTAL, future))).containsExactly("receivedOn CLIP-4");
		assertThat(violations(post(PORTAL, body("CL1999-9999", "COMPLAINT", "HANDLED"))))
			.containsExactly("enrolmentNumber CLIP-4");
		Map<String, Object> online = this.driver.startAnswers(enrolment);
		online.put("channel", "ONLINE");
		assertThat(this.tasklist.refusedStart(ClipConsultationProcess.KEY, online)).contains("【CLIP-4】");
		assertThat(this.tasklist.get(Fixtures.RECEPTION, "/api/clip/consultations/CC1999-0001").status())
			.isEqualTo(404);
		assertThat(this.tasklist.get(Fixtures.AUDITOR_A, "/api/clip/consultations/CC1999-0001").status())
			.isEqualTo(403);
	}

}
