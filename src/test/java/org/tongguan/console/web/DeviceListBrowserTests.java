package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongguan.sensing.DemoGauges;
import org.tongguan.sensing.device.DeviceDirectory;

/** 感知设备 in Chromium: the device list filtered by type, state, district and code, and the devices on the map. */
class DeviceListBrowserTests extends ConsoleBrowserTest {

	/** 罗湖区: the sensing browser tests use its gauges, which no other browser test touches. */
	static final String LUOHU = "440303";

	@Autowired
	DeviceDirectory directory;

	@Test
	void theShiftLeadFiltersTheDevicesByTypeStateDistrictAndCodeAndSeesThemOnTheMap() {
		String flooded = DemoGauges.gauge(directory, LUOHU, 0).code().value();
		String quiet = DemoGauges.gauge(directory, LUOHU, 1).code().value();
		SensingFixture platform = new SensingFixture(port);
		platform.report(flooded, 0.45);
		platform.newestAlarm(platform.token("shiftlead"), flooded);

		open("/login");
		logIn("shiftlead", DEMO_PASSWORD);
		open("/console/devices");
		waitForList();
		assertThat(rows()).hasSize(20);
		assertThat(browser.findElement(By.id("devices-position")).getText()).startsWith("第 1/");

		new Select(browser.findElement(By.id("devices-type"))).selectByValue("water-level");
		new Select(browser.findElement(By.id("devices-state"))).selectByValue("ALARM");
		new Select(browser.findElement(By.id("devices-district"))).selectByVisibleText("罗湖区");
		submit();
		assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.getDomAttribute("data-state"))
			.isEqualTo("ALARM"));
		assertThat(rows()).extracting(row -> row.getDomAttribute("data-device")).contains(flooded)
			.allSatisfy(code -> assertThat(code).startsWith("WL-" + LUOHU));
		assertThat(browser.findElement(By.cssSelector("tr[data-device='" + flooded + "'] .state-badge")).getText())
			.isEqualTo("告警");
		waitFor().until(driver -> renderedDevices() > 0);
		screenshot("devices-alarm-filter");

		new Select(browser.findElement(By.id("devices-state"))).selectByValue("");
		browser.findElement(By.id("devices-q")).sendKeys(quiet);
		submit();
		assertThat(rows()).extracting(row -> row.getDomAttribute("data-device")).containsExactly(quiet);
		browser.findElement(By.cssSelector("tr[data-device='" + quiet + "'] a")).click();
		waitForPage("device");
		assertThat(browser.getCurrentUrl()).endsWith("/console/device?code=" + quiet);
	}

	@Test
	void theListAndMapFitAPhone() {
		open("/login");
		logIn("leader", DEMO_PASSWORD);
		resize(PHONE);
		open("/console/devices");
		waitForList();
		waitFor().until(driver -> renderedDevices() > 0);
		screenshot("devices-leader-phone");
		resize(DESKTOP);
		waitFor().until(driver -> renderedDevices() > 0);
		screenshot("devices-leader");

		open("/console/devices?lang=en");
		waitForList();
		assertThat(browser.findElement(By.cssSelector(".devices-page h1")).getText()).isEqualTo("Devices");
		assertThat(browser.findElement(By.cssSelector("#devices-table thead")).getText()).contains("Code", "State",
				"District");
		assertThat(browser.findElement(By.cssSelector("#devices-table .state-badge")).getText()).isIn("Online",
				"Offline", "In alarm");
		screenshot("devices-leader-en");
	}

	private void submit() {
		browser.findElement(By.cssSelector("#devices-filters button[type=submit]")).click();
		waitForList();
	}

	private void waitForList() {
		waitForPage("devices");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-loaded", "true"));
	}

	private List<WebElement> rows() {
		return browser.findElements(By.cssSelector("#devices-table tbody tr"));
	}

	private long renderedDevices() {
		return ((Number) ((JavascriptExecutor) browser).executeScript(
				"const map = document.getElementById('devices-map').cityMap;"
						+ "return map && map.loaded() ? map.queryRenderedFeatures({layers: ['device-points']}).length : 0;"))
			.longValue();
	}
}
