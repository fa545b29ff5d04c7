package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * 一张图's filters and layers in Chromium: filters in the page's address and the case tiles' query, the heat map, the
 * choropleth of the statistics per region, devices by state and the cameras around a clicked point, and a
 * district-scoped user's map without another district's cases.
 */
class CityMapLayersBrowserTests extends CityMapBrowserTest {

	/** Spots of 福田区 and 南山区 where no other browser test reports. */
	private static final double[] FUTIAN = { 114.0561, 22.5391 };

	private static final double[] NANSHAN = { 113.9412, 22.5218 };

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void filtersGoIntoTheCaseTilesAndThePageAddressAndNarrowTheCasesDrawn() {
		reportCase(FUTIAN[0], FUTIAN[1]);
		signIn("leader");
		String from = TODAY.minusDays(7).toString();
		open("/console/map?category=E0101&from=" + from + "&to=" + TODAY);
		waitForPage("map");
		waitForIdleMap();
		assertThat(browser.findElement(By.id("filter-category")).getDomProperty("value")).isEqualTo("E0101");
		assertThat(browser.findElement(By.id("filter-from")).getDomProperty("value")).isEqualTo(from);
		assertThat(caseTileTemplates()).isNotEmpty().allSatisfy(tile -> assertThat(tile).contains("category=E0101",
				"from=" + from, "to=" + TODAY.plusDays(1)));
		jumpTo(FUTIAN[0], FUTIAN[1], 17);
		assertThat(renderedFeatures("case-points")).as("the citizen's report of 暴露垃圾").isPositive();

		new Select(browser.findElement(By.id("filter-channel"))).selectByValue("HOTLINE");
		waitFor().until(driver -> browser.getCurrentUrl().contains("channel=HOTLINE"));
		waitFor().until(driver -> caseTileTemplates().stream().anyMatch(tile -> tile.contains("channel=HOTLINE")));
		waitForIdleMap();
		assertThat(renderedFeatures("case-points")).as("no hotline case at the spot").isZero();
		assertThat(browser.getCurrentUrl()).contains("category=E0101", "from=" + from, "to=" + TODAY);

		WebElement to = browser.findElement(By.id("filter-to"));
		script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
				to, TODAY.minusDays(30).toString());
		assertThat(browser.findElement(By.id("filter-to-error")).getText()).contains("结束日期早于开始日期");
		assertThat(browser.getCurrentUrl()).contains("to=" + TODAY);
		screenshot("map-filters");

