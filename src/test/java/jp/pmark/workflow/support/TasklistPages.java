package jp.pmark.workflow.support;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist's pages as staff use them in a browser: log in as a person, open a case's task
 * from a filter, claim it, fill its Camunda Form and complete it; a numbered screenshot
 * of each step under {@code target/browser-screenshots/}.
 */
public final class TasklistPages {

	public static final By COMPLETE = By.cssSelector("button.btn-primary[ng-click='complete()']");

	private final Browser browser;

	private final TaskService taskService;

	private final String tasklistUrl;

	private final String prefix;

	private int step;

	private String user;

	public TasklistPages(Browser browser, TaskService taskService, int port, String screenshotPrefix) {
		this.browser = browser;
		this.taskService = taskService;
		this.tasklistUrl = "http://localhost:" + port + "/camunda/app/tasklist/";
		this.prefix = screenshotPrefix;
	}

	/** Opens Tasklist as the user, logging in (and out of another user) when needed. */
	public void as(String userId) {
		if (userId.equals(this.user)) {
			this.browser.get(this.tasklistUrl);
			waitForFilters();
			return;
		}
		if (this.user == null) {
			this.browser.get(this.tasklistUrl);
		}
		else {
			this.browser.logout(this.tasklistUrl);
		}
		this.browser.login(userId, "demo");
		waitForFilters();
		this.user = userId;
	}

	/**
	 * Waits for Tasklist's filters. Tasklist's page now and then stays on its loading
	 * spinner with no request failing (seen about once in ten CI runs, on different
	 * tests); a person would reload the page, and so does this, once: a page that does
	 * not load after the reload fails the test.
	 */
	private void waitForFilters() {
		try {
			this.browser.waitFor(By.cssSelector(".task-filters"));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			this.browser.driver().navigate().refresh();
			this.browser.waitFor(By.cssSelector(".task-filters"));
		}
	}

	/**
	 * As the user: opens the task from the filter (its line shows the case's number),
	 * claims it unless it is theirs already, fills the form, completes it, and waits
	 * until the engine has it done.
	 */
	public void work(String userId, String filter, String caseNumber, Task task, Consumer<Browser> fill)
			throws IOException {
		String taskKey = task.getTaskDefinitionKey();
		as(userId);
		this.browser.waitForText(By.cssSelector(".task-filters"), filter);
		this.browser.click(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'" + filter + "')]"));
		this.browser.waitForText(By.cssSelector(".tasks-list"), caseNumber);
		this.browser.click(By.xpath("//*[contains(@class,'tasks-list')]//li[contains(.,'" + caseNumber
				+ "')]//*[contains(text(),'" + task.getName() + "')]"));
		this.browser.waitFor(By.cssSelector(".fjs-container"));
		if (task.getAssignee() == null) {
			this.browser.click(By.cssSelector("button.claim"));
		}
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(30))
			.until(ExpectedConditions.not(ExpectedConditions.attributeToBe(COMPLETE, "disabled", "true")));
		fill.accept(this.browser);
		shot(taskKey);
		this.browser.clickByScript(COMPLETE);
		try {
			new WebDriverWait(this.browser.driver(), Duration.ofSeconds(30))
				.until((driver) -> this.taskService.createTaskQuery().taskId(task.getId()).count() == 0);
		}
		catch (RuntimeException ex) {
			shot(taskKey + "-not-completed");
			throw new AssertionError(taskKey + " was not completed in Tasklist by " + userId, ex);
		}
	}

	/** The case's open task of the kind, which must be there. */
	public Task task(String businessKey, String taskKey) {
		Task task = this.taskService.createTaskQuery()
			.processInstanceBusinessKey(businessKey)
			.taskDefinitionKey(taskKey)
			.singleResult();
		assertThat(task).as("%s waits in %s", taskKey, businessKey).isNotNull();
		return task;
	}

	public void shot(String name) throws IOException {
		this.browser.screenshot("%s-%02d-%s".formatted(this.prefix, ++this.step, name));
	}

	/**
	 * Types a date as a Japanese clerk does (2026/11/20) into the form's date field (a
	 * text field the product reads, see JapaneseDates), replacing what it showed, then
	 * leaves it.
	 */
	public static void date(Browser browser, String field, LocalDate day) {
		date(browser, field, "%d/%d/%d".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
	}

	/** Types a date as written into the form's date field, replacing what it showed. */
	public static void date(Browser browser, String field, String typed) {
		clear(browser, field);
		By input = By.cssSelector(".fjs-container input[id*='-" + field + "']");
		browser.driver().findElement(input).sendKeys(typed, Keys.TAB);
	}

	/** Empties a text or date field. */
	public static void clear(Browser browser, String field) {
		WebElement input = browser.waitFor(By.cssSelector(".fjs-container input[id*='-" + field + "']"));
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
	}

}
