package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The base of the console's browser tests: the whole platform on a random port (H2, the demo city) driven through the
 * system Chromium and its chromedriver (Debian {@code chromium}, {@code chromium-driver}), headless. Every browser
 * console message of level SEVERE fails the test; {@link #screenshot} saves the page under
 * {@code target/screenshots/} for review. Without Chromium the tests are skipped with a message, unless
 * {@code TONGGUAN_TEST_BROWSER_REQUIRED=true} (as in CI), which makes them fail instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { ConsoleBrowserTest.MANY_LOGINS, ConsoleBrowserTest.MANY_REPORTS })
@Tag("browser")
abstract class ConsoleBrowserTest {

	/** Every browser test logs in from 127.0.0.1: more than the 20 logins a minute one address may make. */
	static final String MANY_LOGINS = "tongguan.identity.login-attempts-per-minute=1000";

	/** The tests report their cases through the public intake from 127.0.0.1: more than 10 a minute. */
	static final String MANY_REPORTS = "tongguan.casework.public-reports-per-minute=1000";

	/** The demo users' password (demo only). */
	static final String DEMO_PASSWORD = "tongguan-demo";

	static final Dimension DESKTOP = new Dimension(1440, 900);

	/** A phone (小屏), in CSS pixels. */
	static final Dimension PHONE = new Dimension(390, 844);

