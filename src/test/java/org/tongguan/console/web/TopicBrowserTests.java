package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 专题 in Chromium: the leader opens the topics, reads the composite index, and opens a topic with its figures, a
 * trend chart, the map of the districts filled by PM2.5 and the topic's warning; then on a phone.
 */
class TopicBrowserTests extends ConsoleBrowserTest {

	@Test
	void theLeaderOpensATopicWithItsFiguresTrendMapAndWarnings() {
		new IndicatorSeed(new PlatformCalls(this::url)).ensureTopic();
		open("/login");
		logIn("leader", DEMO_PASSWORD);
		open("/console/topics");
		waitForLoaded("topics");
		assertThat(browser.findElement(By.id("composite-index")).getText()).contains("城市运行指数", "深圳市");
		assertThat(browser.findElements(By.cssSelector("#composite-table tbody tr"))).hasSize(2);
		screenshot("topics");

		browser.findElement(By.cssSelector("[data-topic='" + IndicatorSeed.TOPIC + "'] a")).click();
		waitForLoaded("topic");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("空气质量");
		assertThat(texts(By.cssSelector(".topic-section > h2"))).containsExactly("细颗粒物", "优良天数");
		WebElement figure = browser.findElement(By.cssSelector(".topic-figures [data-indicator='" + IndicatorSeed.PM25
				+ "']"));
		assertThat(figure.getText()).contains("PM2.5日均浓度", "μg/m³");
		assertThat(figure.findElements(By.cssSelector(".spark canvas"))).isNotEmpty();
		WebElement trend = browser.findElement(By.cssSelector(".topic-trends [data-indicator='"
				+ IndicatorSeed.GOOD_DAYS + "'] .trend-chart"));
		assertThat(Integer.parseInt(trend.getDomAttribute("data-points"))).isBetween(11, 13);
		assertThat(trend.findElements(By.tagName("canvas"))).isNotEmpty();
		String filled = browser.findElement(By.id("topic-map")).getDomAttribute("data-choropleth");
		assertThat(filled).startsWith("DISTRICT:");
		assertThat(Integer.parseInt(filled.substring("DISTRICT:".length()))).isEqualTo(8);
		assertThat(browser.findElement(By.id("topic-legend")).getText()).contains("PM2.5日均浓度", "≥");
		assertThat(browser.findElement(By.id("topic-warning-list")).getText()).contains("PM2.5日均浓度", "福田区",
				"黄色");
		screenshot("topic");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
				browser.findElement(By.id("topic-map-panel")));
		screenshot("topic-map");
		resize(PHONE);
		assertNoSidewaysScroll();
		screenshot("topic-phone");
	}

	private List<String> texts(By by) {
		return browser.findElements(by).stream().map(WebElement::getText).toList();
	}

	private void waitForLoaded(String page) {
		waitForPage(page);
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-loaded", "true"));
	}
}
