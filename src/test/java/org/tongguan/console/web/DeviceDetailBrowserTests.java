package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongguan.sensing.DemoGauges;
import org.tongguan.sensing.device.DeviceDirectory;

/** 设备详情 in Chromium: a gauge's facts, rules and the chart of its downsampled water depth, then its alarm. */
class DeviceDetailBrowserTests extends ConsoleBrowserTest {

	@Autowired
	DeviceDirectory directory;

	@Test
	void theLeaderSeesAGaugesWaterDepthChartedFromItsReadings() {
		String gauge = DemoGauges.gauge(directory, DeviceListBrowserTests.LUOHU, 2).code().value();
		SensingFixture platform = new SensingFixture(port);
		platform.reportHistory(gauge, 96, Duration.ofHours(23),
				i -> Math.round((0.06 + 0.05 * Math.sin(i / 8.0)) * 1000) / 1000.0);
		platform.report(gauge, 0.42);
		platform.newestAlarm(platform.token("leader"), gauge);

		open("/login");
		logIn("leader", DEMO_PASSWORD);
		open("/console/device?code=" + gauge);
		waitForCharts();
		By depth = By.cssSelector("[data-metric='waterLevel'] .metric-chart");
		assertThat(Integer.parseInt(browser.findElement(depth).getDomAttribute("data-points"))).isBetween(80, 97);
		assertThat(browser.findElements(By.cssSelector("[data-metric='waterLevel'] .metric-chart canvas")))
			.isNotEmpty();
		assertThat(browser.findElement(By.cssSelector(".device-page .page-head .state-badge")).getText())
			.isEqualTo("告警");
		assertThat(browser.findElement(By.id("device-rules")).getText()).contains("积水深度", "橙色 ≥ 0.4 m");
		assertThat(browser.findElement(By.cssSelector("#device-alarms li")).getText()).contains("积水深度", "0.42",
				"未确认");
		assertThat(browser.findElement(By.cssSelector("[data-field='lastSeen']")).getText()).matches(".*\\d{2}:\\d{2}");
		screenshot("device-gauge");

		browser.findElement(By.xpath("//label[contains(@class,'range-option')][.//input[@value='7d']]")).click();
		waitForCharts();
		assertThat(Integer.parseInt(browser.findElement(depth).getDomAttribute("data-points"))).isBetween(23, 25);
		resize(PHONE);
		waitFor().until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
				"const box = document.querySelector(\"[data-metric='waterLevel'] .metric-chart\");"
						+ "return box.querySelector('canvas').getBoundingClientRect().width"
						+ " - box.closest('.device-panel').clientWidth;"))
			.doubleValue() <= 1);
		screenshot("device-gauge-phone");
	}

	@Test
	void anUnknownDeviceShowsThePlatformsAnswer() {
		expectConsoleError("404");
		open("/login");
		logIn("dispatcher", DEMO_PASSWORD);
		open("/console/device?code=NO-SUCH-DEVICE");
		waitForPage("device");
		assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("device-refused"))).getText())
			.contains("没有这个设备", "404");
	}

	private void waitForCharts() {
		waitForPage("device");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("device-charts"), "data-loaded", "true"));
	}
}
