package jp.pmark.workflow.browser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.pmark.workflow.assessment.AssessmentProcess;
import jp.pmark.workflow.identity.StaffGroup;
import jp.pmark.workflow.letter.Letter;
import jp.pmark.workflow.letter.LetterRenderer;
import jp.pmark.workflow.letter.Letters;
import jp.pmark.workflow.support.Browser;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GEN-3 in Tasklist, in headless Chromium, on a demo case: the task's form lists the
 * case's letters under この案件の送付文書, and a letter's link opens its PDF in the person's
 * session; another case's letter does not open through the task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class LettersBrowserIT {

	/** The demo users who work the tasks of a candidate group. */
	private static final Map<String, String> DEMO_USERS = Map.of(StaffGroup.RECEPTION.id(), "sato",
			StaffGroup.ACCOUNTING.id(), "suzuki", StaffGroup.COMMITTEE.id(), "kobayashi");

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	Letters letters;

	@Autowired
	LetterRenderer renderer;

	/** A demo case's open task with letters, and the demo user it is offered to. */
	private record Offered(Task task, String user, List<Letter> letters) {
	}

	private Optional<Offered> offered(Task task) {
		Set<String> caseKeys = new LinkedHashSet<>();
		caseKeys.add(this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult()
			.getBusinessKey());
		List<Letter> sent = this.letters.ofCases(caseKeys);
		if (sent.isEmpty()) {
			return Optional.empty();
		}
		for (IdentityLink link : this.taskService.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && DEMO_USERS.containsKey(link.getGroupId())) {
				return Optional.of(new Offered(task, DEMO_USERS.get(link.getGroupId()), sent));
			}
		}
		return Optional.empty();
	}

	@Test
	@DisplayName("GEN-3 a person opens a task of a case in Tasklist: the form lists the case's letters under この案件の送付文書, and a letter's link opens its PDF")
	void lettersOnTheTaskForm() throws Exception {
		Offered offered = this.taskService.createTaskQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.taskUnassigned()
			.list()
			.stream()
			.map(this::offered)
			.flatMap(Optional::stream)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no demo case with letters has an open task"));
		String taskId = offered.task().getId();
		Letter otherCase = this.letters.ofCases(List.of(otherCaseKey(offered))).get(0);
		String tasklist = "http://localhost:" + this.port + "/camunda/app/tasklist/";

		try (Browser browser = Browser.open()) {
			try {
				browser.get(tasklist);
				browser.login(offered.user(), "demo");
				browser.waitFor(By.cssSelector(".task-filters"));
				browser.get(tasklist + "default/#/?task=" + taskId);
				browser.waitForText(By.cssSelector(".fjs-container"), "この案件の送付文書");
				browser.waitFor(By.cssSelector(".fjs-container a[href*='/files/tasks/" + taskId + "/letters/']"));
				List<WebElement> links = browser.driver()
					.findElements(By.cssSelector(".fjs-container a[href*='/files/tasks/" + taskId + "/letters/']"));
				assertThat(links).as("a link per letter of the case").hasSameSizeAs(offered.letters());
				for (int i = 0; i < links.size(); i++) {
					Letter letter = offered.letters().get(i);
					assertThat(links.get(i).getText()).contains(this.renderer.number(letter.getId()),
							letter.getTitle());
					assertThat(links.get(i).getAttribute("href")).endsWith("/letters/" + letter.getId());
				}
				((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
						links.get(0));
				browser.screenshot("letters-on-the-form");
				assertThat(fetch(browser, links.get(0).getAttribute("href"))).startsWith("200 application/pdf %PDF");
				// another case's letter through this task: not there
				assertThat(fetch(browser, "/files/tasks/" + taskId + "/letters/" + otherCase.getId()))
					.startsWith("404 ");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("letters-on-the-form-failed");
				throw ex;
			}
		}
	}

	/** A case with letters other than the task's. */
	private String otherCaseKey(Offered offered) {
		Set<String> own = new LinkedHashSet<>();
		offered.letters().forEach((letter) -> own.add(letter.getCaseKey()));
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(AssessmentProcess.KEY)
			.list()
			.stream()
			.map((instance) -> instance.getBusinessKey())
			.filter((key) -> key != null && !own.contains(key) && !this.letters.ofCases(List.of(key)).isEmpty())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no other demo case with letters"));
	}

	/**
	 * Fetches the address in the page, with the session's cookie as the link would: the
	 * status, the content type and the first four characters of the body.
	 */
	private static String fetch(Browser browser, String url) {
		return String.valueOf(((JavascriptExecutor) browser.driver())
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.blob()"
					+ ".then(b => b.slice(0, 4).text()).then(t => done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + t)))"
					+ ".catch(e => done(String(e)));", url));
	}

}
