package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 领导驾驶舱 in Chromium: every panel drawn with numbers for the leader, a new case changing the reported-today figure
 * and the ticker without a reload, and the video wall canvas filling its window without scroll bars.
 */
class CockpitBrowserTests extends ConsoleBrowserTest {

	/** A spot of 南山区 where no other test reports. */
	private static final double LONGITUDE = 113.9452;

	private static final double LATITUDE = 22.5262;

	/** A figure as the cockpit writes it: a count (with grouping commas) or a percentage with one decimal. */
	private static final String NUMBER = "\\d{1,3}(,\\d{3})*(\\.\\d)?%?";

	private static boolean historyImported;

	@BeforeEach
	void importHistoryOnce() {
		if (!historyImported) {
			CockpitHistory.importInto(url(""));
			historyImported = true;
		}
	}

	@Test
	void theLeaderSeesEveryPanelDrawnAndANewCaseChangesTheFiguresAndTheTickerLive() {
		open("/login");
		logIn("leader", DEMO_PASSWORD);
		open("/console/cockpit");
		waitForCockpit();

		assertThat(browser.findElements(By.cssSelector(".sparkline canvas"))).hasSize(6);
		assertThat(browser.findElements(By.cssSelector("#ranking-chart canvas"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#cockpit-map canvas.maplibregl-canvas"))).hasSize(1);
		List<WebElement> figures = browser.findElements(By.cssSelector(".figure-value"));
		assertThat(figures).hasSize(6).allSatisfy(figure -> assertThat(figure.getText()).matches(NUMBER));
		assertThat(figures).allSatisfy(figure -> assertThat(figure.getDomAttribute("href")).startsWith("/console/"));
		assertThat(browser.findElements(By.cssSelector("#ticker .ticker-item"))).isNotEmpty();
		assertThat(browser.findElement(By.id("ranking-chart")).getText()).isEmpty(); // drawn on a canvas, not text
		assertThat(browser.findElement(By.id("figure-closureRate")).getDomAttribute("href"))
			.contains("/console/statistics?from=");
		long before = reportedToday();
		script("window.cockpitNotReloaded = true");

		String number = reportCase(LONGITUDE, LATITUDE);

		waitFor().until(driver -> reportedToday() == before + 1);
		waitFor().until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#ticker .ticker-item[data-key='case-" + number + "']")));
		assertThat(script("return window.cockpitNotReloaded")).isEqualTo(true);
		assertThat(browser.findElement(By.id("figure-reportedToday")).getText()).matches(NUMBER);
		screenshot("cockpit-desktop");
		resize(PHONE);
		screenshot("cockpit-phone");
	}

	@Test
	void theFiguresLeadToTheStatisticsAndTheMapOfTheirCases() {
		open("/login");
		logIn("leader", DEMO_PASSWORD);
		open("/console/cockpit");
		waitForCockpit();
		String rates = browser.findElement(By.id("figure-onTimeClosureRate")).getDomAttribute("href");
		String today = browser.findElement(By.id("figure-reportedToday")).getDomAttribute("href");

		open(rates);
		waitForPage("statistics");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-loaded", "true"));
		String from = rates.replaceFirst(".*[?&]from=([0-9-]+).*", "$1");
		assertThat(browser.findElement(By.id("statistics-from")).getDomProperty("value")).isEqualTo(from);
		assertThat(browser.findElement(By.id("statistics-groupBy")).getDomProperty("value")).isEqualTo("district");

		open(today);
		waitForPage("map");
		String day = today.replaceFirst(".*[?&]from=([0-9-]+).*", "$1");
		assertThat(browser.findElement(By.id("filter-from")).getDomProperty("value")).isEqualTo(day);
		assertThat(browser.findElement(By.id("filter-to")).getDomProperty("value")).isEqualTo(day);
		waitFor().until(ExpectedConditions.attributeToBe(By.id("city-map"), "data-idle", "true"));
	}

	@Test
	void theWallModeFillsA3840By1080WindowWithoutScrollBarsAndRotatesTheRanking() {
		open("/login");
		logIn("leader", DEMO_PASSWORD);
		viewport(3840, 1080);
		open("/console/cockpit?wall=3840x1080&rotate=3");
		waitForCockpit();

		Map<String, Object> window = layout();
		assertThat(window.get("innerWidth")).isEqualTo(3840L);
		assertThat(window.get("innerHeight")).isEqualTo(1080L);
		assertThat((Long) window.get("scrollWidth")).isLessThanOrEqualTo((Long) window.get("clientWidth"));
		assertThat((Long) window.get("scrollHeight")).isLessThanOrEqualTo((Long) window.get("clientHeight"));
		assertFills(window);
		assertThat(browser.findElement(By.cssSelector(".shell-header")).isDisplayed()).isFalse();
		screenshot("cockpit-wall-3840x1080");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("ranking-chart"), "data-grouping", "department"));
	}

	@Test
	void theWallModeAt7680By2160ScalesDownIntoASmallerWindowLetterboxed() {
		open("/login");
		logIn("shiftlead", DEMO_PASSWORD);
		viewport(1920, 540);
		open("/console/cockpit?wall=7680x2160");
		waitForCockpit();

		Map<String, Object> window = layout();
		assertThat((Long) window.get("scrollWidth")).isLessThanOrEqualTo((Long) window.get("clientWidth"));
		assertThat((Long) window.get("scrollHeight")).isLessThanOrEqualTo((Long) window.get("clientHeight"));
		assertFills(window);
		screenshot("cockpit-wall-7680x2160");
	}

	@Test
	void theCockpitSpeaksEnglishAfterTheSwitch() {
		open("/login");
		logIn("admin", DEMO_PASSWORD);
		open("/console/cockpit?lang=en");
		waitForCockpit();

		assertThat(browser.findElement(By.cssSelector(".cockpit-header h1")).getText()).isEqualTo("Leader cockpit");
		assertThat(browser.findElement(By.cssSelector(".figure-onTimeClosureRate h2")).getText())
			.isEqualTo("On-time closure rate");
		assertThat(browser.findElement(By.id("ranking-tab-department")).getText()).isEqualTo("Departments");
		screenshot("cockpit-desktop-en");
	}

	/**
	 * Makes the page's viewport exactly this size (a window's size includes the browser's own bars): the window is
	 * made that large, and Chromium's device metrics pin the viewport to it.
	 */
	private void viewport(int width, int height) {
		resize(new Dimension(width, height + 200));
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	/** The canvas covers the whole window along one side and is centred along the other (letterbox). */
	private void assertFills(Map<String, Object> window) {
		double width = ((Number) window.get("innerWidth")).doubleValue();
		double height = ((Number) window.get("innerHeight")).doubleValue();
		double left = ((Number) window.get("left")).doubleValue();
		double top = ((Number) window.get("top")).doubleValue();
		double canvasWidth = ((Number) window.get("width")).doubleValue();
		double canvasHeight = ((Number) window.get("height")).doubleValue();
		assertThat(Math.abs(canvasWidth - width) < 1.5 || Math.abs(canvasHeight - height) < 1.5)
			.as("canvas %s×%s in a window of %s×%s", canvasWidth, canvasHeight, width, height)
			.isTrue();
		assertThat(canvasWidth).isLessThanOrEqualTo(width + 1);
		assertThat(canvasHeight).isLessThanOrEqualTo(height + 1);
		assertThat(Math.abs(left - (width - canvasWidth - left))).isLessThan(1.5);
		assertThat(Math.abs(top - (height - canvasHeight - top))).isLessThan(1.5);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> layout() {
		return (Map<String, Object>) script("""
				const root = document.documentElement;
				const box = document.getElementById('cockpit').getBoundingClientRect();
				return { innerWidth: innerWidth, innerHeight: innerHeight, scrollWidth: root.scrollWidth,
				  clientWidth: root.clientWidth, scrollHeight: root.scrollHeight, clientHeight: root.clientHeight,
				  left: box.left, top: box.top, width: box.width, height: box.height };""");
	}

	private long reportedToday() {
		return Long.parseLong(browser.findElement(By.id("figure-reportedToday")).getDomAttribute("data-value"));
	}

	private void waitForCockpit() {
		waitForPage("cockpit");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("cockpit"), "data-ready", "true"));
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}
}
