package jp.pmark.workflow.browser;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.pmark.workflow.assessment.Application;
import jp.pmark.workflow.assessment.ApplicationKind;
import jp.pmark.workflow.assessment.ApplicationStatus;
import jp.pmark.workflow.assessment.Applications;
import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.intake.DocumentList;
import jp.pmark.workflow.intake.DocumentSummary;
import jp.pmark.workflow.intake.DocumentType;
import jp.pmark.workflow.intake.SubmittedDocuments;
import jp.pmark.workflow.support.Browser;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

	@Autowired
	SubmittedDocuments submittedDocuments;

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
	@DisplayName("INT-3 INT-5 DEC-2 DEC-3 GEN-2 §1 reception opens the documents from the form, ticks what she checked (nothing ticked at first; refusals and required fields in Japanese, above the buttons) and completes the receipt check and the committee its decision in Tasklist; other groups do not see them")
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
				// issue 14: the checklist starts unticked, the documents are links that
				// open them
				WebElement form2 = browser.waitFor(Browser.formField("Field_presentDocuments-2"));
				assertThat(form2.isSelected()).as("the checklist starts unticked").isFalse();
				List<WebElement> links = browser.driver()
					.findElements(By.cssSelector(".fjs-container a[href*='/files/tasks/" + receipt.getId() + "/']"));
				assertThat(links).as("each document a link").hasSizeGreaterThanOrEqualTo(10);
				assertThat(links.get(0).getAttribute("target")).isEqualTo("_blank");
				Object opened = ((JavascriptExecutor) browser.driver())
					.executeAsyncScript("const done = arguments[arguments.length - 1];"
							+ "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.blob()"
							+ ".then(b => b.slice(0, 4).text()).then(t => done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + t)))"
							+ ".catch(e => done(String(e)));", links.get(0).getAttribute("href"));
				assertThat(String.valueOf(opened)).startsWith("200 application/pdf %PDF");
				// a required field left empty: form-js's message in Japanese
				complete(browser);
				browser.waitForText(By.cssSelector(".fjs-container"), "この項目は必須です");
				assertThat(browser.driver().findElement(By.cssSelector(".fjs-container")).getText())
					.doesNotContain("Field is required");
				// accepted with the documents unticked: refused in Japanese sentences
				// only, above the
				// buttons
				browser.click(Browser.formField("Field_receiptOutcome-0"));
				complete(browser);
				browser.waitForText(By.cssSelector("body"), "【INT-3】");
				browser.screenshot("receipt-check-refused");
				WebElement refusal = browser.driver().findElement(By.cssSelector(".page-notifications"));
				assertThat(refusal.getText()).contains("フォームを受け付けられませんでした")
					.doesNotContain("Cannot submit", receipt.getId(), "An error");
				WebElement button = browser.driver()
					.findElement(By.cssSelector("button.btn-primary[ng-click='complete()']"));
				assertThat(refusal.getRect().getY() + refusal.getRect().getHeight())
					.as("the refusal does not cover the Complete button")
					.isLessThanOrEqualTo(button.getRect().getY());
				assertThat(this.taskService.createTaskQuery().taskId(receipt.getId()).count()).isOne();
				// she reads the refusal and closes it
				browser.driver()
					.findElements(By.cssSelector(".page-notifications .close"))
					.stream()
					.filter(WebElement::isDisplayed)
					.forEach(WebElement::click);
				// the clerk ticks the documents she checked
				List<DocumentList.Entry> entries = DocumentList.of(this.applications.get(businessKey(receiptCase)))
					.entries();
				Set<DocumentType> received = this.submittedDocuments.documents(businessKey(receiptCase))
					.stream()
					.map(DocumentSummary::type)
					.collect(Collectors.toSet());
				for (int i = 0; i < entries.size(); i++) {
					if (received.contains(entries.get(i).type())) {
						browser.click(Browser.formField("Field_presentDocuments-" + i));
					}
				}
				browser.click(Browser.formField("Field_assessmentRequested"));
				browser.click(Browser.formField("Field_consentGiven"));
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
