package jp.pmark.workflow.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.pmark.workflow.applicant.ApplicantData;
import jp.pmark.workflow.applicant.Industry;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.intake.SubmittedDocuments;
import jp.pmark.workflow.intake.DocumentType;
import jp.pmark.workflow.letter.Letter;
import jp.pmark.workflow.letter.LetterRepository;
import jp.pmark.workflow.support.Fixtures;
import jp.pmark.workflow.support.PmarkSpringTest;
import jp.pmark.workflow.support.Tasklist;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * Receipt, acceptance, disqualification screening and the start of the assessment (INT).
 */
@PmarkSpringTest
class IntakeProcessTest {

	@Autowired
	Tasklist tasklist;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	AssessmentDriver driver;

	@Autowired
	Applications applications;

	@Autowired
	SubmittedDocuments submittedDocuments;

	@Autowired
	LetterRepository letters;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	JapaneseBusinessCalendar calendar;

	@BeforeEach
	void engine() {
		init(this.processEngine);
	}

	private Map<String, Object> paperForm(String corporateNumber) {
		Map<String, Object> form = new HashMap<>();
		form.put("channel", "MAIL");
		form.put("appliedOn", this.calendar.today().toString());
		form.put("applicantName", "株式会社髙島商事");
		form.put("corporateNumber", corporateNumber);
		form.put("address", "東京都千代田区丸の内1-1-1");
		form.put("representativeName", "髙島 一郎");
		form.put("contactName", "鈴木 花子");
		form.put("contactAddress", "東京都千代田区丸の内1-1-1");
		form.put("industry", "WHOLESALE");
		form.put("capitalYen", 50_000_000L);
		form.put("headcount", 40);
		form.put("fullTimeStaff", 35);
		form.put("assessmentRequested", true);
		form.put("consentGiven", true);
		form.put("registryCertificateIssuedOn", this.calendar.today().minusDays(20).toString());
		form.put("receivedDocuments", List.of("FORM_0", "FORM_1"));
		return form;
	}

	private String startPaper(Map<String, Object> form) {
		String instance = this.tasklist.startForm(AssessmentProcess.KEY, form);
		return this.runtimeService.getVariable(instance, AssessmentProcess.VAR_APPLICATION_NUMBER).toString();
	}

	@Test
	@DisplayName("INT-1 INT-11 a paper application from Tasklist's start form is recorded with its channel, a JIS name and the application number as business key")
	void paperApplication() {
		String number = startPaper(paperForm(AssessmentDriver.newCorporateNumber()));
		ProcessInstance instance = this.driver.instance(number);
		assertThat(instance).hasBusinessKey(number).isWaitingAt(AssessmentProcess.CHECK_RECEIPT);
		Application application = this.applications.get(number);
		assertThat(application.getChannel().name()).isEqualTo("MAIL");
		assertThat(application.getApplicant().getName()).isEqualTo("株式会社高島商事");
		assertThat(application.getApplicant().getNameOriginal()).isEqualTo("株式会社髙島商事");
		assertThat(application.getApplicant().getRepresentativeName()).isEqualTo("高島 一郎");
		assertThat(this.submittedDocuments.documents(number)).hasSize(2)
			.allSatisfy((d) -> assertThat(d.onPaper()).isTrue());
		// the form's business data lives in tables, not in the process
		assertThat(this.runtimeService.getVariables(instance.getId())).doesNotContainKeys("applicantName_",
				"corporateNumber", "address", "headcount");
	}

	@Test
	@DisplayName("CHG-6 CHG-5 GEN-2 a paper start form with a bad corporate number or an individual number is refused and nothing starts")
	void paperApplicationRefused() {
		long before = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.count();
		Map<String, Object> badNumber = paperForm("7000012050003");
		assertThat(this.tasklist.refusedStart(AssessmentProcess.KEY, badNumber)).contains("【CHG-6】");
		Map<String, Object> myNumber = paperForm(AssessmentDriver.newCorporateNumber());
		myNumber.put("contactPhone", "1234 5678 9018");
		assertThat(this.tasklist.refusedStart(AssessmentProcess.KEY, myNumber)).contains("【CHG-5】").contains("法律");
		Map<String, Object> twelve = paperForm("123456789018");
		assertThat(this.tasklist.refusedStart(AssessmentProcess.KEY, twelve)).contains("【CHG-5】");
		assertThat(this.runtimeService.createProcessInstanceQuery().processDefinitionKey(AssessmentProcess.KEY).count())
			.isEqualTo(before);
	}

