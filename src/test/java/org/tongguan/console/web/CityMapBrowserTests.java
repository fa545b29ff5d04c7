package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * 一张图 in Chromium: MapLibre draws the platform's own region and case tiles in the user's scope, with no request
 * leaving the machine and no error in the browser console.
 */
class CityMapBrowserTests extends ConsoleBrowserTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	/** The tiles come from the map-tiles work of issue 15; until it is merged the map cannot load without errors. */
	@BeforeEach
	void requireTheVectorTiles() {
		boolean served = handlers.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap(mapping -> mapping.getPatternValues().stream())
			.anyMatch(pattern -> pattern.startsWith("/api/tiles/regions/"));
		Assumptions.assumeTrue(served, "City map browser tests skipped: this build serves no /api/tiles/regions");
	}

	@Test
	void theLeadersMapDrawsTheCityWithoutConsoleErrorsOnADesktopAndAPhone() {
		open("/console/map");
		logIn("leader", DEMO_PASSWORD);
		waitForPage("map");
		waitForIdleMap();
		assertThat(browser.findElements(By.cssSelector("#city-map canvas.maplibregl-canvas"))).hasSize(1);
		assertThat(browser.findElement(By.cssSelector(".map-status")).getText()).startsWith("缩放级别");
		assertThat(renderedFeatures("boundary-district")).as("district boundaries drawn").isPositive();
		assertThat(renderedFeatures("label-district")).as("district labels drawn").isPositive();
		screenshot("map-leader");
		resize(PHONE);
		waitForIdleMap();
		screenshot("map-leader-phone");
	}

	@Test
	void theMapsLayersCanBeSwitchedOffAndOn() {
		open("/login");
		logIn("inspector", DEMO_PASSWORD);
		open("/console/map");
		waitForPage("map");
		waitForIdleMap();
		browser.findElement(By.id("layer-cases")).click();
		waitForIdleMap();
		screenshot("map-inspector-without-cases");
		browser.findElement(By.id("layer-cases")).click();
		waitForIdleMap();
	}

	/** How many features of the style layer the map draws in its viewport. */
	private long renderedFeatures(String layer) {
		Object count = ((JavascriptExecutor) browser).executeScript(
				"return document.getElementById('city-map').cityMap.queryRenderedFeatures({layers: [arguments[0]]})"
						+ ".length",
				layer);
		return ((Number) count).longValue();
	}

	private void waitForIdleMap() {
		waitFor().until(ExpectedConditions.attributeToBe(By.id("city-map"), "data-idle", "true"));
	}
}
