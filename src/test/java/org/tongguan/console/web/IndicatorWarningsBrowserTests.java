package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * 指标预警 in Chromium: 福田's PM2.5 above the yellow line stands as a warning with its case; the shift lead filters
 * by level, acknowledges it, and opens its case.
 */
class IndicatorWarningsBrowserTests extends ConsoleBrowserTest {

	@Test
	void theShiftLeadAcknowledgesAWarningAndOpensItsCase() {
		new IndicatorSeed(new PlatformCalls(this::url)).ensure();
		open("/login");
		logIn("shiftlead", DEMO_PASSWORD);
		open("/console/indicator-warnings");
		waitForList();
		new Select(browser.findElement(By.id("warnings-level"))).selectByValue("YELLOW");
		browser.findElement(By.cssSelector("#warnings-filters button[type=submit]")).click();
		waitFor().until(driver -> driver.getCurrentUrl().contains("level=YELLOW"));
		waitForList();
		By futian = By.xpath("//li[contains(@class,'warning-card')][.//a[text()='PM2.5日均浓度']]"
				+ "[contains(., '福田区')]");
		WebElement card = waitFor().until(ExpectedConditions.visibilityOfElementLocated(futian));
		assertThat(card.getText()).contains("黄色", "越线", "μg/m³", "案件");
		screenshot("indicator-warnings");

		if (card.getDomAttribute("data-state").equals("ACTIVE")) {
			card.findElement(By.cssSelector("[data-acknowledge]")).click();
			waitFor().until(driver -> "ACKNOWLEDGED".equals(driver.findElement(futian).getDomAttribute("data-state")));
		}
		assertThat(browser.findElement(futian).getText()).contains("已确认", "确认于");
		resize(PHONE);
		assertNoSidewaysScroll();
		screenshot("indicator-warnings-phone");

		browser.findElement(futian).findElement(By.className("warning-case")).click();
		waitForPage("case");
		assertThat(currentPath()).isEqualTo("/console/case");
	}

	private void waitForList() {
		waitForPage("indicator-warnings");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-loaded", "true"));
	}
}