	@Test
	@DisplayName("INT-3 INT-7 accepting with a mandatory document missing is refused; the task stays open with nothing saved")
	void missingDocumentRefused() {
		String number = this.driver.applyOnline();
		List<String> withoutOfficers = DocumentType.mandatory()
			.stream()
			.filter((type) -> type != DocumentType.OFFICER_LIST && type != DocumentType.ARTICLES)
			.map(Enum::name)
			.toList();
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT,
				Map.of("presentDocuments", withoutOfficers)))
			.hasMessageContaining("【INT-3】")
			.hasMessageContaining("11. 定款のコピー")
			.hasMessageContaining("【INT-7】")
			.hasMessageContaining("19. 役員の名簿");
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.CHECK_RECEIPT);
		assertThat(this.applications.get(number).getStatus()).isEqualTo(ApplicationStatus.RECEIVED);
	}

	@Test
	@DisplayName("INT-3 a registry certificate older than 3 months before the application date is refused")
	void oldRegistryCertificate() {
		String number = this.driver.applyOnline();
		LocalDate appliedOn = this.applications.get(number).getAppliedOn();
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT,
				Map.of("registryCertificateIssuedOn", appliedOn.minusMonths(3).minusDays(1).toString())))
			.hasMessageContaining("【INT-3】")
			.hasMessageContaining("3か月以内");
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT,
				Map.of("registryCertificateIssuedOn", appliedOn.minusMonths(3).toString()));
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.SCREEN_DISQUALIFICATION);
	}

	@Test
	@DisplayName("INT-6 without the statement that assessment is requested, or without the consent, the application cannot be accepted")
	void declarationsRequired() {
		String number = this.driver.applyOnline();
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT,
				Map.of("assessmentRequested", false, "consentGiven", false)))
			.hasMessageContaining("【INT-6】申請書に付与適格性審査を申請する旨の記述がない")
			.hasMessageContaining("同意がない");
	}

	@Test
	@DisplayName("INT-5 a missing mandatory document means 受取不可: the documents go back with the reason and the case ends")
	void notReceived() {
		String number = this.driver.applyOnline();
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT, Map.of("presentDocuments",
				List.of("FORM_0", "FORM_1"), "receiptOutcome", "NOT_RECEIVED", "receiptReason", "必須書類がそろっていません"));
		assertThat(this.driver.instance(number)).isNull();
		Application application = this.applications.get(number);
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.NOT_RECEIVED);
		Letter letter = this.letters.findByApplicationIdAndKindOrderById(application.getId(), "RETURN_NOT_RECEIVED")
			.get(0);
		assertThat(letter.getTitle()).contains("受取不可");
		assertThat(letter.getContents()).contains("必須書類がそろっていません").contains("申請者の費用負担").contains("14. リスク分析結果");
		assertThat(this.processEngine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.processInstanceBusinessKey(number)
			.singleResult()
			.getEndActivityId()).isEqualTo(AssessmentProcess.END_NOT_RECEIVED);
	}

	@Test
	@DisplayName("INT-5 GEN-2 a form filled in wrongly means 受理不可, which needs a reason")
	void notAccepted() {
		String number = this.driver.applyOnline();
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT,
				Map.of("receiptOutcome", "NOT_ACCEPTED")))
			.hasMessageContaining("【INT-5】");
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT,
				Map.of("receiptOutcome", "NOT_ACCEPTED", "receiptReason", "様式1の代表者印がありません"));
		assertThat(this.applications.get(number).getStatus()).isEqualTo(ApplicationStatus.NOT_ACCEPTED);
		assertThat(endOf(number)).isEqualTo(AssessmentProcess.END_NOT_ACCEPTED);
	}

	@Test
	@DisplayName("INT-14 CLIP-1 a one-person business cannot be accepted; its return letter points to the CLIP mark")
	void onePersonBusiness() {
		ApplicantData onePerson = new ApplicantData("山田個人事務所", null, null, null, "大阪府大阪市北区1-1", null, "山田 一人", "山田 一人",
				null, null, "大阪府大阪市北区1-1", null, null, Industry.SERVICES, null, 1, 1);
		String number = this.driver.applyOnline(onePerson);
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT))
			.hasMessageContaining("【INT-14】")
			.hasMessageContaining("CLIPマーク");
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT,
				Map.of("receiptOutcome", "NOT_ACCEPTED", "receiptReason", "常勤の従業者・役員が1名です"));
		Application application = this.applications.get(number);
		assertThat(this.letters.findByApplicationIdAndKindOrderById(application.getId(), "RETURN_NOT_ACCEPTED")
			.get(0)
			.getContents()).contains("CLIPマーク");
	}

	@Test
	@DisplayName("INT-11 a name with a character of no known JIS form is flagged; reception must decide how to write it before acceptance")
	void unknownCharacterInName() {
		String number = this.driver
			.applyOnline(AssessmentDriver.applicant(AssessmentDriver.newCorporateNumber(), "株式会社草彅商店"));
		Application application = this.applications.get(number);
		assertThat(application.getApplicant().isNameNeedsReview()).isTrue();
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT))
			.hasMessageContaining("【INT-11】");
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT,
				Map.of("correctedName", "株式会社草彅商店")))
			.hasMessageContaining("【INT-11】");
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT, Map.of("correctedName", "株式会社草なぎ商店"));
		Application decided = this.applications.get(number);
		assertThat(decided.getApplicant().getName()).isEqualTo("株式会社草なぎ商店");
		assertThat(decided.getApplicant().getNameOriginal()).isEqualTo("株式会社草彅商店");
		assertThat(decided.getApplicant().isNameNeedsReview()).isFalse();
	}

	@Test
	@DisplayName("INT-13 every ground must be answered; a ground that applies disqualifies, with the letter and the record of each answer")
	void disqualified() {
		String number = accepted();
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION,
				Map.of("allGroundsChecked", false)))
			.hasMessageContaining("【INT-13】");
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION,
				Map.of("applicableGrounds", List.of("OFFICER_ORGANISED_CRIME"))))
			.hasMessageContaining("根拠");
		this.driver.complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION,
				Map.of("applicableGrounds", List.of("OFFICER_ORGANISED_CRIME"), "screeningComment", "役員名簿と照合した結果"));
		assertThat(endOf(number)).isEqualTo(AssessmentProcess.END_DISQUALIFIED);
		Application application = this.applications.get(number);
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DISQUALIFIED);
		assertThat(this.letters.findByApplicationIdAndKindOrderById(application.getId(), "DISQUALIFIED_NOTICE"))
			.hasSize(1);
	}

	@Test
	@DisplayName("INT-9 when 3.1.4 is considered the case is transferred to JIPDEC and this body's process stops there, recorded as transferred")
	void transferredUnder314() {
		String number = accepted();
		this.driver.complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION, Map.of("applicableGrounds",
				List.of("PUBLIC_TRUST_3_1_4", "SEX_RELATED_BUSINESS"), "screeningComment", "報道により制度の信頼を毀損する事業活動の疑い"));
		assertThat(endOf(number)).isEqualTo(AssessmentProcess.END_TRANSFERRED);
		Application application = this.applications.get(number);
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.TRANSFERRED);
		Letter transfer = this.letters.findByApplicationIdAndKindOrderById(application.getId(), "TRANSFER_TO_JIPDEC")
			.get(0);
		assertThat(transfer.getRecipient()).contains("JIPDEC");
		assertThat(transfer.getContents()).contains("3.1.4");
	}

	@Test
	@DisplayName("INT-8 INT-10 the audit cannot start until a) to d) and INT-10's checks are all confirmed; who confirmed and when is kept")
	void startNeedsAllConfirmations() {
		String number = accepted();
		this.driver.complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION);
		for (String unchecked : new String[] { "documentsSatisfy", "informationSufficient", "withinScope",
				"notDisqualified" }) {
			assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.CONFIRM_ASSESSMENT_START,
					Map.of(unchecked, false)))
				.hasMessageContaining("【INT-8】");
		}
		assertThatThrownBy(() -> this.driver.complete(number, AssessmentProcess.CONFIRM_ASSESSMENT_START,
				Map.of("trainingAllEmployees", false)))
			.hasMessageContaining("【INT-10】");
		TestUsers.as(this.processEngine.getIdentityService(), Fixtures.MANAGER,
				() -> this.driver.complete(number, AssessmentProcess.CONFIRM_ASSESSMENT_START));
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.MAKE_AUDIT_PLAN);
		assertThat(this.applications.get(number).getStatus()).isEqualTo(ApplicationStatus.UNDER_ASSESSMENT);
		assertThat(this.applications.journal(number)).anySatisfy((event) -> {
			assertThat(event.getEvent()).isEqualTo("UNDER_ASSESSMENT");
			assertThat(event.getActor()).isEqualTo("t-manager");
		});
	}

	@Test
	@DisplayName("INT-8 a start that is not confirmed ends the case with the reason sent")
	void notStarted() {
		String number = accepted();
		this.driver.complete(number, AssessmentProcess.SCREEN_DISQUALIFICATION);
		this.driver.complete(number, AssessmentProcess.CONFIRM_ASSESSMENT_START,
				Map.of("withinScope", false, "startDecision", "NOT_START", "startComment", "当機関の審査対象の範囲外です"));
		assertThat(endOf(number)).isEqualTo(AssessmentProcess.END_NOT_STARTED);
		assertThat(this.applications.get(number).getStatus()).isEqualTo(ApplicationStatus.NOT_STARTED);
	}

	@Test
	@DisplayName("INT-4 optional documents are recorded when present and never required")
	void optionalDocuments() {
		String number = this.driver.applyOnline();
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		assertThat(DocumentType.optional()).extracting(DocumentType::number).containsExactly(15, 16, 17, 18);
		assertThat(this.driver.instance(number)).isWaitingAt(AssessmentProcess.SCREEN_DISQUALIFICATION);
		Task screening = this.driver.task(number, AssessmentProcess.SCREEN_DISQUALIFICATION);
		assertThat(screening.getDueDate()).isNotNull();
	}

	private String accepted() {
		String number = this.driver.applyOnline();
		this.driver.complete(number, AssessmentProcess.CHECK_RECEIPT);
		return number;
	}

	private String endOf(String number) {
		return this.processEngine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(number)
			.processDefinitionKey(AssessmentProcess.KEY)
			.singleResult()
			.getEndActivityId();
	}

}
