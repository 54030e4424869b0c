package jp.pmark.workflow.browser;

import java.time.Duration;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationKind;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.support.Browser;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessment's Camunda Forms in Tasklist, in headless Chromium, on the demo cases:
 * reception checks an application's documents, the committee decides; a user of another
 * group does not see those tasks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class AssessmentFormsBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Autowired
	Applications applications;

	@Autowired
	HistoryService historyService;

	private String tasklist() {
		return "http://localhost:" + this.port + "/camunda/app/tasklist/";
	}

	/** Opens the first task of the name in the filter's list, of the case when given. */
	private void openTask(Browser browser, String filter, String caseNumber, String taskName) {
		browser.waitForText(By.cssSelector(".task-filters"), filter);
		browser.click(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'" + filter + "')]"));
		browser.waitForText(By.cssSelector(".tasks-list"), (caseNumber != null) ? caseNumber : taskName);
		String entry = (caseNumber != null) ? "//li[contains(.,'" + caseNumber + "')]" : "";
		browser
			.click(By.xpath("//*[contains(@class,'tasks-list')]" + entry + "//*[contains(text(),'" + taskName + "')]"));
		browser.waitFor(By.cssSelector(".fjs-container"));
	}

	private static void claimAndWaitForForm(Browser browser) {
		browser.click(By.cssSelector("button.claim"));
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.not(ExpectedConditions
			.attributeToBe(By.cssSelector("button.btn-primary[ng-click='complete()']"), "disabled", "true")));
	}

	private static void complete(Browser browser) {
		browser.clickByScript(By.cssSelector("button.btn-primary[ng-click='complete()']"));
	}

	@Test
	@DisplayName("INT-3 INT-5 DEC-2 DEC-3 §1 reception completes the receipt check and the committee its decision in Tasklist; other groups do not see them")
	void receiptCheckAndDecision() throws Exception {
		// the receipt check of a new application (the demo's renewal has another list)
		Task receipt = this.taskService.createTaskQuery()
			.taskDefinitionKey(AssessmentProcess.CHECK_RECEIPT)
			.orderByTaskCreateTime()
			.desc()
			.list()
			.stream()
			.filter((task) -> this.applications.get(businessKey(task.getProcessInstanceId()))
				.getKind() == ApplicationKind.NEW)
			.findFirst()
			.orElseThrow();
		String receiptCase = receipt.getProcessInstanceId();
		// the committee's decision on a new application (the demo's renewal waits too)
		Task decision = this.taskService.createTaskQuery()
			.taskDefinitionKey(AssessmentProcess.DECIDE_ELIGIBILITY)
			.list()
			.stream()
			.filter((task) -> this.applications.get(businessKey(task.getProcessInstanceId()))
				.getKind() == ApplicationKind.NEW)
			.findFirst()
			.orElseThrow();
		String decisionCase = businessKey(decision.getProcessInstanceId());

		try (Browser browser = Browser.open()) {
			try {
				// reception: the first application of the list (the newest), first with a
				// document missing
				browser.get(tasklist());
				browser.login("sato", "demo");
				openTask(browser, "受付担当のタスク", businessKey(receiptCase), "申請書類を確認する");
				assertThat(browser.waitFor(Browser.formField("Field_caseSummary")).getAttribute("value"))
					.contains("申請番号");
				claimAndWaitForForm(browser);
				WebElement form2 = browser.waitFor(Browser.formField("Field_presentDocuments-2"));
				assertThat(form2.isSelected()).isTrue();
				browser.click(form2);
				browser.click(Browser.formField("Field_receiptOutcome-0"));
				complete(browser);
				browser.waitForText(By.cssSelector("body"), "【INT-3】");
				browser.screenshot("receipt-check-refused");
				assertThat(this.taskService.createTaskQuery().taskId(receipt.getId()).count()).isOne();
				browser.click(Browser.formField("Field_presentDocuments-2"));
				complete(browser);
				new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
					.until((driver) -> this.taskService.createTaskQuery().taskId(receipt.getId()).count() == 0);
				Application accepted = this.applications.get(businessKey(receiptCase));
				assertThat(accepted.getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
				// reception does not see the committee's decision
				assertThat(browser.driver().findElement(By.cssSelector(".task-filters")).getText())
					.doesNotContain("審査会委員のタスク");

				// the committee decides
				browser.logout(tasklist());
				browser.login("kobayashi", "demo");
				openTask(browser, "審査会委員のタスク", decisionCase, "付与適格性を決定する");
				assertThat(browser.waitFor(Browser.formField("Field_completionReportText")).getAttribute("value"))
					.contains("d) 意見：付与適格");
				claimAndWaitForForm(browser);
				browser.click(Browser.formField("Field_decision-0"));
				browser.type(Browser.formField("Field_committeeMeeting"), "第15回審査会");
				browser.type(Browser.formField("Field_decisionReason"), "審査終了報告書のとおり付与適格と認める");
				browser.screenshot("eligibility-decision");
				complete(browser);
				new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
					.until((driver) -> this.taskService.createTaskQuery().taskId(decision.getId()).count() == 0);
				assertThat(this.applications.get(businessKey(decision.getProcessInstanceId())).getStatus())
					.isEqualTo(ApplicationStatus.ELIGIBLE);

				// accounting sees neither task
				browser.logout(tasklist());
				browser.login("suzuki", "demo");
				openFilter(browser, "経理担当のタスク");
				String accountingList = browser.driver().findElement(By.cssSelector(".tasks-list")).getText();
				assertThat(accountingList).contains("入金を記録する").doesNotContain("申請書類を確認する").doesNotContain("付与適格性を決定する");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("assessment-forms-failed");
				throw ex;
			}
		}
	}

	private static void openFilter(Browser browser, String filter) {
		browser.waitForText(By.cssSelector(".task-filters"), filter);
		browser.click(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'" + filter + "')]"));
		browser.waitForText(By.cssSelector(".tasks-list"), "入金を記録する");
	}

	private String businessKey(String processInstanceId) {
		return this.historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult()
			.getBusinessKey();
	}

}
