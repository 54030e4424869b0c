package jp.pmark.workflow.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jp.pmark.workflow.assessment.AssessmentDriver;
import jp.pmark.workflow.calendar.JapaneseBusinessCalendar;
import jp.pmark.workflow.clip.ClipBusinessRepository;
import jp.pmark.workflow.clip.RegisterEntries;
import jp.pmark.workflow.support.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CLIP-7 in headless Chromium: a consignor opens the public register without a login,
 * looks a business up and reads the table; a bad lookup shows its Japanese message. The
 * page runs under its own Content-Security-Policy (its script is its own file).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class RegisterBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ClipBusinessRepository businesses;

	@Autowired
	JapaneseBusinessCalendar calendar;

	@Test
	@DisplayName("CLIP-7 GEN-2 the public register's page: without a login, a CLIP business found by a part of its name and a demo Privacy Mark registration by its number, shown in the table with status, since when, plan, last yearly review and validity; the duties of a consignor explained; a bad lookup shows its Japanese message")
	void lookUp() throws Exception {
		String token = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
		LocalDate from = this.calendar.today().minusMonths(1);
		String certificate = RegisterEntries.certified(this.businesses, "ブラウザ照会テスト株式会社" + token,
				AssessmentDriver.newCorporateNumber(), from);
		try (Browser browser = Browser.open()) {
			try {
				browser.get("http://localhost:" + this.port + "/register");
				browser.waitFor(By.id("consignors"));
				assertThat(browser.driver().findElement(By.id("consignors")).getText()).contains("委託先の監督",
						"①安全管理措置をあらかじめ確認", "②委託契約に取扱状況の把握を盛り込む", "③定期的な評価");

				browser.type(By.id("name"), "ﾌﾞﾗｳｻﾞ照会テスト株式会社" + token);
				browser.click(By.id("submit"));
				browser.waitForText(By.id("count"), "1件見つかりました");
				List<String> row = cells(browser);
				assertThat(row).containsExactly("CLIPマーク", "ブラウザ照会テスト株式会社" + token, certificate, "認証", date(from),
						"スタンダードプラン", date(from.minusDays(3)), date(from.plusYears(1).minusDays(1)) + "まで");

				browser.click(By.id("clear"));
				browser.type(By.id("certificateNumber"), "21000001(01)");
				browser.click(By.id("submit"));
				browser.waitForText(By.id("count"), "件見つかりました");
				List<String> registration = cells(browser);
				assertThat(registration.subList(0, 3)).containsExactly("プライバシーマーク", "株式会社つばさシステム", "21000001(01)");
				assertThat(registration.get(7)).contains("〜");

				browser.click(By.id("clear"));
				browser.type(By.id("name"), "a");
				browser.click(By.id("submit"));
				browser.waitForText(By.id("message"), "2文字以上");
				assertThat(browser.driver().findElement(By.id("answer")).isDisplayed()).isFalse();
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("register");
				throw ex;
			}
		}
	}

	private static List<String> cells(Browser browser) {
		return browser.driver()
			.findElements(By.cssSelector("#results tbody tr:first-child td"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