	private static final Path CHROMIUM = Path.of(env("TONGGUAN_TEST_CHROMIUM", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(env("TONGGUAN_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of(System.getProperty("tongguan.screenshots", "target/screenshots"));

	@LocalServerPort
	int port;

	/** The browser the test drives now (see {@link #openAnotherBrowser}). */
	WebDriver browser;

	private final List<WebDriver> browsers = new ArrayList<>();

	private final List<String> consoleErrors = new ArrayList<>();

	private final List<Pattern> expectedErrors = new ArrayList<>();

	@BeforeAll
	static void requireChromium() {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		String missing = "Browser tests skipped: no Chromium at " + CHROMIUM + " with chromedriver at " + CHROMEDRIVER
				+ " (install the Debian packages chromium and chromium-driver; set TONGGUAN_TEST_BROWSER_REQUIRED=true"
				+ " to make this a failure)";
		if (!present && Boolean.parseBoolean(System.getenv("TONGGUAN_TEST_BROWSER_REQUIRED"))) {
			throw new IllegalStateException(missing.replace("skipped", "required"));
		}
		Assumptions.assumeTrue(present, missing);
	}

	@BeforeEach
	void openBrowser() {
		browser = startChromium();
	}

	/**
	 * Starts a second browser (another person at another desk, with a session of their own) and drives it from now
	 * on; answers the one driven before, to come back to with {@link #use}.
	 */
	WebDriver openAnotherBrowser() {
		WebDriver before = browser;
		collectConsoleErrors();
		browser = startChromium();
		return before;
	}

	/** Drives this browser from now on (one of this test's). */
	void use(WebDriver driven) {
		collectConsoleErrors();
		browser = driven;
	}

	private WebDriver startChromium() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN",
				"--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--enable-unsafe-swiftshader",
				"--use-angle=swiftshader", "--hide-scrollbars", "--no-first-run", "--disable-extensions");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver started = new ChromeDriver(service, options);
		started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
		browsers.add(started);
		return started;
	}

	@AfterEach
	void closeBrowser() {
		try {
			for (WebDriver each : browsers) {
				browser = each;
				collectConsoleErrors();
			}
			assertThat(consoleErrors).as("SEVERE messages in the browser console").isEmpty();
		}
		finally {
			browsers.forEach(WebDriver::quit);
			browsers.clear();
		}
	}

	/** Opens a path of the platform. */
	void open(String path) {
		browser.get(url(path));
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** The path of the page the browser shows. */
	String currentPath() {
		return URI.create(browser.getCurrentUrl()).getPath();
	}

	/** Signs in through the login page (which the browser must show) and waits for the console page to be drawn. */
	void logIn(String username, String password) {
		typeCredentials(username, password);
		waitFor().until(driver -> {
			String ready = driver.findElement(By.tagName("body")).getDomAttribute("data-ready");
			return ready != null && !ready.isEmpty();
		});
	}

	/** Signs out with the header's button and waits for the login page. */
	void logOut() {
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("login-submit")));
	}

	/** Fills the login form and submits it. */
	void typeCredentials(String username, String password) {
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("login-submit")));
		WebElement user = browser.findElement(By.id("username"));
		user.clear();
		user.sendKeys(username);
		WebElement secret = browser.findElement(By.id("password"));
		secret.clear();
		secret.sendKeys(password);
		browser.findElement(By.id("login-submit")).click();
	}

	/** Waits until the shell has drawn the console page with this id. */
	void waitForPage(String id) {
		waitFor().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", id));
	}

	/**
	 * A wait of up to a minute that polls again when an element went stale or the page navigated away while being
	 * looked at ("aborted by navigation", a plain {@link WebDriverException}), as after a click that leaves the page.
	 */
	WebDriverWait waitFor() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
		wait.ignoring(WebDriverException.class);
		return wait;
	}

	/**
	 * A citizen's report of 暴露垃圾 at the point, through the public intake (as the case's map and figures see it);
	 * answers the new case's number.
	 */
	String reportCase(double longitude, double latitude) {
		String body = """
				{"category": "暴露垃圾", "description": "路边有一堆暴露垃圾", "longitude": %s, "latitude": %s}"""
			.formatted(longitude, latitude);
		try {
			HttpResponse<String> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url("/api/public/cases")))
					.header("Content-Type", "application/json")
					.header("Idempotency-Key", UUID.randomUUID().toString())
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
			return answer.body().replaceFirst("(?s).*\"number\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException("Cannot report a case", e);
		}
	}

	/** A small JPEG of a cleaned street, written into the directory. */
	static Path photo(Path directory) {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x4c9be8));
		graphics.fillRect(0, 0, 320, 240);
		graphics.setColor(new Color(0x1f9d55));
		graphics.fillRect(0, 160, 320, 80);
		graphics.dispose();
		Path file = directory.resolve("cleaned.jpg");
		try {
			ImageIO.write(image, "jpg", file.toFile());
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot write a photo", e);
		}
		return file;
	}

	/** Clicks on the canvas of the map in the element with this id where it draws the point. */
	void clickOnMap(String mapId, double longitude, double latitude) {
		Map<?, ?> pixel = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript(
				"const p = arguments[0].cityMap.project([arguments[1], arguments[2]]); return {x: p.x, y: p.y};",
				browser.findElement(By.id(mapId)), longitude, latitude);
		clickOnCanvas(browser.findElement(By.cssSelector("#" + mapId + " canvas")), pixel);
	}

	/** Clicks on the canvas at the pixel {x, y} from its top left corner. */
	void clickOnCanvas(WebElement canvas, Map<?, ?> pixel) {
		new Actions(browser)
			.moveToElement(canvas, ((Number) pixel.get("x")).intValue() - canvas.getRect().getWidth() / 2,
					((Number) pixel.get("y")).intValue() - canvas.getRect().getHeight() / 2)
			.click()
			.perform();
	}

	/** Resizes the browser's viewport, e.g. to {@link #PHONE}. */
	void resize(Dimension size) {
		browser.manage().window().setSize(size);
	}

	/** The page is no wider than the window: nothing to scroll sideways on a phone. */
	void assertNoSidewaysScroll() {
		Object overflow = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(((Number) overflow).intValue()).as("sideways overflow in pixels").isLessThanOrEqualTo(0);
	}

	/** Saves the page as {@code target/screenshots/<name>.png}, and fails on what its console reported so far. */
	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot save the screenshot " + name, e);
		}
		collectConsoleErrors();
		assertThat(consoleErrors).as("SEVERE messages in the browser console up to %s", name).isEmpty();
	}

	/**
	 * Lets a SEVERE console message matching the pattern pass, for a test that provokes an error answer on purpose
	 * (Chromium reports every 4xx answer to a script's request as SEVERE).
	 */
	void expectConsoleError(String regex) {
		expectedErrors.add(Pattern.compile(regex));
	}

	private void collectConsoleErrors() {
		for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
			boolean expected = expectedErrors.stream().anyMatch(error -> error.matcher(entry.getMessage()).find());
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !expected) {
				consoleErrors.add(entry.getMessage());
			}
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
