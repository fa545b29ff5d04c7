package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * The rainstorm demo button on the alarms page of a platform whose demo simulator runs (a small, fast fleet): an
 * administrator starts and stops the simulator's rainstorm; a dispatcher, who may act on alarms, has no such button.
 */
@TestPropertySource(properties = { "tongguan.sensing.simulator.enabled=true",
		"tongguan.sensing.simulator.max-devices=20", "tongguan.sensing.simulator.time-scale=60",
		"tongguan.sensing.simulator.connect-rate=500" })
class RainstormButtonBrowserTests extends ConsoleBrowserTest {

	@Test
	void anAdministratorStartsAndStopsTheRainstormButADispatcherHasNoButton() {
		open("/login");
		logIn("dispatcher", DEMO_PASSWORD);
		open("/console/alarms");
		waitForAlarms();
		assertThat(browser.findElements(By.id("rainstorm"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("#alarms-filters"))).isNotEmpty();
		logOut();

		logIn("admin", DEMO_PASSWORD);
		open("/console/alarms");
		waitForAlarms();
		WebElement status = browser.findElement(By.id("rainstorm-status"));
		assertThat(status.getText()).isEqualTo("天气正常。");
		browser.findElement(By.id("rainstorm-start")).click();
		waitFor().until(ExpectedConditions.textToBePresentInElement(status, "正在下暴雨"));
		assertThat(status.getText()).contains("宝安区", "龙岗区");
		assertThat(browser.findElement(By.id("rainstorm-start")).isDisplayed()).isFalse();
		screenshot("alarms-rainstorm-admin");

		browser.findElement(By.id("rainstorm-stop")).click();
		waitFor().until(ExpectedConditions.textToBePresentInElement(status, "雨已停"));
		assertThat(browser.findElement(By.id("rainstorm-stop")).isDisplayed()).isFalse();
		resize(PHONE);
		screenshot("alarms-rainstorm-admin-phone");
	}

	private void waitForAlarms() {
		waitForPage("alarms");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-loaded", "true"));
	}
}
