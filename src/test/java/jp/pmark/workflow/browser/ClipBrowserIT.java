package jp.pmark.workflow.browser;

import java.time.LocalDate;
import java.util.List;

import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.clip.CheckAnswer;
import jp.pmark.workflow.clip.ClipBusiness;
import jp.pmark.workflow.clip.ClipBusinessRepository;
import jp.pmark.workflow.clip.ClipBusinesses;
import jp.pmark.workflow.clip.ClipCertification;
import jp.pmark.workflow.clip.ClipCertificationRepository;
import jp.pmark.workflow.clip.ClipPlan;
import jp.pmark.workflow.clip.ClipReviewProcess;
import jp.pmark.workflow.clip.ClipSelfCheck;
import jp.pmark.workflow.clip.ClipSelfCheckRepository;
import jp.pmark.workflow.clip.ClipStatus;
import jp.pmark.workflow.letter.Letter;
import jp.pmark.workflow.letter.Letters;
import jp.pmark.workflow.support.Browser;
import jp.pmark.workflow.support.ClipJobs;
import jp.pmark.workflow.support.TasklistPages;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLIP mark's tasks in Tasklist, in headless Chromium, on the demo's businesses: the
 * dedicated advisor (yamada) records guidance for the one-person business as its Light
 * plan allows and enters its self-check with a legal duty unmet; the reviewer (sasaki)
 * cannot certify it and returns it with reasons, and certifies the demo's Standard
 * business whose self-check is complete.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class ClipBrowserIT {

	/** The demo's one-person business in guidance (demo.DemoClip). */
	static final String ONE_PERSON = "ひとり設計事務所";

	/** The demo's Standard business whose complete self-check awaits review. */
	static final String AWAITING_REVIEW = "株式会社みどり会計サポート";

	/** The legal duties in the checklist's order (clip/self-check-checklist.json). */
	static final List<String> LEGAL = List.of("L01", "L02", "L03", "L04", "L05", "L06", "L07", "L08", "L09", "L10",
			"L11", "L12", "L13", "L14");

	/** The legal duties that may be not applicable, in the checklist's order. */
	static final List<String> MAY_NOT_APPLY = List.of("L08", "L10", "L11", "L12");

	@LocalServerPort
	int port;

	@Autowired
	ClipJobs clipJobs;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	ClipBusinessRepository businessRepository;

	@Autowired
	ClipBusinesses businesses;

	@Autowired
	ClipSelfCheckRepository selfChecks;

	@Autowired
	ClipCertificationRepository certifications;

	@Autowired
	Letters letters;

	@Autowired
	JapaneseBusinessCalendar calendar;

	@Test
	@DisplayName("CLIP-2 CLIP-3 CLIP-1 §1 the advisor guides the one-person Light business in Tasklist (an online session refused, a session by mail recorded) and enters its self-check with L06 unmet; the reviewer cannot certify it and returns it with reasons, which go to the business")
	void guideEnterAndReturn() throws Exception {
		String number = demo(ONE_PERSON).getEnrolmentNumber();
		LocalDate today = this.calendar.today();
		try (Browser browser = Browser.open()) {
			TasklistPages pages = new TasklistPages(browser, this.taskService, this.port, "clip");
			try {
				Task guide = pages.task(number, ClipReviewProcess.GUIDE);
				assertThat(guide.getAssignee()).as("the dedicated advisor's task").isEqualTo("yamada");
				pages.work("yamada", "専属指導員のタスク", number, guide, (b) -> {
					b.waitForText(By.cssSelector(".fjs-container"), ONE_PERSON);
					assertThat(text(b)).contains(number, "ライトプラン", "1名の事業者", "専属指導員：山田 太郎（yamada）");
					page(b, "clip-guidance-page");
					// the Light plan is supported in writing and by mail: online is
					// refused, nothing recorded
					b.click(Browser.formField("Field_mode-1"));
					b.type(Browser.formField("Field_topics"), "委託先の選定基準と、顧客名簿の持出し記録を確認した。");
					b.click(Browser.formField("Field_nextStep-1"));
					b.clickByScript(TasklistPages.COMPLETE);
					b.waitForText(By.cssSelector("body"), "【CLIP-2】");
					assertThat(b.driver().findElement(By.cssSelector("body")).getText())
						.contains("ライトプランでは「オンライン」の指導は行いません");
					shot(b, "clip-guidance-refused");
					assertThat(this.taskService.createTaskQuery().taskId(guide.getId()).count()).isOne();
					b.click(Browser.formField("Field_mode-0"));
					b.type(Browser.formField("Field_rulesDrafted"), "個人情報取扱規程（委託先管理）");
				});
				settle(number);
				pages.work("yamada", "専属指導員のタスク", number, pages.task(number, ClipReviewProcess.RECEIVE_SELF_CHECK),
						(b) -> {
							b.waitForText(By.cssSelector(".fjs-container"), "L06（法第23条）");
							// a legal duty is a long sentence: its whole text shows,
							// wrapped
							assertThat(cutOff(b, "Field_compliantItems")).as("checklist options cut off").isEmpty();
							for (String id : LEGAL) {
								if (!id.equals("L06") && !MAY_NOT_APPLY.contains(id)) {
									b.click(Browser.formField("Field_compliantItems-" + LEGAL.indexOf(id)));
								}
							}
							for (String id : MAY_NOT_APPLY) {
								b.click(Browser.formField("Field_notApplicableItems-" + MAY_NOT_APPLY.indexOf(id)));
							}
							b.click(Browser.formField("Field_optionalItems-0"));
							b.type(Browser.formField("Field_declaredBy"), "代表 森 一人");
							TasklistPages.date(b, "Field_declaredOn", today);
							shot(b, "clip-self-check-form");
						});
				settle(number);
				assertThat(this.businesses.get(number).getStatus()).isEqualTo(ClipStatus.UNDER_REVIEW);

				Task review = pages.task(number, ClipReviewProcess.REVIEW);
				pages.work("sasaki", "CLIP審査担当のタスク", number, review, (b) -> {
					b.waitForText(By.cssSelector(".fjs-container"), "法的義務（必須）");
					assertThat(text(b)).contains(ONE_PERSON, "⚠ L06（法第23条）", "（要対応）");
					assertThat(b.driver().findElement(Browser.formField("Field_declarationText")).getAttribute("value"))
						.contains("代表 森 一人", "指導員が入力");
					assertThat(b.driver().findElement(Browser.formField("Field_shortfalls")).getAttribute("value"))
						.contains("満たされていない法的義務が 1 件あります");
					// certifying with a legal duty unmet is refused
					b.click(Browser.formField("Field_decision-0"));
					b.click(Browser.formField("Field_declarationConfirmed"));
					b.clickByScript(TasklistPages.COMPLETE);
					b.waitForText(By.cssSelector("body"), "【CLIP-3】");
					assertThat(b.driver().findElement(By.cssSelector("body")).getText())
						.contains("満たされていない法的義務（L06）があるため認証できません");
					shot(b, "clip-review-refused");
					assertThat(this.taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
					b.click(Browser.formField("Field_decision-1"));
					b.type(Browser.formField("Field_reasons"),
							"L06（安全管理措置）が未対応です。顧客名簿の保管・持出しの手順を定め、専属指導員の指導を受けてから再提出してください。");
					page(b, "clip-review-page");
				});
				settle(number);
			}
			catch (RuntimeException | AssertionError ex) {
				pages.shot("failed");
				throw ex;
			}
		}
		ClipBusiness business = this.businesses.get(number);
		assertThat(business.getStatus()).isEqualTo(ClipStatus.GUIDANCE);
		ClipSelfCheck returned = this.selfChecks.findFirstByBusinessIdOrderByIdDesc(business.getId()).orElseThrow();
		assertThat(returned.getOutcome()).isEqualTo(ClipSelfCheck.Outcome.RETURNED);
		assertThat(returned.getReviewedBy()).isEqualTo("sasaki");
		assertThat(returned.getReviewReasons()).startsWith("L06（安全管理措置）が未対応です。");
		assertThat(returned.getDeclaredBy()).isEqualTo("代表 森 一人");
		assertThat(returned.getSubmittedBy()).isEqualTo("yamada");
		assertThat(returned.answers()).containsEntry("L06", CheckAnswer.NO)
			.containsEntry("L01", CheckAnswer.YES)
			.containsEntry("L08", CheckAnswer.NOT_APPLICABLE);
		assertThat(this.letters.ofCases(List.of(number))).extracting(Letter::getKind)
			.contains("CLIP_SELF_CHECK_RETURNED");
		// back with the advisor for more guidance
		assertThat(this.taskService.createTaskQuery()
			.processInstanceBusinessKey(number)
			.taskDefinitionKey(ClipReviewProcess.GUIDE)
			.singleResult()
			.getAssignee()).isEqualTo("yamada");
	}

	@Test
	@DisplayName("CLIP-3 CLIP-4 §1 the reviewer certifies the demo's Standard business in Tasklist once the declaration is confirmed; it is certified with a CLIP certificate number")
	void certify() throws Exception {
		ClipBusiness awaiting = demo(AWAITING_REVIEW);
		String number = awaiting.getEnrolmentNumber();
		assertThat(awaiting.getPlan()).isEqualTo(ClipPlan.STANDARD);
		try (Browser browser = Browser.open()) {
			TasklistPages pages = new TasklistPages(browser, this.taskService, this.port, "clip-certify");
			try {
				Task review = pages.task(number, ClipReviewProcess.REVIEW);
				pages.work("sasaki", "CLIP審査担当のタスク", number, review, (b) -> {
					b.waitForText(By.cssSelector(".fjs-container"), AWAITING_REVIEW);
					assertThat(b.driver().findElement(Browser.formField("Field_shortfalls")).getAttribute("value"))
						.isEqualTo("法的義務はすべて満たされています。");
					// the declaration must be confirmed before certifying
					b.click(Browser.formField("Field_decision-0"));
					b.clickByScript(TasklistPages.COMPLETE);
					b.waitForText(By.cssSelector("body"), "【CLIP-3】");
					assertThat(b.driver().findElement(By.cssSelector("body")).getText())
						.contains("適合宣言書の内容を確認したことにチェックしてください");
					assertThat(this.taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
					b.click(Browser.formField("Field_declarationConfirmed"));
					b.type(Browser.formField("Field_reasons"), "法的義務はすべて満たされている。努力義務（E01）の取組みを次回までに期待する。");
					shot(b, "clip-review-certify");
				});
			}
			catch (RuntimeException | AssertionError ex) {
				pages.shot("failed");
				throw ex;
			}
		}
		// the review ends, and the case certifies, in jobs of their own
		settle(number);
		ClipBusiness certified = this.businesses.get(number);
		assertThat(certified.getStatus()).isEqualTo(ClipStatus.CERTIFIED);
		assertThat(certified.getCertificateNumber()).matches("CLIP-\\d{6}");
		assertThat(certified.getValidFrom()).isNotNull();
		ClipSelfCheck selfCheck = this.selfChecks.findFirstByBusinessIdOrderByIdDesc(certified.getId()).orElseThrow();
		assertThat(selfCheck.getOutcome()).isEqualTo(ClipSelfCheck.Outcome.CERTIFIED);
		assertThat(selfCheck.getReviewedBy()).isEqualTo("sasaki");
		// a year's certification, with the cyber insurance attached without an
		// application, and the certificate's letter
		ClipCertification certification = this.certifications.findFirstByBusinessIdOrderByCycleDesc(certified.getId())
			.orElseThrow();
		assertThat(certification.getCertificateNumber()).isEqualTo(certified.getCertificateNumber());
		assertThat(certification.getValidUntil()).isEqualTo(certification.getValidFrom().plusYears(1).minusDays(1));
		assertThat(certification.getSelfCheckId()).isEqualTo(selfCheck.getId());
		assertThat(certification.getInsuranceCoverYen()).isPositive();
		assertThat(this.letters.ofCases(List.of(number))).extracting(Letter::getKind).contains("CLIP_CERTIFICATE");
	}

	private ClipBusiness demo(String name) {
		List<ClipBusiness> found = this.businessRepository.findByNameOrderById(name);
		assertThat(found).as("the demo's CLIP business %s", name).hasSize(1);
		return found.get(0);
	}

	private static String text(Browser browser) {
		return browser.driver().findElement(By.cssSelector(".fjs-container")).getText();
	}

	/**
	 * The texts of the field's options that do not fit their line (a label cut off at the
	 * form's edge).
	 */
	@SuppressWarnings("unchecked")
	private static List<String> cutOff(Browser browser, String field) {
		return (List<String>) ((JavascriptExecutor) browser.driver())
			.executeScript("return Array.from(document.querySelectorAll(\".fjs-container [id$='-" + field
					+ "-0']\")).flatMap(i => Array.from(i.closest('.fjs-form-field').querySelectorAll('label')))"
					+ ".filter(l => l.scrollWidth > l.clientWidth + 1).map(l => l.textContent);");
	}

	/**
	 * A screenshot of the whole task for the README (docs/clip/), in a window tall enough
	 * for the form, from its heading, without the last refusal's notice.
	 */
	private static void page(Browser browser, String name) {
		WebDriver.Window window = browser.driver().manage().window();
		Dimension usual = window.getSize();
		JavascriptExecutor script = (JavascriptExecutor) browser.driver();
		try {
			window.setSize(new Dimension(1400, 2200));
			script.executeScript("document.querySelectorAll('.page-notifications .close').forEach(b => b.click());"
					+ "document.querySelector('.fjs-container').scrollIntoView({block: 'start'});");
			Thread.sleep(800);
			shot(browser, name);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			window.setSize(usual);
		}
	}

	/** A screenshot for a step, turning a failed save into the test's failure. */
	private static void shot(Browser browser, String name) {
		try {
			browser.screenshot(name);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	void settle(String number) {
		this.clipJobs.settle(number);
	}

}
