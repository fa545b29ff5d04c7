package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.jayway.jsonpath.JsonPath;

/**
 * The whole case loop through the console, one person at each desk: an operator reports a case by clicking on the
 * map and files it for manual dispatch; the dispatcher, whose desk is open in another browser, sees it arrive without
 * reloading and dispatches it to 福田区城管; the handler handles it with a photo; the inspector verifies it on the
 * phone layout (a verification without a photo is refused next to the photo field and changes nothing); the shift
 * lead closes it and records the callback. The leader's cockpit, open all along in a third browser, counts the case
 * among today's reports and shows the satisfaction rate the statistics answer afterwards, without reloading.
 */
class CaseLoopBrowserTests extends ConsoleBrowserTest {

	/** A point in the inspector's street of 福田区. */
	private static final double LONGITUDE = 114.0583;

	private static final double LATITUDE = 22.5428;

	private static final String CHENGGUAN = "440304-CHENGGUAN";

	private final PlatformCalls platform = new PlatformCalls(this::url);

	@TempDir
	Path photos;

	@Test
	void aCaseGoesFromTheOperatorsMapClickThroughEveryDeskToClosed() {
		open("/console/cockpit");
		logIn("leader", DEMO_PASSWORD);
		waitFor().until(ExpectedConditions.attributeToBe(By.id("cockpit"), "data-ready", "true"));
		script("window.cockpitNotReloaded = true");
		long reportedBefore = Long.parseLong(figure("reportedToday"));
		WebDriver leader = openAnotherBrowser();

		open("/console/dispatch");
		logIn("dispatcher", DEMO_PASSWORD);
		waitForPage("dispatch");
		script("window.deskNotReloaded = true");
		WebDriver dispatcher = openAnotherBrowser();

		long id = reportOnTheMapAndFile();
		WebDriver others = browser;

		use(leader);
		waitFor().until(driver -> figure("reportedToday").equals(String.valueOf(reportedBefore + 1)));

		use(dispatcher);
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("queue-case-" + id)));
		assertThat(script("return window.deskNotReloaded")).isEqualTo(true);
		choose(id);
		new Select(waitFor().until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#action-dispatch-department[data-loaded='true']"))))
			.selectByValue(CHENGGUAN);
		submit("dispatch");
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("dispatch-done")));
		assertThat(stage(id)).isEqualTo("HANDLING");

		use(others);
		logOut();
		open("/console/handle");
		logIn("handler", DEMO_PASSWORD);
		waitForPage("handle");
		choose(id);
		assertThat(actions()).containsExactly("handled", "return", "extension", "suspension");
		browser.findElement(By.cssSelector("[data-action=handled]")).click();
		browser.findElement(By.id("action-handled-result")).sendKeys("已清运垃圾并冲洗路面");
		browser.findElement(By.id("action-handled-attachmentIds")).sendKeys(photo(photos).toString());
		screenshot("loop-handler");
		submit("handled");
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("handle-done")));
		assertThat(stage(id)).isEqualTo("VERIFYING");
		assertThat(platform.get(token(), "/api/cases/" + id)).contains("\"role\":\"AFTER\"");

		logOut();
		resize(PHONE);
		open("/console/verify");
		logIn("inspector", DEMO_PASSWORD);
		waitForPage("verify");
		choose(id);
		assertThat(browser.findElements(By.cssSelector("#verify-detail .photo-thumb"))).isNotEmpty();
		browser.findElement(By.id("action-verify-comment")).sendKeys("现场已清理干净");
		expectConsoleError("/api/cases/" + id + "/verify - .* status of 400");
		submit("verify");
		WebElement missing = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-verify-attachmentIds-error")));
		assertThat(missing.getText()).contains("photo");
		assertThat(stage(id)).isEqualTo("VERIFYING");
		browser.findElement(By.id("action-verify-attachmentIds")).sendKeys(photo(photos).toString());
		screenshot("loop-inspector-phone");
		assertThat(noHorizontalScroll()).isTrue();
		submit("verify");
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-done")));
		assertThat(stage(id)).isEqualTo("CLOSING");

		logOut();
		resize(DESKTOP);
		open("/console/duty");
		logIn("shiftlead", DEMO_PASSWORD);
		waitForPage("duty");
		choose(id);
		screenshot("loop-shift-lead");
		submit("close");
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("duty-done")));
		choose(id);
		browser.findElement(By.cssSelector("[data-action=callback]")).click();
		new Select(browser.findElement(By.id("action-callback-satisfaction"))).selectByValue("SATISFIED");
		submit("callback");
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("duty-done")));
		assertThat(stage(id)).isEqualTo("CLOSED");
		String timeline = platform.get(token(), "/api/cases/" + id + "/timeline");
		assertThat(timeline).contains("王芳", "张伟", "刘洋", "黄磊", "李强");

		use(leader);
		double satisfaction = cockpitSatisfactionRate();
		waitFor().until(driver -> !figure("satisfactionRate").isEmpty()
				&& Math.abs(Double.parseDouble(figure("satisfactionRate")) - satisfaction) < 0.05);
		assertThat(script("return window.cockpitNotReloaded")).isEqualTo(true);
		screenshot("loop-cockpit");
	}

	/** The 满意率 of the cockpit's 30 days in the whole city, from the statistics API, once the case counts there. */
	private double cockpitSatisfactionRate() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String path = "/api/statistics/cases?groupBy=city&medians=false&from=" + today.minusDays(29) + "&to="
				+ today.plusDays(1);
		String leader = platform.token("leader");
		return waitFor().until(driver -> {
			String report = platform.get(leader, path);
			Number evaluated = JsonPath.read(report, "$.total.evaluated");
			return evaluated.longValue() > 0 ? ((Number) JsonPath.read(report, "$.total.satisfactionRate"))
				.doubleValue() : null;
		});
	}

	/** A key figure of the cockpit as a number (data-value), empty when there is none. */
	private String figure(String id) {
		return browser.findElement(By.id("figure-" + id)).getDomAttribute("data-value");
	}

	/** As the operator in a browser of their own: reports on the map, accepts and files for manual dispatch. */
	private long reportOnTheMapAndFile() {
		open("/console/intake");
		logIn("operator", DEMO_PASSWORD);
		waitForPage("intake");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("intake-map"), "data-idle", "true"));
		script("arguments[0].cityMap.jumpTo({center: [arguments[1], arguments[2]], zoom: 16})",
				browser.findElement(By.id("intake-map")), LONGITUDE, LATITUDE);
		waitFor().until(ExpectedConditions.attributeToBe(By.id("intake-map"), "data-idle", "true"));
		clickOnMap("intake-map", LONGITUDE, LATITUDE);
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-location"), "福田区"));
		browser.findElement(By.id("intake-category")).sendKeys("暴露");
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("intake-category-E0101"))).click();
		browser.findElement(By.id("intake-description")).sendKeys("人行道上堆放生活垃圾");
		browser.findElement(By.id("intake-submit")).click();
		String number = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("intake-case-number")))
			.getText();
		browser.findElement(By.id("intake-accept")).click();
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("intake-file-manual"))).click();
		browser.findElement(By.id("intake-file")).click();
		waitFor().until(ExpectedConditions.attributeToBe(By.id("intake-result"), "data-stage", "FILED"));
		return ((Number) JsonPath.read(platform.get(token(), "/api/cases/by-number/" + number), "$.id")).longValue();
	}

	private void choose(long id) {
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("queue-case-" + id))).click();
		waitFor().until(ExpectedConditions.attributeToBe(By.cssSelector(".desk-detail"), "data-case-id",
				String.valueOf(id)));
	}

	private void submit(String action) {
		waitFor().until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("#action-form-" + action + " button[type='submit']")))
			.click();
	}

	private List<String> actions() {
		return browser.findElements(By.cssSelector(".desk-actions [data-action]"))
			.stream()
			.map(button -> button.getDomAttribute("data-action"))
			.toList();
	}

	private boolean noHorizontalScroll() {
		return (Boolean) script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
	}

	private String stage(long id) {
		return JsonPath.read(platform.get(token(), "/api/cases/" + id), "$.stage.code");
	}

	private String token() {
		return platform.token("shiftlead");
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}
}
