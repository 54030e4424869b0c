package jp.pmark.workflow.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import jp.pmark.workflow.guard.JapaneseDates;
import jp.pmark.workflow.incident.Incident;
import jp.pmark.workflow.incident.IncidentMeasure;
import jp.pmark.workflow.incident.IncidentProcess;
import jp.pmark.workflow.incident.Incidents;
import jp.pmark.workflow.registration.Registrations;
import jp.pmark.workflow.support.Browser;
import jp.pmark.workflow.support.TasklistPages;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incident reports in Tasklist, in headless Chromium: reception enters one in the start
 * form, and the committee judges the demo's incident (the suspension's months appear only
 * for a suspension, an individual number is refused, the measure is recorded).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class IncidentBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	Incidents incidents;

	@Autowired
	Registrations registrations;

	@Test
	@DisplayName("INC-1 INC-2 INC-3 INC-6 INC-7 §1 an incident walks in Tasklist from reception's start form through the prompt and final reports to the committee's measure")
	void enterIncident() throws Exception {
		String number;
		try (Browser browser = Browser.open()) {
			TasklistPages pages = new TasklistPages(browser, this.taskService, this.port, "incident");
			try {
				pages.as("sato");
				browser.click(By.xpath("//a[contains(.,'プロセスを開始')]"));
				browser.click(By.xpath("//*[contains(@class,'modal')]//a[contains(.,'個人情報の取扱いに関する事故の報告')]"));
				browser.waitFor(By.cssSelector(".modal .fjs-container"));
				browser.click(Browser.formField("Field_channel-1"));
				browser.click(Browser.formField("Field_reporterStatus-0"));
				browser.type(Browser.formField("Field_registrationNumber"), "21000003(01)");
				date(browser, "Field_discoveredOn", LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1));
				browser.click(By.cssSelector(".modal .fjs-form-field-select .fjs-input-group"));
				browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and contains(.,'漏えい')]"));
				browser.type(Browser.formField("Field_personsAffected"), "150");
				browser.click(Browser.formField("Field_specificPersonal"));
				browser.type(Browser.formField("Field_specificPersons"), "120");
				browser.type(Browser.formField("Field_summary"), "給与データ150名分（うちマイナンバー120名分）を誤って取引先に送信したおそれ");
				browser.click(Browser.formField("Field_reportKind-0"));
				date(browser, "Field_reportedOn", LocalDate.now(ZoneId.of("Asia/Tokyo")));
				browser.screenshot("incident-start-form");
				browser.click(By.xpath("//*[contains(@class,'modal')]//button[contains(.,'開始')]"));
				new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
					.until((driver) -> this.incidents.ofApplicant(holder("21000003(01)"))
						.stream()
						.anyMatch((incident) -> incident.getPersonsAffected() == 150));
				number = entered().getIncidentNumber();
				LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
				pages.work("sato", "受付担当のタスク", number, pages.task(number, IncidentProcess.RECEIVE_PROMPT), (b) -> {
					TasklistPages.date(b, "Field_reportReceivedOn", today);
					b.click(Browser.formField("Field_reportChannel-0"));
					b.type(Browser.formField("Field_reportSummary"), "給与データの誤送信。送信先に削除を依頼し、削除の報告を受けた。");
				});
				pages.work("sato", "受付担当のタスク", number, pages.task(number, IncidentProcess.RECEIVE_FINAL), (b) -> {
					TasklistPages.date(b, "Field_reportReceivedOn", today);
					b.click(Browser.formField("Field_reportChannel-0"));
					b.type(Browser.formField("Field_reportSummary"), "原因は宛先の選択誤り。送信前の二重確認を規程に定め、全従業者に教育した。");
				});
				pages.work("kobayashi", "審査会委員のタスク", number, pages.task(number, IncidentProcess.JUDGE), (b) -> {
					b.click(Browser.formField("Field_measure-1"));
					b.type(Browser.formField("Field_levelText"), "規約の欠格事項 D 相当（軽微）");
					b.type(Browser.formField("Field_committeeMeeting"), "第9回事故審議委員会");
					b.type(Browser.formField("Field_outsideExperts"), "弁護士 山川 一郎");
					b.type(Browser.formField("Field_decisionReason"), "再発防止策が講じられているため注意とする");
				});
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("incident-start-form-failed");
				throw ex;
			}
		}
		Incident entered = this.incidents.get(number);
		assertThat(entered.promptTriggerCodes()).containsExactly("MYNUMBER_OVER_100_PERSONS");
		assertThat(entered.getReceivedBy()).isEqualTo("sato");
		assertThat(entered.getSpecificPersons()).isEqualTo(120);
		assertThat(this.incidents.reports(entered)).extracting((report) -> report.getKind().name())
			.contains("PROMPT", "FINAL");
		assertThat(entered.getMeasure()).isEqualTo(IncidentMeasure.CAUTION);
		assertThat(entered.getDecidedBy()).isEqualTo("kobayashi");
		assertThat(entered.getState()).isEqualTo(Incident.State.CLOSED);
	}

	private Incident entered() {
		return this.incidents.ofApplicant(holder("21000003(01)"))
			.stream()
			.filter((incident) -> incident.getPersonsAffected() == 150)
			.findFirst()
			.orElseThrow();
	}

	private Long holder(String registrationNumber) {
		return this.registrations.find(registrationNumber).orElseThrow().getApplicantId();
	}

	/**
	 * Types a date as Tasklist's date picker shows it (month/day/year), then leaves it.
	 */
	/**
	 * Types a date as a Japanese clerk writes it, in the era for the day of discovery.
	 */
	private static void date(Browser browser, String field, LocalDate day) {
		TasklistPages.date(browser, field,
				"Field_discoveredOn".equals(field) ? JapaneseDates.inEra(day) : JapaneseDates.show(day));
	}

	@Test
	@DisplayName("INC-6 CHG-5 §1 the committee decides an incident's level and measure in Tasklist")
	void judgeIncident() throws Exception {
		Task judge = this.taskService.createTaskQuery().taskDefinitionKey(IncidentProcess.JUDGE).list().get(0);
		String number = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(judge.getProcessInstanceId())
			.singleResult()
			.getBusinessKey();
		By complete = By.cssSelector("button.btn-primary[ng-click='complete()']");
		try (Browser browser = Browser.open()) {
			try {
				browser.get("http://localhost:" + this.port + "/camunda/app/tasklist/");
				browser.login("kato", "demo");
				browser.waitForText(By.cssSelector(".task-filters"), "審査会委員のタスク");
				browser.click(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'審査会委員のタスク')]"));
				browser.waitForText(By.cssSelector(".tasks-list"), number);
				browser.click(By.xpath("//*[contains(@class,'tasks-list')]//li[contains(.,'" + number
						+ "')]//*[contains(text(),'欠格レベルと措置を決定する')]"));
				assertThat(browser.waitFor(Browser.formField("Field_caseSummary")).getAttribute("value"))
					.contains(number, "目的外利用・提供");
				assertThat(browser.driver().findElements(Browser.formField("Field_suspensionMonths"))).isEmpty();

				browser.click(By.cssSelector("button.claim"));
				new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
					.until(ExpectedConditions.not(ExpectedConditions.attributeToBe(complete, "disabled", "true")));
				// a suspension asks for its months
				browser.click(Browser.formField("Field_measure-3"));
				browser.waitFor(Browser.formField("Field_suspensionMonths"));
				// then the committee settles on advice
				browser.click(Browser.formField("Field_measure-2"));
				browser.type(Browser.formField("Field_levelText"), "規約の欠格事項 C 相当（利用目的の管理の不備）");
				browser.type(Browser.formField("Field_committeeMeeting"), "第8回事故審議委員会");
				browser.type(Browser.formField("Field_outsideExperts"), "弁護士 山川 一郎");
				// an individual number in the reason: refused by the server, nothing
				// saved
				browser.type(Browser.formField("Field_decisionReason"), "担当者 123456789018 に確認");
				browser.clickByScript(complete);
				browser.waitForText(By.cssSelector("body"), "【CHG-5】");
				assertThat(this.taskService.createTaskQuery().taskId(judge.getId()).count()).isOne();
				assertThat(this.incidents.get(number).getMeasure()).isNull();
				browser.driver()
					.findElement(Browser.formField("Field_decisionReason"))
					.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
				browser.type(Browser.formField("Field_decisionReason"), "利用目的の特定と同意取得の手順を改め、全従業者に教育すること");
				browser.screenshot("incident-judgement");
				browser.clickByScript(complete);
				new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
					.until((driver) -> this.taskService.createTaskQuery().taskId(judge.getId()).count() == 0);
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("incident-judgement-failed");
				throw ex;
			}
		}
		Incident judged = this.incidents.get(number);
		assertThat(judged.getMeasure()).isEqualTo(IncidentMeasure.ADVICE);
		assertThat(judged.getOutsideExperts()).isEqualTo("弁護士 山川 一郎");
		assertThat(judged.getDecidedBy()).isEqualTo("kato");
		assertThat(judged.getState()).isEqualTo(Incident.State.CLOSED);
	}

}
