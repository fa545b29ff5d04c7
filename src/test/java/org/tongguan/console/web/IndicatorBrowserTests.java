package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * 指标目录 and 指标详情 in Chromium: the leader finds PM2.5 by domain and text, opens its plan, reads the chart with its
 * bands and target in the city and in 福田, its quality and warning, and a clicked value's provenance; an unknown
 * indicator is refused in words.
 */
class IndicatorBrowserTests extends ConsoleBrowserTest {

	private final PlatformCalls platform = new PlatformCalls(this::url);

	@BeforeEach
	void seedIndicators() {
		new IndicatorSeed(platform).ensure();
	}

	@Test
	void theLeaderFindsPm25InTheCatalogueAndOpensItsPlan() {
		open("/login");
		logIn("leader", DEMO_PASSWORD);
		open("/console/indicators");
		waitForList();
		new Select(browser.findElement(By.id("indicators-domain"))).selectByValue("ENVIRONMENT");
		browser.findElement(By.id("indicators-q")).sendKeys("PM2.5");
		browser.findElement(By.cssSelector("#indicators-filters button[type=submit]")).click();
		waitFor().until(driver -> driver.findElements(By.cssSelector("#indicators-table tbody tr")).size() == 1);
		waitForList();
		WebElement row = browser.findElement(By.cssSelector("#indicators-table tbody tr"));
		assertThat(row.getText()).contains(IndicatorSeed.PM25, "PM2.5日均浓度", "高频", "城", "生态环境", "区", "每日",
				"μg/m³", "公开", "生态环境局");
		assertThat(browser.getCurrentUrl()).contains("domain=ENVIRONMENT", "q=PM2.5");
		assertThat(browser.findElement(By.id("indicators-status")).getText()).isEqualTo("共 1 项指标");
		screenshot("indicators-catalogue");
		resize(PHONE);
		screenshot("indicators-catalogue-phone");
		assertNoSidewaysScroll();

		row.findElement(By.linkText(IndicatorSeed.PM25)).click();
		waitForDetail();
		assertThat(currentPath()).isEqualTo("/console/indicator");
		screenshot("indicator-detail-phone");

		open("/console/indicator?lang=en&code=" + IndicatorSeed.PM25);
		waitForDetail();
		String english = browser.findElement(By.id("main")).getText();
		assertThat(english).contains("Statistical caliber", "Higher is worse", "Environment", "Yellow ≥ 75 μg/m³");
		assertThat(english).doesNotContainPattern("\\b(indicator|indicators|topic|ledger)\\.[a-zA-Z]");
		screenshot("indicator-detail-phone-en");
	}

	@Test
	void theDetailChartsTheValuesWithBandsAndTargetAndTellsWhereAValueCameFrom() {
		open("/login");
		logIn("leader", DEMO_PASSWORD);
		open("/console/indicator?code=" + IndicatorSeed.PM25);
		waitForDetail();
		WebElement chart = browser.findElement(By.id("indicator-chart"));
		assertThat(chart.getDomAttribute("data-points")).isEqualTo(String.valueOf(IndicatorSeed.DAYS));
		assertThat(chart.getDomAttribute("data-bands")).isEqualTo("2");
		assertThat(browser.findElements(By.cssSelector("#indicator-chart canvas"))).isNotEmpty();
		assertThat(browser.findElement(By.id("indicator-plan")).getText()).contains("国控站点日均值的算术平均",
				"逆向（越低越好）", "6 小时", "air-quality-platform", "ISO 37120 可持续城市 8.1", "黄色 ≥ 75 μg/m³",
				"红色 ≥ 150 μg/m³", "回差 5 μg/m³", "35 μg/m³", "启动重污染天气应急预案");
		assertThat(browser.findElement(By.id("indicator-versions")).getText()).contains("第 1 版", "admin");
		assertThat(browser.findElement(By.cssSelector("#indicator-provenance [data-field='source']")).getText())
			.isEqualTo("导入");
		assertThat(browser.findElements(By.cssSelector("#indicator-revisions tbody tr"))).hasSize(1);
		assertThat(browser.findElement(By.cssSelector("#indicator-badge .quality-badge")).getDomAttribute("data-badge"))
			.isIn("A", "B", "C", "D");
		assertThat(browser.findElement(By.id("indicator-quality")).getText()).contains("完整性", "及时性", "有效性", "一致性");
		assertThat(browser.findElement(By.id("indicator-warning-list")).getText()).contains("黄色", "越线", "福田区",
				"案件");

		new Select(browser.findElement(By.id("indicator-region"))).selectByValue(IndicatorSeed.FUTIAN);
		waitForDetail();
		assertThat(browser.findElement(By.id("indicator-latest")).getText()).contains("83 μg/m³", "▼");
		assertThat(browser.findElement(By.cssSelector("#indicator-provenance [data-field='region']")).getText())
			.isEqualTo("福田区");
		browser.findElement(By.xpath("//label[contains(@class,'range-option')][.//input[@value='90d']]")).click();
		waitFor().until(driver -> "91".equals(chart.getDomAttribute("data-points"))
				|| "90".equals(chart.getDomAttribute("data-points")));
		waitForDetail();
		screenshot("indicator-detail");

		String period = clickPoint(30);
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-chosen", "true"));
		waitFor().until(driver -> period.equals(driver
			.findElement(By.cssSelector("#indicator-provenance [data-field='period']")).getText()));
		resize(PHONE);
		screenshot("indicator-detail-values-phone");
		assertNoSidewaysScroll();
	}

	@Test
	void anUnknownIndicatorShowsThePlatformsAnswer() {
		expectConsoleError("404");
		open("/login");
		logIn("operator", DEMO_PASSWORD);
		open("/console/indicator?code=L99P9-A9");
		waitForPage("indicator");
		assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("indicator-refused"))).getText())
			.contains("没有这个指标", "404");
	}

	/** Clicks the chart's point of this index; answers its period. */
	private String clickPoint(int index) {
		WebElement chart = browser.findElement(By.id("indicator-chart"));
		Map<?, ?> point = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript("""
				const chart = arguments[0].chart;
				const option = chart.getOption();
				const value = option.series[0].data[arguments[1]];
				const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [arguments[1], value]);
				return { x, y, period: option.xAxis[0].data[arguments[1]] };""", chart, index);
		clickOnCanvas(chart.findElement(By.tagName("canvas")), point);
		return (String) point.get("period");
	}

	private void waitForList() {
		waitForPage("indicators");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-loaded", "true"));
	}

	private void waitForDetail() {
		waitForPage("indicator");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-loaded", "true"));
	}

}
