package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.jayway.jsonpath.JsonPath;

/**
 * 指标详情's drill-through in Chromium: 诉求案件上报量, which the platform counts from its own cases, shows 福田's value of
 * today, and from it the cases behind it, each opening the case's page.
 */
class IndicatorDrillThroughBrowserTests extends ConsoleBrowserTest {

	@Test
	void aCaseBasedValueDrillsThroughToTheCasesBehindIt() {
		PlatformCalls platform = new PlatformCalls(this::url);
		new IndicatorSeed(platform).ensureCaseCount();
		List<String> reported = List.of(reportCase(114.0579, 22.5431), reportCase(114.0601, 22.5442));
		String leader = platform.token("leader");
		waitFor().until(driver -> {
			List<Double> values = JsonPath.read(platform.get(leader, "/api/indicators/" + IndicatorSeed.REPORTED
					+ "/values?region=" + IndicatorSeed.FUTIAN), "$.values[*].value");
			return values.stream().anyMatch(value -> value >= reported.size());
		});

		open("/login");
		logIn("leader", DEMO_PASSWORD);
		open("/console/indicator?code=" + IndicatorSeed.REPORTED);
		waitForDetail();
		assertThat(browser.findElement(By.cssSelector("#indicator-source [data-field='computedFrom']")).getText())
			.isEqualTo("本平台的案件");
		new Select(browser.findElement(By.id("indicator-region"))).selectByValue(IndicatorSeed.FUTIAN);
		waitForDetail();
		waitFor().until(ExpectedConditions.attributeToBe(By.id("indicator-cases"), "data-loaded", "true"));
		assertThat(Integer.parseInt(browser.findElement(By.id("indicator-cases")).getDomAttribute("data-total")))
			.isGreaterThanOrEqualTo(reported.size());
		assertThat(browser.findElement(By.id("indicator-cases-table")).getText()).contains(reported);
		assertThat(browser.findElement(By.id("indicator-cases")).getText()).contains("福田区", "共").doesNotContain("null");
		assertThat(browser.findElement(By.cssSelector("#indicator-provenance [data-field='source']")).getText())
			.isEqualTo("计算");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
				browser.findElement(By.id("indicator-cases-panel")));
		screenshot("indicator-drill-through");

		browser.findElement(By.linkText(reported.get(0))).click();
		waitForPage("case");
		assertThat(browser.getCurrentUrl()).endsWith("/console/case?number=" + reported.get(0));
	}

	private void waitForDetail() {
		waitForPage("indicator");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-loaded", "true"));
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-chosen", "true"));
	}
}
