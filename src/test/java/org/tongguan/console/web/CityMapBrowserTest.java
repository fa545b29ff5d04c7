package org.tongguan.console.web;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The base of 一张图's browser tests: the MapLibre map the page keeps as {@code #city-map.cityMap}, asked through
 * scripts what it draws.
 */
abstract class CityMapBrowserTest extends ConsoleBrowserTest {

	WebElement map() {
		return browser.findElement(By.id("city-map"));
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	/** How many features of the style layer the map draws in its viewport. */
	long renderedFeatures(String layer) {
		return ((Number) script("return arguments[0].cityMap.queryRenderedFeatures({layers: [arguments[1]]}).length",
				map(), layer)).longValue();
	}

	/** A property of every feature of the style layer the map draws in its viewport. */
	@SuppressWarnings("unchecked")
	List<Object> renderedProperty(String layer, String property) {
		return (List<Object>) script("return arguments[0].cityMap.queryRenderedFeatures({layers: [arguments[1]]})"
				+ ".map(f => f.properties[arguments[2]])", map(), layer, property);
	}

	/** Centres the map on a point at a zoom and waits until it has drawn it. */
	void jumpTo(double longitude, double latitude, double zoom) {
		script("arguments[0].cityMap.jumpTo({center: [arguments[1], arguments[2]], zoom: arguments[3]})", map(),
				longitude, latitude, zoom);
		waitForIdleMap();
	}

	/** Clicks the map at a point and answers the popup it opens. */
	WebElement clickAt(double longitude, double latitude) {
		Map<?, ?> point = (Map<?, ?>) script(
				"const p = arguments[0].cityMap.project([arguments[1], arguments[2]]); return {x: p.x, y: p.y};", map(),
				longitude, latitude);
		WebElement canvas = browser.findElement(By.cssSelector("#city-map canvas"));
		new Actions(browser)
			.moveToElement(canvas, ((Number) point.get("x")).intValue() - canvas.getRect().getWidth() / 2,
					((Number) point.get("y")).intValue() - canvas.getRect().getHeight() / 2)
			.click()
			.perform();
		return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".popup")));
	}

	void waitForIdleMap() {
		waitFor().until(ExpectedConditions.attributeToBe(By.id("city-map"), "data-idle", "true"));
	}
}
