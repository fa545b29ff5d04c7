package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 手边账 in Chromium on a phone: the leader's warnings first (福田's PM2.5 above the yellow line), then the
 * high-frequency indicators with sparklines.
 */
class LedgerBrowserTests extends ConsoleBrowserTest {

	@Test
	void theLeaderReadsTheHighFrequencyIndicatorsOnThePhone() {
		new IndicatorSeed(new PlatformCalls(this::url)).ensure();
		resize(PHONE);
		open("/login");
		logIn("leader", DEMO_PASSWORD);
		open("/console/ledger");
		waitForPage("ledger");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-loaded", "true"));
		assertThat(browser.findElement(By.id("ledger-region")).getText()).startsWith("深圳市 · ");
		WebElement pm25 = browser.findElement(By.cssSelector(".trend-card[data-indicator='" + IndicatorSeed.PM25 + "']"));
		assertThat(pm25.getText()).contains("PM2.5日均浓度", "μg/m³");
		assertThat(pm25.findElements(By.cssSelector(".spark canvas"))).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector(".trend-card[data-indicator='" + IndicatorSeed.GOOD_DAYS + "']"))
			.getText()).contains("空气质量优良天数比率", "%");
		WebElement warning = browser.findElement(By.cssSelector("#ledger-warning-list .warning-card"));
		assertThat(warning.getText()).contains("黄色", "PM2.5日均浓度", "福田区", "83 μg/m³");
		assertThat(warning.getLocation().getY()).isLessThan(pm25.getLocation().getY());
		assertNoSidewaysScroll();
		screenshot("ledger-phone");
		resize(DESKTOP);
		screenshot("ledger-desktop");
	}
}
