package jp.pmark.workflow.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.guard.JapaneseDates;
import jp.pmark.workflow.registration.Registrations;
import jp.pmark.workflow.support.Browser;
import jp.pmark.workflow.support.TasklistPages;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One new application from its receipt to its registration, entirely in Tasklist in
 * headless Chromium: every form filled and submitted in the page by the demo user it is
 * offered to (reception, the managers, the team's leader, accounting, the committee), a
 * screenshot per step in {@code target/browser-screenshots/walk-*.png}. Only the report
 * to JIPDEC, an asynchronous job of the engine, is run by the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class AssessmentWalkBrowserIT {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	Applications applications;

	@Autowired
	Registrations registrations;

	@Test
	@DisplayName("INT-1 INT-3 INT-8 INT-13 AUD-1 AUD-4 DOC-1 SITE-1 SITE-2 FEE-1 FEE-4 FEE-5 DEC-1 DEC-2 JIP-1 JIP-2 GEN-2 §1 a new paper application walks from its receipt to its registration entirely in Tasklist (dates typed as 2026/11/20, ２０２６ in the era, 2026-11-20 and 2026年11月20日)")
	void fromReceiptToRegistration() throws Exception {
		LocalDate today = LocalDate.now(TOKYO);
		String name = "株式会社ウォーク" + (System.nanoTime() % 100000);
		try (Browser browser = Browser.open()) {
			TasklistPages pages = new TasklistPages(browser, this.taskService, this.port, "walk");
			try {
				// reception enters the paper application in the start form
				pages.as("sato");
				browser.click(By.xpath("//a[contains(.,'プロセスを開始')]"));
				browser.click(By.xpath("//*[contains(@class,'modal')]//a[contains(.,'プライバシーマーク付与適格性審査（新規・更新）')]"));
				browser.waitFor(By.cssSelector(".modal .fjs-container"));
				browser.click(Browser.formField("Field_channel-0"));
				browser.click(Browser.formField("Field_kind-0"));
				TasklistPages.date(browser, "Field_appliedOn", today);
				browser.type(Browser.formField("Field_applicantName"), name);
				browser.type(Browser.formField("Field_corporateNumber"), "7000012050002");
				browser.type(Browser.formField("Field_postalCode"), "105-0004");
				browser.type(Browser.formField("Field_address"), "東京都港区新橋3-3-3");
				browser.type(Browser.formField("Field_representativeTitle"), "代表取締役");
				browser.type(Browser.formField("Field_representativeName"), "歩 太郎");
				browser.type(Browser.formField("Field_contactName"), "歩 花子");
				browser.type(Browser.formField("Field_contactDepartment"), "総務部");
				browser.type(Browser.formField("Field_contactPostalCode"), "105-0004");
				browser.type(Browser.formField("Field_contactAddress"), "東京都港区新橋3-3-3");
				browser.type(Browser.formField("Field_contactPhone"), "03-5555-0303");
				browser.type(Browser.formField("Field_contactEmail"), "walk@example.co.jp");
				browser.click(By.cssSelector(".modal .fjs-form-field-select .fjs-input-group"));
				browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and contains(.,'サービス業')]"));
				browser.type(Browser.formField("Field_capitalYen"), "10000000");
				browser.type(Browser.formField("Field_headcount"), "25");
				browser.type(Browser.formField("Field_fullTimeStaff"), "20");
				browser.click(Browser.formField("Field_assessmentRequested"));
				browser.click(Browser.formField("Field_consentGiven"));
				// typed in the era with full-width digits (issue 14: dates read as
				// Japanese staff type them)
				TasklistPages.date(browser, "Field_registryCertificateIssuedOn",
						fullWidth(JapaneseDates.inEra(today.minusDays(10))));
				for (int i = 0; i < 20; i++) {
					browser.click(Browser.formField("Field_receivedDocuments-" + i));
				}
				pages.shot("paper-application");
				browser.click(By.xpath("//*[contains(@class,'modal')]//button[contains(.,'開始')]"));
				new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
					.until((driver) -> this.runtimeService.createProcessInstanceQuery()
						.processDefinitionKey(AssessmentProcess.KEY)
						.variableValueEquals(AssessmentProcess.VAR_APPLICANT_NAME, name)
						.count() == 1);
				String number = this.runtimeService.createProcessInstanceQuery()
					.processDefinitionKey(AssessmentProcess.KEY)
					.variableValueEquals(AssessmentProcess.VAR_APPLICANT_NAME, name)
					.singleResult()
					.getBusinessKey();
				browser.driver().navigate().refresh();

				pages.work("sato", "受付担当のタスク", number, pages.task(number, AssessmentProcess.CHECK_RECEIPT), (b) -> {
					// the checklist starts unticked: the clerk ticks the documents she
					// checked
					assertThat(b.waitFor(Browser.formField("Field_presentDocuments-0")).isSelected()).isFalse();
					for (int i = 0; i < 20; i++) {
						b.click(Browser.formField("Field_presentDocuments-" + i));
					}
					b.click(Browser.formField("Field_assessmentRequested"));
					b.click(Browser.formField("Field_consentGiven"));
					b.click(Browser.formField("Field_receiptOutcome-0"));
				});
				Task payment = this.taskService.createTaskQuery()
					.taskDefinitionKey("Task_RecordPayment")
					.list()
					.stream()
					.filter((task) -> number.equals(variable(task, "applicationNumber")))
					.findFirst()
					.orElseThrow();
				pages.work("suzuki", "経理担当のタスク", number, payment,
						(b) -> b.type(Browser.formField("Field_paymentReference"), "振込 申請料"));
				pages.work("takahashi", "審査管理者のタスク", number,
						pages.task(number, AssessmentProcess.SCREEN_DISQUALIFICATION),
						(b) -> b.click(Browser.formField("Field_allGroundsChecked")));
				pages.work("takahashi", "審査管理者のタスク", number,
						pages.task(number, AssessmentProcess.CONFIRM_ASSESSMENT_START), (b) -> {
							for (String field : new String[] { "documentsSatisfy", "trainingAllEmployees",
									"internalAuditAllDepartments", "informationSufficient", "withinScope",
									"notDisqualified" }) {
								b.click(Browser.formField("Field_" + field));
							}
							b.click(Browser.formField("Field_startDecision-0"));
						});
				pages.work("takahashi", "審査管理者のタスク", number, pages.task(number, AssessmentProcess.MAKE_AUDIT_PLAN),
						(b) -> {
							assertThat(b.waitFor(Browser.formField("Field_onsiteHours")).getAttribute("value"))
								.isEqualTo("6");
						});
				pages.work("takahashi", "審査管理者のタスク", number, pages.task(number, AssessmentProcess.APPOINT_AUDIT_TEAM),
						(b) -> {
							b.click(By.xpath(
									"//*[contains(@class,'fjs-form-field-checklist')][.//*[contains(.,'審査担当（主任審査員・審査員）')]]"
											+ "//label[contains(.,'田中')]//input"));
							b.click(By.xpath(
									"//*[contains(@class,'fjs-form-field-checklist')][.//*[contains(.,'審査担当（主任審査員・審査員）')]]"
											+ "//label[contains(.,'渡辺')]//input"));
							b.click(By.cssSelector(".fjs-container .fjs-form-field-select .fjs-input-group"));
							b.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and contains(.,'田中')]"));
						});
				pages.work("tanaka", "自分のタスク", number, pages.task(number, AssessmentProcess.REVIEW_DOCUMENTS), (b) -> {
					b.click(Browser.formField("Field_form6Used"));
					b.click(Browser.formField("Field_form7Used"));
					b.type(Browser.formField("Field_rulesConformity"), "審査基準の要求事項を内部規程に定めている");
					b.type(Browser.formField("Field_procedures"), "全従業者が遵守する手順が様式と記録で整備されている");
					for (int i = 1; i <= 15; i++) {
						b.type(Browser.formField("Field_area%02dComment".formatted(i)), "規定あり");
					}
					b.click(Browser.formField("Field_reviewResult-0"));
				});
				pages.work("takahashi", "審査管理者のタスク", number,
						pages.task(number, AssessmentProcess.SCHEDULE_ONSITE_AUDIT),
						(b) -> b.click(Browser.formField("Field_agreedWithApplicant")));
				pages.work("tanaka", "自分のタスク", number, pages.task(number, AssessmentProcess.RECORD_ONSITE_AUDIT),
						(b) -> {
							TasklistPages.date(b, "Field_heldOn", today.toString());
							b.type(Browser.formField("Field_attendees"), "歩 太郎, 代表取締役, 役員\n歩 花子, 個人情報保護管理者, 従業者");
							for (String field : new String[] { "topInterview", "operationsCheck", "siteCheck",
									"closingSummary", "findingA", "findingB", "findingC", "findingD", "findingE",
									"findingF", "findingG" }) {
								b.type(Browser.formField("Field_" + field), "適切に運用されている");
							}
							b.click(Browser.formField("Field_onsiteOutcome-0"));
						});
				pages.work("suzuki", "経理担当のタスク", number, pages.task(number, AssessmentProcess.INVOICE_ONSITE_AUDIT),
						(b) -> b.type(Browser.formField("Field_costNote"), "交通費なし（近隣）"));
				pages.work("tanaka", "自分のタスク", number, pages.task(number, AssessmentProcess.WRITE_COMPLETION_REPORT),
						(b) -> {
							assertThat(b.waitFor(Browser.formField("Field_findingA")).getAttribute("value"))
								.isEqualTo("適切に運用されている");
							b.type(Browser.formField("Field_operationsOverview"), "顧客情報を用いたウェブサイト制作業務");
							b.type(Browser.formField("Field_opinionReason"), "不適合はなく、要求事項に適合している");
						});
				pages.work("kobayashi", "審査会委員のタスク", number, pages.task(number, AssessmentProcess.DECIDE_ELIGIBILITY),
						(b) -> {
							assertThat(b.waitFor(Browser.formField("Field_findingsText")).getAttribute("value"))
								.contains("不適合の指摘はありませんでした");
							b.click(Browser.formField("Field_decision-0"));
							b.type(Browser.formField("Field_committeeMeeting"), "第20回審査会");
							b.type(Browser.formField("Field_decisionReason"), "審査終了報告書のとおり付与適格と認める");
						});
				// the engine reports to JIPDEC (an asynchronous job; the job executor is
				// off
				// in tests)
				Job report = this.managementService.createJobQuery()
					.processInstanceId(this.runtimeService.createProcessInstanceQuery()
						.processInstanceBusinessKey(number)
						.processDefinitionKey(AssessmentProcess.KEY)
						.singleResult()
						.getId())
					.activityId(AssessmentProcess.REPORT_TO_JIPDEC)
					.singleResult();
				this.managementService.executeJob(report.getId());
				String registrationNumber = "3" + String.format("%07d", System.nanoTime() % 10_000_000) + "(01)";
				pages.work("sato", "受付担当のタスク", number, pages.task(number, AssessmentProcess.RECORD_REGISTRATION),
						(b) -> {
							b.type(Browser.formField("Field_registrationNumber"), registrationNumber);
							TasklistPages.date(b, "Field_validFrom", JapaneseDates.show(today.plusDays(14)));
						});

				Application registered = this.applications.get(number);
				assertThat(registered.getStatus()).isEqualTo(ApplicationStatus.REGISTERED);
				assertThat(this.registrations.find(registrationNumber)).isPresent();
				assertThat(this.applications.journal(number)).extracting((event) -> event.getActor())
					.contains("sato", "takahashi", "tanaka", "suzuki", "kobayashi");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("walk-failed");
				throw ex;
			}
		}
	}

	private String variable(Task task, String name) {
		Object value = this.runtimeService.getVariable(task.getExecutionId(), name);
		return (value == null) ? null : value.toString();
	}

	private static String fullWidth(String text) {
		StringBuilder wide = new StringBuilder();
		text.chars().forEach((c) -> wide.append((char) ((c >= '0' && c <= '9') ? c - '0' + '０' : c)));
		return wide.toString();
	}

}