		browser.findElement(By.id("filter-reset")).click();
		waitFor().until(driver -> !browser.getCurrentUrl().contains("?"));
		waitFor().until(driver -> caseTileTemplates().stream()
			.noneMatch(tile -> tile.contains("category=") || tile.contains("channel=")));
		waitForIdleMap();
		assertThat(renderedFeatures("case-points")).as("the report again, without filters").isPositive();
	}

	@Test
	void theHeatMapAndTheChoroplethOfTheStatisticsPerRegionDraw() {
		reportCase(FUTIAN[0], FUTIAN[1]);
		reportCase(NANSHAN[0], NANSHAN[1]);
		signIn("leader");
		open("/console/map");
		waitForPage("map");
		waitForIdleMap();
		jumpTo(114.0, 22.56, 9.5);
		browser.findElement(By.id("layer-heat")).click();
		browser.findElement(By.id("layer-cases")).click();
		waitForIdleMap();
		assertThat(script("return arguments[0].cityMap.getLayoutProperty('case-heat', 'visibility')", map()))
			.isEqualTo("visible");
		assertThat((Long) script("return arguments[0].cityMap.querySourceFeatures('cases', {sourceLayer: 'cases'})"
				+ ".length", map())).as("cases under the heat map").isPositive();
		screenshot("map-heat");

		browser.findElement(By.id("layer-heat")).click();
		browser.findElement(By.id("layer-devices")).click();
		browser.findElement(By.id("layer-choropleth")).click();
		waitFor().until(ExpectedConditions.attributeContains(By.id("city-map"), "data-choropleth", "DISTRICT:"));
		waitForIdleMap();
		assertThat(map().getDomAttribute("data-choropleth")).doesNotEndWith(":0");
		assertThat(renderedFeatures("choropleth-district")).as("districts filled").isPositive();
		assertThat(browser.findElement(By.cssSelector(".legend-choropleth")).getText()).contains("案件密度", "件/km²");
		WebElement popup = clickAt(FUTIAN[0], FUTIAN[1]);
		assertThat(popup.getText()).contains("福田区", "案件密度", "上报数");
		assertThat(popup.findElement(By.cssSelector("a.popup-link")).getDomAttribute("href"))
			.contains("region=440304");
		screenshot("map-choropleth");

		new Select(browser.findElement(By.id("choropleth-measure"))).selectByValue("closureRate");
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".legend-choropleth"),
				"结案率"));
		resize(PHONE);
		waitForIdleMap();
		screenshot("map-choropleth-phone");
	}

	@Test
	void devicesAreDrawnByStateAndACameraOpensItsDeviceAndTheCamerasNearby() {
		signIn("leader");
		open("/console/map");
		waitForPage("map");
		waitForIdleMap();
		jumpTo(114.06, 22.545, 13);
		assertThat(renderedProperty("devices", "state")).as("devices drawn").isNotEmpty()
			.allSatisfy(state -> assertThat(state).isIn("ONLINE", "OFFLINE", "ALARM"));
		List<?> camera = (List<?>) script("const f = arguments[0].cityMap.queryRenderedFeatures({layers: ['devices']})"
				+ ".find(f => f.properties.type === 'camera'); return [f.properties.id, ...f.geometry.coordinates];",
				map());
		jumpTo(((Number) camera.get(1)).doubleValue(), ((Number) camera.get(2)).doubleValue(), 17);
		WebElement popup = clickAt(((Number) camera.get(1)).doubleValue(), ((Number) camera.get(2)).doubleValue());
		assertThat(popup.getText()).startsWith("设备 " + camera.get(0)).contains("状态");
		assertThat(popup.findElement(By.cssSelector("a.popup-link")).getDomAttribute("href"))
			.isEqualTo("/console/device?code=" + camera.get(0));
		popup.findElement(By.cssSelector("button.cameras-button")).click();
		WebElement list = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".camera-list")));
		assertThat(list.getText()).contains("米");
		assertThat(browser.findElements(By.cssSelector(".camera-list a")).stream().map(a -> a.getDomAttribute("href")))
			.contains("/console/device?code=" + camera.get(0));
		screenshot("map-device-cameras");
	}

	@Test
	void aDistrictScopedUsersMapHoldsNoCaseOfAnotherDistrict() {
		reportCase(NANSHAN[0], NANSHAN[1]);
		reportCase(FUTIAN[0] + 0.0004, FUTIAN[1]);
		signIn("futian-dispatcher");
		open("/console/map");
		waitForPage("map");
		waitForIdleMap();
		jumpTo(NANSHAN[0], NANSHAN[1], 17);
		assertThat(renderedFeatures("case-points")).as("南山区's case").isZero();
		assertThat(caseTileStatus(NANSHAN[0], NANSHAN[1], 17)).isEqualTo(204);
		jumpTo(FUTIAN[0] + 0.0004, FUTIAN[1], 17);
		assertThat(renderedFeatures("case-points")).as("福田区's case").isPositive();
		jumpTo(114.0, 22.56, 9.5);
		browser.findElement(By.id("layer-choropleth")).click();
		waitFor().until(ExpectedConditions.attributeToBe(By.id("city-map"), "data-choropleth", "DISTRICT:1"));
		screenshot("map-futian-dispatcher");
	}

	private void signIn(String user) {
		open("/login");
		logIn(user, DEMO_PASSWORD);
	}

	/**
	 * The URL templates the map requests its case tiles from (MapLibre fetches tiles in a worker, outside the page's
	 * resource timing).
	 */
	@SuppressWarnings("unchecked")
	private List<String> caseTileTemplates() {
		return (List<String>) script("return arguments[0].cityMap.getSource('cases').tiles", map());
	}

	/** The status of the case tile at a point, fetched with the browser's session. */
	private long caseTileStatus(double longitude, double latitude, int zoom) {
		return (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
				const [lon, lat, z, done] = arguments;
				const n = 2 ** z, x = Math.floor((lon + 180) / 360 * n);
				const r = lat * Math.PI / 180;
				const y = Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
				fetch(`/api/tiles/cases/${z}/${x}/${y}.mvt`).then(answer => done(answer.status));""", longitude,
				latitude, zoom);
	}
}
