package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 案件统计 in Chromium: the leader's chart and table of the city's districts, and a wrong period refused in words. */
class CaseStatisticsBrowserTests extends ConsoleBrowserTest {

	/** Citizens' reports in 福田, 罗湖 and 南山. */
	private static final List<double[]> REPORTS = List.of(new double[] { 114.0579, 22.5431 },
			new double[] { 114.1315, 22.5485 }, new double[] { 113.9305, 22.5330 });

	@Test
	void theLeaderSeesTheCasesOfEveryDistrictChartedAndTabled() {
		for (double[] point : REPORTS) {
			reportCase(point[0], point[1]);
		}
		open("/login");
		logIn("leader", DEMO_PASSWORD);
		open("/console/statistics");
		waitForStatistics();
		assertThat(browser.findElements(By.cssSelector("#statistics-chart canvas"))).isNotEmpty();
		List<WebElement> rows = browser.findElements(By.cssSelector(".data-table tbody tr"));
		assertThat(rows).hasSizeGreaterThan(1);
		assertThat(rows.get(rows.size() - 1).findElement(By.tagName("th")).getText()).isEqualTo("合计");
		assertThat(browser.findElement(By.cssSelector(".data-table thead")).getText()).contains("区", "上报数",
				"按期结案率");
		screenshot("statistics-leader");
		resize(PHONE);
		screenshot("statistics-leader-phone");
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefusedNextToTheEndDate() {
		open("/login");
		logIn("shiftlead", DEMO_PASSWORD);
		open("/console/statistics");
		waitForStatistics();
		WebElement to = browser.findElement(By.id("statistics-to"));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2020-01-01'", to);
		browser.findElement(By.cssSelector(".filters button[type=submit]")).click();
		WebElement error = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("statistics-to-error")));
		assertThat(error.getText()).isEqualTo("截止日期不能早于开始日期。");
		assertThat(to.getDomAttribute("aria-invalid")).isEqualTo("true");
		screenshot("statistics-wrong-period");
	}

	private void waitForStatistics() {
		waitForPage("statistics");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-loaded", "true"));
	}
}
