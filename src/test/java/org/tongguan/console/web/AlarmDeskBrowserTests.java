package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongguan.sensing.DemoGauges;
import org.tongguan.sensing.device.DeviceDirectory;

import com.jayway.jsonpath.JsonPath;

/**
 * 告警 in Chromium: an alarm raised by a gauge's reading appears without reloading, is acknowledged and cleared; a
 * clear that another user made first is refused with the platform's words and changes nothing; an alarm is assigned
 * and commented, and its detail shows both; more alarms than fit a page are paged, the filters and a live reload
 * keeping the page; no rainstorm button for anyone but an administrator of a platform whose demo simulator runs.
 */
class AlarmDeskBrowserTests extends ConsoleBrowserTest {

	@Autowired
	DeviceDirectory directory;

	private SensingFixture platform;

	/** The shift lead's bearer token, for acting through the API beside the browser. */
	private String shiftLead;

	@BeforeEach
	void reachThePlatform() {
		platform = new SensingFixture(port);
		shiftLead = platform.token("shiftlead");
	}

	@Test
	void anAlarmRaisedByAReadingAppearsLiveAndIsAcknowledgedThenCleared() {
		String gauge = gauge(3);
		openAlarmsAs("dispatcher");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-live", "open"));
		assertThat(browser.findElements(By.id("rainstorm"))).isEmpty();

		platform.report(gauge, 0.46);
		WebElement row = waitFor().until(driver -> row(gauge));
		assertThat(row.getDomAttribute("data-state")).isEqualTo("ACTIVE_UNACKNOWLEDGED");
		assertThat(row.getText()).contains("橙色", "积水深度", "0.46", "未确认");
		assertThat(row.getDomAttribute("class")).contains("arrived");
		screenshot("alarms-raised-live");

		row.findElement(By.cssSelector("button[data-action='acknowledge']")).click();
		waitFor().until(driver -> "ACKNOWLEDGED".equals(row(gauge).getDomAttribute("data-state")));
		assertThat(row(gauge).getText()).contains("已确认", "dispatcher");

		WebElement comment = openForm(gauge, "clear");
		comment.sendKeys("现场核实为传感器被杂物遮挡，已清理");
		screenshot("alarms-clear-form");
		submitForm(gauge, "clear");
		waitFor().until(driver -> row(gauge) == null);

		new Select(browser.findElement(By.id("alarms-shown"))).selectByValue("all");
		browser.findElement(By.cssSelector("#alarms-filters button[type=submit]")).click();
		waitFor().until(driver -> row(gauge) != null && "CLEARED".equals(row(gauge).getDomAttribute("data-state")));
		assertThat(row(gauge).getText()).contains("已解除");
		assertThat(row(gauge).findElements(By.cssSelector("button[data-action]")))
			.extracting(button -> button.getDomAttribute("data-action"))
			.containsExactly("comment");
		screenshot("alarms-cleared");
		resize(PHONE);
		screenshot("alarms-dispatcher-phone");
	}

