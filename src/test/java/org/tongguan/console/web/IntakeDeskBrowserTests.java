package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 受理台 in Chromium: an operator reports a case by clicking on the map and picking a category found by name, sees
 * the likely duplicate before submitting and the case number afterwards, and accepts it; a report without a place
 * shows the platform's message next to the place and stores nothing; a transfer to 110 needs a reason; other roles
 * have no intake desk.
 */
class IntakeDeskBrowserTests extends ConsoleBrowserTest {

	/** A point in 福田区 where no other browser test reports, so the duplicate hinted is this test's own case. */
	private static final double LONGITUDE = 114.0540;

	private static final double LATITUDE = 22.5360;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOperatorReportsACaseByClickingOnTheMapSeesTheDuplicateHintAndTheNumberAndAcceptsIt() {
		reportCase(LONGITUDE, LATITUDE);
		long before = cases();
		open("/console/intake");
		logIn("operator", DEMO_PASSWORD);
		waitForPage("intake");
		waitForIdleMap();
		script("arguments[0].cityMap.jumpTo({center: [arguments[1], arguments[2]], zoom: 16})", map(), LONGITUDE,
				LATITUDE);
		waitForIdleMap();
		clickOnMap("intake-map", LONGITUDE, LATITUDE);
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-location"), "福田区"));
		assertThat(browser.findElements(By.cssSelector("#intake-map .maplibregl-marker"))).hasSize(1);

		pickCategory("暴露", "E0101");
		assertThat(browser.findElement(By.id("intake-category")).getDomProperty("value"))
			.isEqualTo("暴露垃圾（E0101）");
		WebElement hint = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#intake-duplicates .duplicate-list li")));
		assertThat(hint.getText()).contains("待受理", "相距");
		browser.findElement(By.id("intake-description")).sendKeys("市民来电：路边又堆了几袋垃圾");
		browser.findElement(By.id("intake-reporter-name")).sendKeys("张先生");
		browser.findElement(By.id("intake-reporter-phone")).sendKeys("13800138000");
		screenshot("intake-operator");

		browser.findElement(By.id("intake-submit")).click();
		WebElement number = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake-case-number")));
		assertThat(number.getText()).matches("[A-Z]*\\d{8,}");
		assertThat(number.getDomAttribute("href")).isEqualTo("/console/case?number=" + number.getText());
		assertThat(cases()).isEqualTo(before + 1);
		String facts = browser.findElement(By.cssSelector(".intake-facts")).getText();
		assertThat(facts).contains("待受理", "暴露垃圾（E0101）", "福田区", "张**，138****8000");
		assertThat(browser.findElements(By.cssSelector(".intake-facts a"))).as("the flagged duplicate").isNotEmpty();

		browser.findElement(By.id("intake-accept")).click();
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-action-message"), "已受理"));
		assertThat(browser.findElement(By.id("intake-file")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.cssSelector(".intake-facts")).getText()).contains("待立案");
		screenshot("intake-operator-accepted");
		resize(PHONE);
		screenshot("intake-operator-accepted-phone");
		browser.findElement(By.id("intake-new")).click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("intake-form")));
		screenshot("intake-operator-phone");
	}

	@Test
	void aReportWithoutAPlaceShowsThePlatformsMessageNextToThePlaceAndStoresNothing() {
		open("/console/intake");
		logIn("operator", DEMO_PASSWORD);
		waitForPage("intake");
		pickCategory("暴露垃圾", "E0101");
		browser.findElement(By.id("intake-description")).sendKeys("来电未说明地点");
		long before = cases();
		expectConsoleError("/api/cases - Failed to load resource: the server responded with a status of 400");
		browser.findElement(By.id("intake-submit")).click();
		WebElement error = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake-location-error")));
		assertThat(error.getText()).contains("请在地图上点选位置")
			.contains("give longitude and latitude, or an address naming the district");
		assertThat(browser.findElement(By.id("intake-location")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id("intake-message")).getText()).contains("平台未记录任何内容");
		assertThat(browser.findElement(By.id("intake-category-error")).isDisplayed()).isFalse();
		assertThat(browser.findElements(By.id("intake-case-number"))).isEmpty();
		assertThat(cases()).isEqualTo(before);
		screenshot("intake-missing-location");
	}

	@Test
	void aPoliceMatterIsTransferredTo110WithAReasonAndWithoutOneNothingChanges() {
		open("/console/intake");
		logIn("operator", DEMO_PASSWORD);
		waitForPage("intake");
		browser.findElement(By.id("intake-address")).sendKeys("福田区华富街道深南大道1001号");
		pickCategory("E0101", "E0101");
		browser.findElement(By.id("intake-description")).sendKeys("来电称路边有人持械斗殴，并有垃圾");
		browser.findElement(By.id("intake-submit")).click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("intake-case-number")));
		assertThat(browser.findElement(By.cssSelector(".intake-facts")).getText()).contains("福田区 / 华富街道");

		browser.findElement(By.id("intake-transfer")).click();
		expectConsoleError("/transfer-110 - Failed to load resource: the server responded with a status of 400");
		browser.findElement(By.id("intake-transfer-confirm")).click();
		WebElement error = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake-transfer-reason-error")));
		assertThat(error.getText()).contains("请填写原因", "reason is required");
		assertThat(browser.findElement(By.id("intake-result")).getDomAttribute("data-stage")).isEqualTo("REPORTED");
		screenshot("intake-transfer-without-reason");

		browser.findElement(By.id("intake-transfer-reason")).sendKeys("涉及打架斗殴，属警务事项");
		browser.findElement(By.id("intake-transfer-confirm")).click();
		waitFor().until(ExpectedConditions.attributeToBe(By.id("intake-result"), "data-stage", "TRANSFERRED"));
		assertThat(browser.findElement(By.id("intake-action-message")).getText()).contains("已转110");
		assertThat(browser.findElements(By.id("intake-accept"))).isEmpty();
	}

	@Test
	void aDispatcherHasNoIntakeDesk() {
		open("/login");
		logIn("dispatcher", DEMO_PASSWORD);
		assertThat(browser.findElements(By.cssSelector("#nav a[href='/console/intake']"))).isEmpty();
		expectConsoleError("/console/intake - Failed to load resource: the server responded with a status of 403");
		open("/console/intake");
		waitForPage("intake");
		assertThat(browser.findElement(By.id("main")).getText()).contains("无权使用此页面");
		assertThat(browser.findElements(By.id("intake-form"))).isEmpty();
	}

	private void pickCategory(String text, String code) {
		browser.findElement(By.id("intake-category")).sendKeys(text);
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("intake-category-" + code))).click();
	}

	private long cases() {
		return jdbc.sql("SELECT COUNT(*) FROM casework_case").query(Long.class).single();
	}

	private WebElement map() {
		return browser.findElement(By.id("intake-map"));
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	private void waitForIdleMap() {
		waitFor().until(ExpectedConditions.attributeToBe(By.id("intake-map"), "data-idle", "true"));
	}
}
