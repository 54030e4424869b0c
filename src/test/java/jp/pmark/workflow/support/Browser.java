package jp.pmark.workflow.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the binary and driver paths given so
 * that Selenium Manager never tries to download anything.
 *
 * <p>
 * Without Chromium the browser tests are skipped, unless {@code browser.required=true}
 * (as in {@code .ci/run}, which installs it), where they fail.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

	private final WebDriver driver;

	private final Path profile;

	private final WebDriverWait wait;

	private Browser(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
	}

	/**
	 * Opens a fresh headless browser, or skips the test when there is none and none is
	 * required.
	 */
	public static Browser open() throws IOException {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!Boolean.getBoolean("browser.required")) {
			Assumptions.assumeTrue(present, "Chromium and chromedriver are not installed (see .ci/run)");
		}
		Path profile = Files.createTempDirectory("pmark-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=ja", "--user-data-dir=" + profile);
		// a Japanese office's browser: headless Chromium ignores --lang for the languages
		// it
		// announces (navigator.languages), which the webapps choose their language by
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ja-JP,ja"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options), profile);
	}

	public WebDriver driver() {
		return this.driver;
	}

	public void get(String url) {
		this.driver.get(url);
	}

	public WebElement waitFor(By locator) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	public void waitForText(By locator, String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	/** Logs in on a Camunda webapp's login form. */
	public void login(String userId, String password) {
		waitFor(By.cssSelector("input[ng-model='username']")).sendKeys(userId);
		this.driver.findElement(By.cssSelector("input[type='password']")).sendKeys(password);
		this.driver.findElement(By.cssSelector("button[type='submit']")).click();
	}

	/** Logs out by forgetting the session, and opens the app's login page again. */
	public void logout(String appUrl) {
		this.driver.manage().deleteAllCookies();
		this.driver.get(appUrl);
	}

	/**
	 * Clicks an element once it can be clicked, scrolled to the middle of the view first.
	 */
	public void click(By locator) {
		click(this.wait.until(ExpectedConditions.elementToBeClickable(locator)));
	}

	public void click(WebElement element) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	/**
	 * Types into a form field, clicked into first, and waits until the field holds the
	 * text.
	 */
	public void type(By locator, String text) {
		WebElement field = this.wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
		JavascriptExecutor script = (JavascriptExecutor) this.driver;
		script.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", field);
		field.sendKeys(text);
		this.wait.until((driver) -> driver.findElement(locator).getAttribute("value").contains(text));
		// form-js takes a text area's input after a short debounce; leave the field so it
		// does
		script.executeScript("arguments[0].blur();", field);
		try {
			Thread.sleep(600);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Clicks by script: for a button a notification may cover. */
	public void clickByScript(By locator) {
		WebElement element = this.wait.until(ExpectedConditions.presenceOfElementLocated(locator));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].click();", element);
	}

	/** A Camunda Form field by its component id, e.g. {@code Field_receiptOutcome-0}. */
	public static By formField(String componentId) {
		return By.cssSelector(".fjs-container [id$='-" + componentId + "']");
	}

	/**
	 * Saves a screenshot under target/browser-screenshots, to see what a failed test saw.
	 */
	public Path screenshot(String name) throws IOException {
		Path folder = Path.of("target", "browser-screenshots");
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		return file;
	}

	@Override
	public void close() throws IOException {
		try {
			this.driver.quit();
		}
		finally {
			try (var files = Files.walk(this.profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

}
