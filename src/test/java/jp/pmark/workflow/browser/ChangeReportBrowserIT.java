package jp.pmark.workflow.browser;

import java.time.Duration;

import jp.pmark.workflow.applicant.ApplicantField;
import jp.pmark.workflow.applicant.ApplicantService;
import jp.pmark.workflow.change.ChangeReport;
import jp.pmark.workflow.change.ChangeReportProcess;
import jp.pmark.workflow.change.ChangeReports;
import jp.pmark.workflow.support.Browser;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reception verifies the demo's change report (a head-office move) in Tasklist, in
 * headless Chromium: refused until the old address is confirmed on the corporate number
 * publication site, then applied to the business's record with its history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class ChangeReportBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ChangeReports reports;

	@Autowired
	ApplicantService applicants;

	@Test
	@DisplayName("CHG-2 CHG-4 CHG-7 §1 reception verifies a head-office change report in Tasklist; it is applied with its history")
	void verifyChangeReport() throws Exception {
		Task verify = this.taskService.createTaskQuery().taskDefinitionKey(ChangeReportProcess.VERIFY).list().get(0);
		String reportNumber = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(verify.getProcessInstanceId())
			.singleResult()
			.getBusinessKey();
		ChangeReport report = this.reports.get(reportNumber);
		String oldAddress = this.applicants.get(report.getApplicantId()).getAddress();

		try (Browser browser = Browser.open()) {
			try {
				browser.get("http://localhost:" + this.port + "/camunda/app/tasklist/");
				browser.login("sato", "demo");
				browser.waitForText(By.cssSelector(".task-filters"), "受付担当のタスク");
				browser.click(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'受付担当のタスク')]"));
				browser.waitForText(By.cssSelector(".tasks-list"), reportNumber);
				browser.click(By.xpath("//*[contains(@class,'tasks-list')]//li[contains(.,'" + reportNumber
						+ "')]//*[contains(text(),'変更報告を確認する')]"));
				assertThat(browser.waitFor(Browser.formField("Field_changesText")).getAttribute("value"))
					.contains("本店所在地")
					.contains(oldAddress + " → 神奈川県横浜市西区みなとみらい3-6-1");
				// the report's documents are listed, each file a link that opens it
				// (issue 14)
				browser.waitForText(By.cssSelector(".fjs-container"), "変更報告書");
				assertThat(browser.driver().findElements(By.cssSelector(".fjs-container a[href*='/files/tasks/']")))
					.allSatisfy((link) -> assertThat(link.getAttribute("target")).isEqualTo("_blank"));

				browser.click(By.cssSelector("button.claim"));
				new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
					.until(ExpectedConditions.not(ExpectedConditions.attributeToBe(
							By.cssSelector("button.btn-primary[ng-click='complete()']"), "disabled", "true")));
				// apply without confirming the old address: refused, nothing applied
				browser.click(Browser.formField("Field_verificationOutcome-0"));
				browser.clickByScript(By.cssSelector("button.btn-primary[ng-click='complete()']"));
				browser.waitForText(By.cssSelector("body"), "【CHG-4】");
				browser.screenshot("change-report-refused");
				assertThat(this.taskService.createTaskQuery().taskId(verify.getId()).count()).isOne();
				assertThat(this.applicants.get(report.getApplicantId()).getAddress()).isEqualTo(oldAddress);

				// confirmed on the publication site: applied
				browser.click(Browser.formField("Field_oldDetailsConfirmed"));
				browser.screenshot("change-report-verification");
				browser.clickByScript(By.cssSelector("button.btn-primary[ng-click='complete()']"));
				new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
					.until((driver) -> this.taskService.createTaskQuery().taskId(verify.getId()).count() == 0);
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("change-report-failed");
				throw ex;
			}
		}
		assertThat(this.reports.get(reportNumber).getStatus()).isEqualTo(ChangeReport.Status.APPLIED);
		assertThat(this.applicants.get(report.getApplicantId()).getAddress()).isEqualTo("神奈川県横浜市西区みなとみらい3-6-1");
		assertThat(this.applicants.history(report.getApplicantId())).anySatisfy((change) -> {
			assertThat(change.getField()).isEqualTo(ApplicantField.ADDRESS);
			assertThat(change.getOldValue()).isEqualTo(oldAddress);
			assertThat(change.getChangedBy()).isEqualTo("sato");
		});
	}

}
