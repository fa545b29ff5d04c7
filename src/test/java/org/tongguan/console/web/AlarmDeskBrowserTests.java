package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongguan.sensing.DemoGauges;
import org.tongguan.sensing.device.DeviceDirectory;

import com.jayway.jsonpath.JsonPath;

/**
 * 告警 in Chromium: an alarm raised by a gauge's reading appears without reloading, is acknowledged and cleared; a
 * clear that another user made first is refused with the platform's words and changes nothing; no rainstorm button
 * for anyone but an administrator of a platform whose demo simulator runs.
 */
class AlarmDeskBrowserTests extends ConsoleBrowserTest {

	@Autowired
	DeviceDirectory directory;

	@Test
	void anAlarmRaisedByAReadingAppearsLiveAndIsAcknowledgedThenCleared() {
		String gauge = DemoGauges.gauge(directory, DeviceListBrowserTests.LUOHU, 3).code().value();
		SensingFixture platform = new SensingFixture(port);
		open("/login");
		logIn("dispatcher", DEMO_PASSWORD);
		open("/console/alarms");
		waitForAlarms();
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

		row(gauge).findElement(By.cssSelector("button[data-action='clear']")).click();
		WebElement comment = waitFor().until(driver -> row(gauge).findElement(By.cssSelector(".clear-form input")));
		comment.sendKeys("现场核实为传感器被杂物遮挡，已清理");
		screenshot("alarms-clear-form");
		row(gauge).findElement(By.cssSelector(".clear-form button[type=submit]")).click();
		waitFor().until(driver -> row(gauge) == null);

		new Select(browser.findElement(By.id("alarms-shown"))).selectByValue("all");
		browser.findElement(By.cssSelector("#alarms-filters button[type=submit]")).click();
		waitFor().until(driver -> row(gauge) != null && "CLEARED".equals(row(gauge).getDomAttribute("data-state")));
		assertThat(row(gauge).getText()).contains("已解除");
		assertThat(row(gauge).findElements(By.cssSelector("button"))).isEmpty();
		screenshot("alarms-cleared");
		resize(PHONE);
		screenshot("alarms-dispatcher-phone");
	}

	@Test
	void clearingAnAlarmSomeoneClearedFirstShowsThePlatformsMessageAndChangesNothing() {
		expectConsoleError("409");
		String gauge = DemoGauges.gauge(directory, DeviceListBrowserTests.LUOHU, 4).code().value();
		SensingFixture platform = new SensingFixture(port);
		platform.report(gauge, 0.44);
		String shiftLead = platform.token("shiftlead");
		long alarm = platform.newestAlarm(shiftLead, gauge);
		open("/login");
		logIn("operator", DEMO_PASSWORD);
		open("/console/alarms");
		waitForAlarms();
		row(gauge).findElement(By.cssSelector("button[data-action='clear']")).click();
		WebElement comment = waitFor().until(driver -> row(gauge).findElement(By.cssSelector(".clear-form input")));
		comment.sendKeys("误报");

		HttpResponse<String> first = platform.post(shiftLead, "/api/sensing/alarms/" + alarm + "/clear",
				"{\"comment\": \"值班长已到场处理\"}");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		row(gauge).findElement(By.cssSelector(".clear-form button[type=submit]")).click();

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
		open("/login");
		logIn("leader", DEMO_PASSWORD);
		open("/console/alarms");
		waitForAlarms();
		assertThat(browser.findElements(By.id("rainstorm"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("button[data-action]"))).isEmpty();
		screenshot("alarms-leader");
		logOut();
		logIn("admin", DEMO_PASSWORD);
		open("/console/alarms");
		waitForAlarms();
		assertThat(browser.findElements(By.id("rainstorm"))).as("the test platform's simulator is off").isEmpty();
	}

	private void waitForAlarms() {
		waitForPage("alarms");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-loaded", "true"));
	}

	/** The table row of the gauge's alarm, or null when the list has none. */
	private WebElement row(String gauge) {
		return browser.findElements(By.cssSelector("#alarms-table tbody tr")).stream()
			.filter(row -> row.findElement(By.cssSelector("th a")).getText().equals(gauge))
			.findFirst()
			.orElse(null);
	}
}
