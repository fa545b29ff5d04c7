package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 一张图 in Chromium: MapLibre draws the platform's own region and case tiles in the user's scope, with no request
 * leaving the machine and no error in the browser console.
 */
class CityMapBrowserTests extends CityMapBrowserTest {

	/** A spot of 福田区 where no other browser test reports, so the case clicked is this test's own. */
	private static final double[] CLICKED = { 114.0633, 22.5472 };

	@Test
	void theLeadersMapDrawsTheCityAndItsCasesWithoutConsoleErrorsOnADesktopAndAPhone() {
		reportCase(114.0579, 22.5431);
		reportCase(114.0581, 22.5433);
		reportCase(113.9305, 22.5330);
		open("/console/map");
		logIn("leader", DEMO_PASSWORD);
		waitForPage("map");
		waitForIdleMap();
		assertThat(browser.findElements(By.cssSelector("#city-map canvas.maplibregl-canvas"))).hasSize(1);
		assertThat(browser.findElement(By.cssSelector(".map-status")).getText()).startsWith("缩放级别");
		assertThat(renderedFeatures("boundary-district")).as("district boundaries drawn").isPositive();
		assertThat(renderedFeatures("label-district")).as("district labels drawn").isPositive();
		assertThat(renderedFeatures("case-clusters")).as("case clusters drawn").isPositive();
		screenshot("map-leader");
		resize(PHONE);
		waitForIdleMap();
		screenshot("map-leader-phone");
	}

	@Test
	void theMapsLayersCanBeSwitchedOffAndOn() {
		reportCase(114.0579, 22.5431);
		open("/login");
		logIn("inspector", DEMO_PASSWORD);
		open("/console/map");
		waitForPage("map");
		waitForIdleMap();
		assertThat(renderedFeatures("case-clusters")).as("the inspector's street's case").isPositive();
		browser.findElement(By.id("layer-cases")).click();
		waitForIdleMap();
		assertThat(renderedFeatures("case-clusters")).as("cases switched off").isZero();
		assertThat(renderedFeatures("boundary-grid")).as("grids still drawn").isPositive();
		screenshot("map-inspector-without-cases");
		browser.findElement(By.id("layer-regions")).click();
		browser.findElement(By.id("layer-cases")).click();
		waitForIdleMap();
		assertThat(renderedFeatures("case-clusters")).as("cases switched on again").isPositive();
		assertThat(renderedFeatures("boundary-grid")).as("boundaries switched off").isZero();
	}

	@Test
	void aCaseOnTheMapOpensItsNumberStageAndLightWhenClicked() {
		String number = reportCase(CLICKED[0], CLICKED[1]);
		open("/login");
		logIn("inspector", DEMO_PASSWORD);
		open("/console/map");
		waitForPage("map");
		waitForIdleMap();
		jumpTo(CLICKED[0], CLICKED[1], 17);
		assertThat(renderedFeatures("case-points")).as("single cases drawn from zoom 15").isPositive();
		WebElement popup = clickAt(CLICKED[0], CLICKED[1]);
		assertThat(popup.getText()).startsWith("案件 " + number).contains("阶段", "待受理", "亮灯", "绿灯");
		waitFor().until(ExpectedConditions.textToBePresentInElement(popup, "暴露垃圾（E0101）"));
		assertThat(popup.findElement(By.cssSelector("a.popup-link")).getDomAttribute("href"))
			.startsWith("/console/case?number=");
		screenshot("map-case-popup");
	}
}
