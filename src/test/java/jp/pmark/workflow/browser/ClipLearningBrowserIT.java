package jp.pmark.workflow.browser;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pmark.workflow.clip.ClipBusiness;
import jp.pmark.workflow.clip.ClipLearningFixtures;
import jp.pmark.workflow.clip.LearningCourse;
import jp.pmark.workflow.clip.LearningCourses;
import jp.pmark.workflow.identity.StaffGroup;
import jp.pmark.workflow.support.Browser;
import jp.pmark.workflow.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CLIP-4 in headless Chromium: an employee opens the business's e-learning link (no
 * login), is refused while their name does not match the roster, answers one question
 * wrong, sees which one with its explanation, corrects it and completes the course; the
 * API then shows the completion and the yearly training duty met.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class ClipLearningBrowserIT {

	private static final String STAFF = "t-clip-browser";

	private static final String WRONG = "outsourcing";

	@LocalServerPort
	int port;

	@Autowired
	ClipLearningFixtures businesses;

	@Autowired
	LearningCourses courses;

	@Autowired
	IdentityService identityService;

	@Autowired
	TestRestTemplate rest;

	@Test
	@DisplayName("CLIP-4 GEN-2 an employee opens the link, is refused under a name not on the roster, answers one question wrong and sees which with its explanation, corrects it and completes; the API shows the completion (2 attempts) and all employees completed")
	void employeeCompletesTheCourse() throws IOException {
		ClipBusiness business = this.businesses.certified("株式会社ブラウザ研修");
		this.businesses.roster(business, "W01", "渡辺 直子");
		LearningCourse course = this.courses.current();
		String base = "http://localhost:" + this.port;
		try (Browser browser = Browser.open()) {
			try {
				browser.get(base + "/clip/learn/not-a-link");
				browser.waitForText(By.id("message"), "このリンクは無効です");

				browser.get(base + "/clip/learn/" + business.getLearningToken());
				browser.waitForText(By.id("business"), "株式会社ブラウザ研修");
				assertThat(browser.driver().findElements(By.cssSelector("#questions > li")))
					.hasSize(course.questions().size());
				browser.type(By.id("employeeCode"), "W01");
				browser.type(By.id("name"), "渡辺 尚子");
				for (LearningCourse.Question question : course.questions()) {
					String choice = question.id().equals(WRONG) ? wrongChoice(question) : question.correct();
					browser.click(By.id("q-" + question.id() + "-" + choice));
				}
				browser.click(By.id("send"));
				browser.waitForText(By.id("message"), "従業者名簿と一致しません");
				browser.screenshot("clip-learning-not-on-roster");

				browser.driver().findElement(By.id("name")).clear();
				browser.type(By.id("name"), "渡辺　直子");
				browser.click(By.id("send"));
				browser.waitForText(By.id("message"), "1問が不正解です（問8）");
				browser.waitFor(By.cssSelector("#q-" + WRONG + ".wrong"));
				List<WebElement> wrong = browser.driver().findElements(By.cssSelector("#questions > li.wrong"));
				assertThat(wrong).extracting((item) -> item.getAttribute("id")).containsExactly("q-" + WRONG);
				assertThat(browser.waitFor(By.id("explain-" + WRONG)).getText())
					.contains(course.question(WRONG).orElseThrow().explanation());
				assertThat(browser.driver().findElement(By.id("message")).getText()).contains("1回目");
				browser.screenshot("clip-learning-one-wrong");

				browser.click(By.id("q-" + WRONG + "-" + course.question(WRONG).orElseThrow().correct()));
				browser.click(By.id("send"));
				browser.waitForText(By.id("doneText"), "受講を完了しました");
				assertThat(browser.driver().findElement(By.id("doneText")).getText()).contains("渡辺 直子 さん", "2回目で全問正解");
				assertThat(browser.driver().findElement(By.id("course")).isDisplayed()).isFalse();
				browser.screenshot("clip-learning-completed");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("clip-learning-failed");
				throw ex;
			}
		}
		TestUsers.ensure(this.identityService, STAFF, List.of(StaffGroup.RECEPTION.id()));
		String training = this.rest.withBasicAuth(STAFF, TestUsers.PASSWORD)
			.getForObject("/api/clip/businesses/" + business.getEnrolmentNumber() + "/training", String.class);
		JsonNode status = new ObjectMapper().readTree(training);
		assertThat(status.path("allCompleted").asBoolean()).as(training).isTrue();
		JsonNode employee = status.path("employees").get(0);
		assertThat(employee.path("employeeCode").asText()).isEqualTo("W01");
		assertThat(employee.path("completed").asBoolean()).isTrue();
		assertThat(employee.path("attempts").asInt()).isEqualTo(2);
		assertThat(employee.path("courseVersion").asText()).isEqualTo(course.version());
		assertThat(status.path("summary").asText()).contains("1名全員が今年度");
	}

	private static String wrongChoice(LearningCourse.Question question) {
		return question.choices()
			.stream()
			.map(LearningCourse.Choice::id)
			.filter((id) -> !id.equals(question.correct()))
			.findFirst()
			.orElseThrow();
	}

}
