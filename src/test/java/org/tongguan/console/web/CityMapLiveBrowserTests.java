package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 一张图, live: a case reported while the map is open appears on it without a reload. */
class CityMapLiveBrowserTests extends ConsoleBrowserTest {

	/** A spot of 福田区 where no other test reports. */
	private static final double LONGITUDE = 114.0705;

	private static final double LATITUDE = 22.5405;

	@Test
	void aCaseReportedWhileTheMapIsOpenAppearsWithoutReload() {
		open("/login");
		logIn("leader", DEMO_PASSWORD);
		open("/console/map");
		waitForPage("map");
		waitForIdleMap();
		script("arguments[0].cityMap.jumpTo({center: [arguments[1], arguments[2]], zoom: 17})", map(), LONGITUDE,
				LATITUDE);
		waitForIdleMap();
		long before = renderedCases();
		script("window.mapNotReloaded = true");

		reportCase(LONGITUDE, LATITUDE);

		waitFor().until(driver -> renderedCases() > before);
		assertThat(script("return window.mapNotReloaded")).isEqualTo(true);
		screenshot("map-live-case");
	}

	private WebElement map() {
		return browser.findElement(By.id("city-map"));
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	private long renderedCases() {
		return ((Number) script("return arguments[0].cityMap.queryRenderedFeatures({layers: ['case-points']}).length",
				map())).longValue();
	}

	private void waitForIdleMap() {
		waitFor().until(ExpectedConditions.attributeToBe(By.id("city-map"), "data-idle", "true"));
	}
}