	@Test
	void clearingAnAlarmSomeoneClearedFirstShowsThePlatformsMessageAndChangesNothing() {
		expectConsoleError("409");
		String gauge = gauge(4);
		long alarm = raise(shiftLead, gauge, 0.44);
		openAlarmsAs("operator");
		WebElement comment = openForm(gauge, "clear");
		comment.sendKeys("误报");

		HttpResponse<String> first = platform.post(shiftLead, "/api/sensing/alarms/" + alarm + "/clear",
				"{\"comment\": \"值班长已到场处理\"}");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		submitForm(gauge, "clear");

		WebElement refusal = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("alarm-" + alarm + "-refusal")));
		assertThat(refusal.getText()).contains("未能办理", "already cleared");
		assertThat(row(gauge).findElement(By.cssSelector(".clear-form input")).getDomProperty("value"))
			.isEqualTo("误报");
		String stored = platform.get(shiftLead, "/api/sensing/alarms/" + alarm);
		assertThat(JsonPath.<String>read(stored, "$.alarm.clearedBy")).isEqualTo("shiftlead");
		assertThat(JsonPath.<String>read(stored, "$.alarm.clearComment")).isEqualTo("值班长已到场处理");
		screenshot("alarms-clear-refused");
	}

	@Test
	void noRainstormButtonWithoutAnAdministratorAndARunningSimulator() {
		openAlarmsAs("leader");
		assertThat(browser.findElements(By.id("rainstorm"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("button[data-action]"))).isEmpty();
		screenshot("alarms-leader");
		logOut();
		logIn("admin", DEMO_PASSWORD);
		open("/console/alarms");
		waitForAlarms();
		assertThat(browser.findElements(By.id("rainstorm"))).as("the test platform's simulator is off").isEmpty();
	}

	@Test
	void anAlarmIsAssignedAndCommentedAndItsDetailShowsTheCommentAndTheHistory() {
		expectConsoleError("400");
		String gauge = gauge(5);
		long alarm = raise(shiftLead, gauge, 0.47);
		openAlarmsAs("shiftlead");
		assertThat(row(gauge).findElement(By.cssSelector("[data-field=assignee]")).getText()).isEqualTo("—");

		WebElement assignee = openForm(gauge, "assign");
		assignee.sendKeys("dispatcher");
		screenshot("alarms-assign-form");
		submitForm(gauge, "assign");
		waitFor().until(driver -> "dispatcher"
			.equals(row(gauge).findElement(By.cssSelector("[data-field=assignee]")).getText()));

		WebElement text = openForm(gauge, "comment");
		submitForm(gauge, "comment");
		WebElement blank = waitFor().until(
				ExpectedConditions.visibilityOfElementLocated(By.id("alarm-" + alarm + "-comment-error")));
		assertThat(blank.getText()).contains("is required");
		assertThat(JsonPath.<List<?>>read(platform.get(shiftLead, "/api/sensing/alarms/" + alarm),
				"$.comments")).isEmpty();
		text.sendKeys("已通知罗湖区排水公司到场抽排");
		submitForm(gauge, "comment");
		waitFor().until(driver -> row(gauge).findElements(By.cssSelector(".comment-form")).isEmpty());

		row(gauge).findElement(By.cssSelector("button[data-detail]")).click();
		WebElement detail = waitFor().until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#alarm-" + alarm + "-detail[data-loaded=true]")));
		assertThat(detail.findElement(By.cssSelector("[data-part=comments]")).getText())
			.contains("已通知罗湖区排水公司到场抽排", "shiftlead");
		assertThat(detail.findElement(By.cssSelector("[data-part=history]")).getText())
			.contains("产生", "橙色", "指派", "dispatcher", "shiftlead");
		String stored = platform.get(shiftLead, "/api/sensing/alarms/" + alarm);
		assertThat(JsonPath.<String>read(stored, "$.alarm.assignee")).isEqualTo("dispatcher");
		screenshot("alarms-detail");
		resize(PHONE);
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
				row(gauge));
		screenshot("alarms-detail-phone");

		WebElement again = openForm(gauge, "assign");
		again.clear();
		submitForm(gauge, "assign");
		waitFor().until(driver -> "—".equals(row(gauge).findElement(By.cssSelector("[data-field=assignee]")).getText()));
		waitFor().until(driver -> driver.findElement(By.cssSelector("#alarm-" + alarm + "-detail [data-part=history]"))
			.getText()
			.contains("取消指派"));
	}

	@Test
	void moreAlarmsThanOnePageArePagedAndALiveReloadKeepsThePageAndTheFilters() {
		String dispatcher = platform.token("dispatcher");
		for (int n = 6; n <= 8; n++) {
			String gauge = gauge(n);
			raise(dispatcher, gauge, 0.45);
		}
		open("/login");
		logIn("dispatcher", DEMO_PASSWORD);
		open("/console/alarms?size=2");
		waitForAlarms();
		WebElement unfiltered = browser.findElement(By.id("alarms-table"));
		new Select(browser.findElement(By.id("alarms-level"))).selectByValue("ORANGE");
		browser.findElement(By.cssSelector("#alarms-filters button[type=submit]")).click();
		waitFor().until(ExpectedConditions.stalenessOf(unfiltered));
		waitForAlarms();
		assertThat(browser.findElement(By.id("alarms-position")).getText()).startsWith("第 1/");
		assertThat(browser.findElement(By.id("alarms-previous")).isEnabled()).isFalse();
		List<String> first = shownAlarms();
		assertThat(first).hasSize(2);

		browser.findElement(By.id("alarms-next")).click();
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-page", "1"));
		waitForAlarms();
		assertThat(browser.findElement(By.id("alarms-position")).getText()).startsWith("第 2/").contains("共");
		assertThat(shownAlarms()).isNotEmpty().doesNotContainAnyElementsOf(first);
		assertThat(browser.findElements(By.cssSelector("#alarms-table .level-badge")))
			.allSatisfy(badge -> assertThat(badge.getText()).isEqualTo("橙色"));
		screenshot("alarms-page-2");

		WebElement before = browser.findElement(By.id("alarms-table"));
		platform.report(gauge(9), 0.45);
		waitFor().until(ExpectedConditions.stalenessOf(before));
		waitForAlarms();
		assertThat(browser.findElement(By.id("main")).getDomAttribute("data-page")).isEqualTo("1");
		assertThat(browser.findElement(By.id("alarms-position")).getText()).startsWith("第 2/");
		assertThat(new Select(browser.findElement(By.id("alarms-level"))).getFirstSelectedOption().getDomAttribute(
				"value")).isEqualTo("ORANGE");
		resize(PHONE);
		screenshot("alarms-page-2-phone");

		browser.findElement(By.id("alarms-previous")).click();
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-page", "0"));
		assertThat(browser.findElement(By.id("alarms-position")).getText()).startsWith("第 1/");

		resize(DESKTOP);
		open("/console/alarms?size=2&lang=en");
		waitForAlarms();
		assertThat(browser.findElement(By.id("alarms-position")).getText()).startsWith("Page 1 of ").endsWith(" alarms");
		browser.findElement(By.cssSelector("#alarms-table button[data-detail]")).click();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alarm-detail[data-loaded=true]")));
		assertThat(browser.findElement(By.cssSelector(".alarm-detail")).getText()).contains("History", "Raised");
		screenshot("alarms-en");
	}

	/** The gauge reports the water depth; answers the id of the alarm it raises. */
	private long raise(String token, String gauge, double depth) {
		platform.report(gauge, depth);
		return platform.newestAlarm(token, gauge);
	}

	/** The n-th (from 0) demo water-level gauge of 罗湖区, which no other browser test uses from 3 on. */
	private String gauge(int n) {
		return DemoGauges.gauge(directory, DeviceListBrowserTests.LUOHU, n).code().value();
	}

	/** Signs in as the demo user and opens the alarms page. */
	private void openAlarmsAs(String username) {
		open("/login");
		logIn(username, DEMO_PASSWORD);
		open("/console/alarms");
		waitForAlarms();
	}

	/** Clicks the action's button in the gauge's row; answers the control of the form it opens. */
	private WebElement openForm(String gauge, String action) {
		row(gauge).findElement(By.cssSelector("button[data-action='" + action + "']")).click();
		return waitFor().until(driver -> row(gauge).findElement(By.cssSelector("." + action + "-form [name]")));
	}

	private void submitForm(String gauge, String action) {
		row(gauge).findElement(By.cssSelector("." + action + "-form button[type=submit]")).click();
	}

	/** The ids of the alarms the table shows, in order. */
	private List<String> shownAlarms() {
		return browser.findElements(By.cssSelector("#alarms-table tbody tr[data-alarm]")).stream()
			.map(row -> row.getDomAttribute("data-alarm"))
			.toList();
	}

	private void waitForAlarms() {
		waitForPage("alarms");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-loaded", "true"));
	}

	/** The table row of the gauge's alarm, or null when the list has none. */
	private WebElement row(String gauge) {
		return browser.findElements(By.cssSelector("#alarms-table tbody tr[data-alarm]")).stream()
			.filter(row -> row.findElement(By.cssSelector("th a")).getText().equals(gauge))
			.findFirst()
			.orElse(null);
	}
}
