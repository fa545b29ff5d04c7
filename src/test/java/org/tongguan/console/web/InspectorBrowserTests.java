package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.JsonPath;

/**
 * 核查 in Chromium at a phone's size: an inspector reports from the street with a camera photo and the phone's GPS
 * position (Chromium's geolocation set through the DevTools protocol), and the case is stored in the inspector's
 * channel with the photo; a report before the phone found its position is refused next to the position and stores
 * nothing.
 */
class InspectorBrowserTests extends ConsoleBrowserTest {

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path photos;

	private final PlatformCalls platform = new PlatformCalls(this::url);

	@BeforeEach
	void openTheReportOnAPhone() {
		resize(PHONE);
		open("/console/verify");
		logIn("inspector", DEMO_PASSWORD);
		waitForPage("verify");
		browser.findElement(By.cssSelector("#verify-report summary")).click();
	}

	@Test
	void anInspectorReportsWithACameraPhotoAndTheGpsPosition() {
		ChromeDriver chromium = (ChromeDriver) browser;
		chromium.executeCdpCommand("Browser.grantPermissions",
				Map.of("origin", url(""), "permissions", List.of("geolocation")));
		chromium.executeCdpCommand("Emulation.setGeolocationOverride",
				Map.of("latitude", 22.5431, "longitude", 114.0579, "accuracy", 10));
		browser.findElement(By.id("report-gps")).click();
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-position"), "福田区"));
		browser.findElement(By.id("report-photos")).sendKeys(photo(photos).toString());
		browser.findElement(By.id("report-category")).sendKeys("暴露");
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("report-category-E0101"))).click();
		browser.findElement(By.id("report-description")).sendKeys("巡查发现绿化带内垃圾");
		screenshot("inspector-report-phone");
		browser.findElement(By.id("report-submit")).click();

		WebElement number = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-case-number")));
		String view = platform.get(platform.token("inspector"), "/api/cases/by-number/" + number.getText());
		assertThat((String) JsonPath.read(view, "$.channel.code")).isEqualTo("INSPECTOR");
		assertThat((String) JsonPath.read(view, "$.location.street.name")).isNotBlank();
		assertThat(view).contains("\"role\":\"BEFORE\"");
		screenshot("inspector-reported-phone");
	}

	@Test
	void aReportWithoutAPositionIsRefusedNextToThePositionAndStoresNothing() {
		long before = cases();
		browser.findElement(By.id("report-category")).sendKeys("暴露");
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("report-category-E0101"))).click();
		browser.findElement(By.id("report-description")).sendKeys("没有定位的上报");
		expectConsoleError("/api/cases - .* status of 400");
		browser.findElement(By.id("report-submit")).click();

		WebElement error = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-position-error")));
		assertThat(error.getText()).isNotBlank();
		assertThat(browser.findElement(By.id("report-message")).getText()).startsWith("上报未成功");
		assertThat(cases()).isEqualTo(before);
		screenshot("inspector-report-refused-phone");
	}

	private long cases() {
		return jdbc.sql("SELECT COUNT(*) FROM casework_case").query(Long.class).single();
	}
}
