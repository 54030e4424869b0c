package jp.pmark.workflow.change;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import jp.pmark.workflow.applicant.Applicant;
import jp.pmark.workflow.applicant.ApplicantField;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.letter.Letter;
import jp.pmark.workflow.letter.LetterRepository;
import jp.pmark.workflow.registration.Registration;
import jp.pmark.workflow.registration.RegistrationLifecycle;
import jp.pmark.workflow.registration.Registrations;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.ProcessVariables;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.TestUsers;
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
 * Change reports: checked by code, verified by reception, applied to the applicant's
 * record with its history, and visible on a running assessment.
 */
@PmarkSpringTest
class ChangeReportTest {

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
	TestRestTemplate rest;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Applications applications;

	@Autowired
	ApplicantService applicants;

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationLifecycle lifecycle;

	@Autowired
	ChangeReports reports;

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

	Registration registered() {
		String number = this.driver.toDecision(false);
		String registrationNumber = AssessmentDriver.newRegistrationNumber();
		this.driver.decideAndRegister(number, registrationNumber, this.calendar.today().plusDays(10));
		return this.registrations.find(registrationNumber).orElseThrow();
	}

	Applicant holder(Registration registration) {
		return this.applicants.get(registration.getApplicantId());
	}

	static ByteArrayResource file(String name) {
		return new ByteArrayResource(AssessmentDriver.pdf()) {
			@Override
			public String getFilename() {
				return name;
			}
		};
	}

