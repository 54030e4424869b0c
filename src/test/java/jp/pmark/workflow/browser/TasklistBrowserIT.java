package jp.pmark.workflow.browser;

import jp.pmark.workflow.support.Browser;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist in headless Chromium: a demo reception user logs in and sees the Japanese
 * filters and the reception's task list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class TasklistBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Test
	@DisplayName("§1 the demo reception user logs in to Tasklist and sees the reception's tasks under Japanese filters")
	void receptionSeesTaskList() throws Exception {
		this.repositoryService.createDeployment()
			.addClasspathResource("processes/AccessTestProcess.bpmn")
			.enableDuplicateFiltering(true)
			.deploy();
		this.runtimeService.startProcessInstanceByKey("AccessTestProcess", "PM-BROWSER-0001");

		try (Browser browser = Browser.open()) {
			try {
				browser.get("http://localhost:" + this.port + "/camunda/app/tasklist/");
				browser.login("sato", "demo");
				browser.waitForText(By.cssSelector(".task-filters"), "受付担当のタスク");
				String filters = browser.driver().findElement(By.cssSelector(".task-filters")).getText();
				assertThat(filters).contains("自分のタスク", "期限切れのタスク", "受付担当のタスク").doesNotContain("審査会委員のタスク");

				browser.driver()
					.findElement(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'受付担当のタスク')]"))
					.click();
				browser.waitForText(By.cssSelector(".tasks-list"), "受付のタスク");
				assertThat(browser.driver().findElement(By.cssSelector(".tasks-list")).getText()).contains("受付のタスク")
					.doesNotContain("審査会のタスク");
				browser.screenshot("tasklist-reception");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("tasklist-reception-failed");
				throw ex;
			}
		}
	}

}