	MultiValueMap<String, Object> report(String registrationNumber, String... kinds) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("registrationNumber", registrationNumber);
		form.add("reportedOn", this.calendar.today().toString());
		for (String kind : kinds) {
			form.add("kinds", kind);
		}
		form.add("reportForm", file("変更報告書.pdf"));
		return form;
	}

	ResponseEntity<JsonNode> post(MultiValueMap<String, Object> form) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.withBasicAuth(Fixtures.RECEPTION, TestUsers.PASSWORD)
			.postForEntity("/api/change-reports", new HttpEntity<>(form, headers), JsonNode.class);
	}

	static List<String> rules(ResponseEntity<JsonNode> response) {
		return response.getBody().path("violations").findValuesAsText("rule");
	}

	Task task(String reportNumber, String taskKey) {
		return this.taskService.createTaskQuery()
			.processInstanceBusinessKey(reportNumber)
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	void complete(String reportNumber, String taskKey, Map<String, Object> answers) {
		this.tasklist.submitForm(task(reportNumber, taskKey), answers);
	}

	ProcessInstance instance(String reportNumber) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(ChangeReportProcess.KEY)
			.processInstanceBusinessKey(reportNumber)
			.singleResult();
	}

	List<String> letterKinds(String reportNumber) {
		return this.letters.findByCaseNumberOrderById(reportNumber).stream().map(Letter::getKind).toList();
	}

	@AfterEach
	void onlyDeclaredVariables() {
		// GEN-1 GEN-2: whatever the walk did, the process kept only its routing variables
		ProcessVariables.assertOnlyDeclared(this.processEngine.getHistoryService(), ChangeReportProcess.PROCESS);
	}

	@Test
	@DisplayName("CHG-1 CHG-2 CHG-4 CHG-7 a name change reported online with the corporate number is verified by reception and applied with its history")
	void nameChangeApplied() {
		Registration registration = registered();
		Applicant holder = holder(registration);
		String oldName = holder.getName();
		MultiValueMap<String, Object> form = report(registration.getRegistrationNumber(), "NAME");
		form.add("corporateNumber", holder.getCorporateNumber());
		form.add("newName", "株式会社新商号" + ThreadLocalRandom.current().nextInt(100000));
		ResponseEntity<JsonNode> response = post(form);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String number = response.getBody().path("reportNumber").asText();
		assertThat(number).matches("CR\\d{4}-\\d{4}");
		assertThat(instance(number)).isWaitingAt(ChangeReportProcess.VERIFY);
		assertThat(this.applicants.get(holder.getId()).getName()).as("nothing changes before verification")
			.isEqualTo(oldName);

		Task verify = task(number, ChangeReportProcess.VERIFY);
		assertThat(this.formService.getTaskFormVariables(verify.getId()).get("changesText").toString())
			.contains("事業者名：" + oldName + " → 株式会社新商号");
		assertThat(this.formService.getTaskFormVariables(verify.getId()).get("needsPublicationCheck")).isEqualTo(true);
		assertThatThrownBy(() -> complete(number, ChangeReportProcess.VERIFY, Map.of("verificationOutcome", "APPLY")))
			.hasMessageContaining("【CHG-4】");
		complete(number, ChangeReportProcess.VERIFY,
				Map.of("verificationOutcome", "APPLY", "oldDetailsConfirmed", true));

		assertThat(instance(number)).isNull();
		Applicant changed = this.applicants.get(holder.getId());
		assertThat(changed.getName()).startsWith("株式会社新商号");
		assertThat(this.applicants.history(holder.getId())).anySatisfy((change) -> {
			assertThat(change.getField()).isEqualTo(ApplicantField.NAME);
			assertThat(change.getOldValue()).isEqualTo(oldName);
			assertThat(change.getNewValue()).isEqualTo(changed.getName());
			assertThat(change.getSource()).isEqualTo("変更報告 " + number);
			assertThat(change.getChangedBy()).isNotBlank();
			assertThat(change.getChangedAt()).isNotNull();
		});
		assertThat(this.reports.get(number).getStatus()).isEqualTo(ChangeReport.Status.APPLIED);
		assertThat(letterKinds(number)).containsExactly("CHANGE_APPLIED");

		JsonNode history = this.rest.withBasicAuth(Fixtures.RECEPTION, TestUsers.PASSWORD)
			.getForEntity("/api/change-history?registrationNumber=" + registration.getRegistrationNumber(),
					JsonNode.class)
			.getBody();
		assertThat(history.path("changes").findValuesAsText("source")).contains("変更報告 " + number);
	}

	@Test
	@DisplayName("CHG-2 CHG-5 CHG-6 GEN-2 a name or head-office change without the business's corporate number, with a wrong one, or with an individual number is refused")
	void corporateNumberChecks() {
		Registration registration = registered();
		Applicant holder = holder(registration);
		MultiValueMap<String, Object> missing = report(registration.getRegistrationNumber(), "HEAD_OFFICE");
		missing.add("newAddress", "大阪府大阪市北区梅田1-1-1");
		assertThat(rules(post(missing))).containsExactly("CHG-2");

		MultiValueMap<String, Object> badDigit = report(registration.getRegistrationNumber(), "HEAD_OFFICE");
		badDigit.add("newAddress", "大阪府大阪市北区梅田1-1-1");
		badDigit.add("corporateNumber", "7000012050003");
		assertThat(rules(post(badDigit))).containsExactly("CHG-6");

		MultiValueMap<String, Object> twelve = report(registration.getRegistrationNumber(), "HEAD_OFFICE");
		twelve.add("newAddress", "大阪府大阪市北区梅田1-1-1");
		twelve.add("corporateNumber", "123456789018");
		assertThat(rules(post(twelve))).containsExactly("CHG-5");

		MultiValueMap<String, Object> other = report(registration.getRegistrationNumber(), "HEAD_OFFICE");
		other.add("newAddress", "大阪府大阪市北区梅田1-1-1");
		other.add("corporateNumber", AssessmentDriver.newCorporateNumber());
		assertThat(rules(post(other))).containsExactly("CHG-2");

		MultiValueMap<String, Object> myNumber = report(registration.getRegistrationNumber(), "HEAD_OFFICE");
		myNumber.add("corporateNumber", holder.getCorporateNumber());
		myNumber.add("newAddress", "大阪府大阪市北区梅田1-1-1 担当 123456789018");
		ResponseEntity<JsonNode> refused = post(myNumber);
		assertThat(rules(refused)).containsExactly("CHG-5");
		assertThat(refused.getBody().path("violations").get(0).path("message").asText()).contains("法律");
		assertThat(refused.getBody().path("violations").get(0).path("field").asText()).isEqualTo("newAddress");

		MultiValueMap<String, Object> nothing = report(registration.getRegistrationNumber());
		assertThat(rules(post(nothing))).containsExactly("CHG-1");
		assertThat(this.applicants.history(holder.getId())).isEmpty();
	}

	@Test
	@DisplayName("CHG-2 a business without a corporate number reports a head-office change with a public document instead")
	void proofWithoutCorporateNumber() {
		String number = this.driver
			.applyOnline(AssessmentDriver.applicant(null, "個人事業 山田商店" + ThreadLocalRandom.current().nextInt(100000)));
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("applicationNumber", number);
		form.add("reportedOn", this.calendar.today().toString());
		form.add("kinds", "HEAD_OFFICE");
		form.add("newPostalCode", "530-0001");
		form.add("newAddress", "大阪府大阪市北区梅田2-2-2");
		ResponseEntity<JsonNode> withoutProof = post(form);
		assertThat(rules(withoutProof)).containsExactly("CHG-2");
		assertThat(withoutProof.getBody().path("violations").get(0).path("message").asText()).contains("税務署", "年金");
		form.add("proofType", "TAX_OFFICE");
		form.add("proof", file("開廃業等届出書.pdf"));
		ResponseEntity<JsonNode> accepted = post(form);
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(accepted.getBody().path("documents").toString()).contains("公的機関の受付印のある証憑");
	}

	@Test
	@DisplayName("CHG-1 CHG-3 a representative change is reported only under assessment, with the registry page, and shows on the assessment's forms")
	void representativeUnderAssessment() {
		Registration registration = registered();
		MultiValueMap<String, Object> registered = report(registration.getRegistrationNumber(), "REPRESENTATIVE");
		registered.add("newRepresentativeName", "鈴木 次郎");
		registered.add("registryPage", file("登記事項証明書.pdf"));
		assertThat(rules(post(registered))).containsExactly("CHG-3");

		String number = this.driver.applyOnline();
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("applicationNumber", number);
		form.add("reportedOn", this.calendar.today().toString());
		form.add("kinds", "REPRESENTATIVE");
		form.add("newRepresentativeTitle", "代表取締役社長");
		form.add("newRepresentativeName", "髙橋 次郎");
		assertThat(rules(post(form))).containsExactly("CHG-3");
		form.add("registryPage", file("登記事項証明書.pdf"));
		ResponseEntity<JsonNode> accepted = post(form);
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String reportNumber = accepted.getBody().path("reportNumber").asText();

		// the next form of the running assessment shows the report
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		Task screening = this.driver.task(number, AssessmentProcess.SCREEN_DISQUALIFICATION);
		assertThat(this.formService.getTaskFormVariables(screening.getId()).get("caseSummary").toString())
			.contains("変更報告：" + reportNumber, "代表者", "確認待ち", "→ 髙橋 次郎");
		complete(reportNumber, ChangeReportProcess.VERIFY, Map.of("verificationOutcome", "APPLY"));
		Application application = this.applications.get(number);
		assertThat(application.getApplicant().getRepresentativeName()).as("INT-11 degraded").isEqualTo("高橋 次郎");
		assertThat(application.getApplicant().getRepresentativeNameOriginal()).isEqualTo("髙橋 次郎");
		assertThat(this.applications.journal(number)).extracting((event) -> event.getEvent())
			.contains("CHANGE_REPORTED", "CHANGE_APPLIED");
		this.driver.complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION);
		Task start = this.driver.task(number, AssessmentProcess.CONFIRM_ASSESSMENT_START);
		assertThat(this.formService.getTaskFormVariables(start.getId()).get("caseSummary").toString())
			.contains("代表者：代表取締役社長 高橋 次郎", "反映済");
	}

	@Test
	@DisplayName("CHG-4 when the old name cannot be confirmed, reception asks for the closed registry certificate; with it the report is applied, without it returned")
	void closedCertificate() {
		Registration registration = registered();
		Applicant holder = holder(registration);
		MultiValueMap<String, Object> form = report(registration.getRegistrationNumber(), "NAME");
		form.add("corporateNumber", holder.getCorporateNumber());
		form.add("newName", "株式会社閉鎖確認" + ThreadLocalRandom.current().nextInt(100000));
		String number = post(form).getBody().path("reportNumber").asText();
		assertThatThrownBy(() -> complete(number, ChangeReportProcess.VERIFY,
				Map.of("verificationOutcome", "REQUEST_CLOSED_CERTIFICATE")))
			.hasMessageContaining("【CHG-4】");
		complete(number, ChangeReportProcess.VERIFY, Map.of("verificationOutcome", "REQUEST_CLOSED_CERTIFICATE",
				"verificationReason", "法人番号公表サイトに旧商号の履歴がありません"));
		assertThat(instance(number)).isWaitingAt(ChangeReportProcess.RECEIVE_CLOSED_CERTIFICATE);
		assertThat(letterKinds(number)).containsExactly("CLOSED_CERTIFICATE_REQUEST");
		assertThat(this.reports.get(number).getStatus()).isEqualTo(ChangeReport.Status.CERTIFICATE_REQUESTED);
		complete(number, ChangeReportProcess.RECEIVE_CLOSED_CERTIFICATE,
				Map.of("certificateOutcome", "RECEIVED", "certificateReceivedOn", this.calendar.today().toString()));
		assertThat(instance(number)).isWaitingAt(ChangeReportProcess.VERIFY);
		// the certificate confirms the old name
		complete(number, ChangeReportProcess.VERIFY, Map.of("verificationOutcome", "APPLY"));
		assertThat(this.applicants.get(holder.getId()).getName()).startsWith("株式会社閉鎖確認");

		MultiValueMap<String, Object> second = report(registration.getRegistrationNumber(), "NAME");
		second.add("corporateNumber", holder.getCorporateNumber());
		second.add("newName", "株式会社届かず");
		String returned = post(second).getBody().path("reportNumber").asText();
		complete(returned, ChangeReportProcess.VERIFY,
				Map.of("verificationOutcome", "REQUEST_CLOSED_CERTIFICATE", "verificationReason", "旧商号を確認できません"));
		assertThatThrownBy(() -> complete(returned, ChangeReportProcess.RECEIVE_CLOSED_CERTIFICATE,
				Map.of("certificateOutcome", "NOT_SUBMITTED")))
			.hasMessageContaining("【CHG-4】");
		ProcessInstance instance = instance(returned);
		complete(returned, ChangeReportProcess.RECEIVE_CLOSED_CERTIFICATE,
				Map.of("certificateOutcome", "NOT_SUBMITTED", "certificateNote", "期限までに提出がありませんでした"));
		assertThat(instance).isEnded().hasPassed(ChangeReportProcess.END_RETURNED);
		assertThat(this.reports.get(returned).getStatus()).isEqualTo(ChangeReport.Status.RETURNED);
		assertThat(letterKinds(returned)).containsExactly("CLOSED_CERTIFICATE_REQUEST", "CHANGE_RETURNED");
		assertThat(this.applicants.get(holder.getId()).getName()).startsWith("株式会社閉鎖確認");
	}

	Map<String, Object> paperForm(Registration registration) {
		Map<String, Object> form = new HashMap<>();
		form.put("channel", "MAIL");
		form.put("registrationNumber", registration.getBaseNumber());
		form.put("reportedOn", this.calendar.today().toString());
		form.put("kinds", List.of("CONTACT", "PROTECTION_MANAGER"));
		form.put("newContactName", "田中 三郎");
		form.put("newContactFax", "03-1234-5679");
		form.put("newProtectionManagerTitle", "取締役");
		form.put("newProtectionManagerName", "渡辺 四郎");
		form.put("reportFormAttached", true);
		return form;
	}

	String startPaper(Map<String, Object> form) {
		String instance = this.tasklist.startForm(ChangeReportProcess.KEY, form);
		return this.runtimeService.getVariable(instance, ChangeReportProcess.VAR_REPORT_NUMBER).toString();
	}

	@Test
	@DisplayName("CHG-1 CHG-5 CHG-7 a paper report entered from Tasklist's start form is verified; one sent back changes nothing")
	void paperReportReturned() {
		Registration registration = registered();
		Map<String, Object> bad = paperForm(registration);
		bad.put("newContactPhone", "123456789018");
		assertThat(this.tasklist.refusedStart(ChangeReportProcess.KEY, bad)).contains("【CHG-5】");

		String number = startPaper(paperForm(registration));
		ProcessInstance instance = instance(number);
		assertThat(instance.getBusinessKey()).isEqualTo(number);
		assertThat(this.runtimeService.getVariables(instance.getId())).doesNotContainKeys("newContactName", "kinds");
		ChangeReport report = this.reports.get(number);
		assertThat(report.getKinds()).containsExactlyInAnyOrder(ChangeKind.CONTACT, ChangeKind.PROTECTION_MANAGER);
		assertThat(this.reports.changesText(report)).contains("申請担当者：佐藤 一郎 → 田中 三郎", "個人情報保護管理者：（なし） → 渡辺 四郎");
		assertThatThrownBy(() -> complete(number, ChangeReportProcess.VERIFY, Map.of("verificationOutcome", "RETURN")))
			.hasMessageContaining("【CHG-7】");
		complete(number, ChangeReportProcess.VERIFY,
				Map.of("verificationOutcome", "RETURN", "verificationReason", "変更報告書に代表者の押印がありません"));
		assertThat(instance).isEnded().hasPassed(ChangeReportProcess.END_RETURNED);
		assertThat(this.applicants.get(registration.getApplicantId()).getContactName()).isEqualTo("佐藤 一郎");
		assertThat(letterKinds(number)).containsExactly("CHANGE_RETURNED");
	}

	@Test
	@DisplayName("CHG-1 a business that is neither under assessment nor registered is refused")
	void outsideTheMark() {
		Registration registration = registered();
		this.lifecycle.cancel(registration.getId(), "吸収合併により消滅", "t-manager");
		MultiValueMap<String, Object> form = report(registration.getRegistrationNumber(), "CONTACT");
		form.add("newContactPhone", "03-9999-0000");
		ResponseEntity<JsonNode> response = post(form);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(rules(response)).containsExactly("CHG-1");
	}

}
