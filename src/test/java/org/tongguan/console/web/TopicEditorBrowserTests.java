package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongguan.indicator.IndicatorFixtures.json;
import static org.tongguan.indicator.IndicatorFixtures.plan;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.jayway.jsonpath.JsonPath;

/**
 * 专题编辑 in Chromium: the administrator makes a topic of two sections in the editor (indicators from the catalogue
 * search), finds it among the topics, reorders and removes indicators and sees the page follow, is refused an empty
 * name and an empty section next to each with nothing saved, and deletes it; the leader sees no way into the editor.
 * Indicators L70–L73, topic keys edit-test-….
 */
class TopicEditorBrowserTests extends ConsoleBrowserTest {

	private final PlatformCalls platform = new PlatformCalls(this::url);

	@Test
	void anAdministratorMakesEditsAndDeletesATopicInTheEditorAndTheLeaderCannot() {
		addIndicators();
		// without a composite index defined (the topic tests define one) the topics' page says 404 in its panel
		expectConsoleError("/api/indicators/composite\\?region=\\d+ - Failed to load resource: .* 404");
		String key = "edit-test-" + Long.toString(System.nanoTime(), 36);
		open("/login");
		logIn("admin", DEMO_PASSWORD);
		open("/console/topics");
		waitForLoaded("topics");
		screenshot("topics-admin");
		browser.findElement(By.id("topic-new")).click();
		waitForLoaded("topic-edit");
		type("topic-edit-key", key);
		type("topic-edit-name", "城市环境与交通");
		type("topic-edit-description", "空气、噪声与道路");
		type("topic-edit-section-0-title", "环境");
		add(0, "L70");
		add(0, "L71");
		new Select(browser.findElement(By.id("topic-edit-indicator-L71-display"))).selectByValue("LINE");
		browser.findElement(By.id("topic-edit-add-section")).click();
		type("topic-edit-section-1-title", "交通");
		browser.findElement(By.id("topic-edit-section-1-add")).sendKeys("L7");
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("topic-edit-section-1-add-L72")));
		assertThat(browser.findElements(By.cssSelector("#topic-edit-section-1-add-options [data-code]")).stream()
			.map(option -> option.getDomAttribute("data-code"))).as("the topic's indicators are not offered again")
			.containsExactly("L72", "L73");
		screenshot("topic-edit-search");
		browser.findElement(By.id("topic-edit-section-1-add-L72")).click();
		add(1, "L73");
		browser.findElement(By.id("topic-edit-layers-CASES")).click();
		new Select(browser.findElement(By.id("topic-edit-choropleth"))).selectByValue("L70");
		screenshot("topic-edit-new-bottom");
		((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
		screenshot("topic-edit-new");
		browser.findElement(By.id("topic-edit-save")).click();

		waitForLoaded("topic");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("城市环境与交通");
		assertThat(texts(By.cssSelector(".topic-section > h2"))).containsExactly("环境", "交通");
		String stored = platform.get(platform.token("admin"), "/api/indicators/topics/" + key);
		assertThat(JsonPath.<List<String>>read(stored, "$.indicators[*].code")).containsExactly("L70", "L71", "L72",
				"L73");
		assertThat(JsonPath.<List<String>>read(stored, "$.indicators[*].display")).containsExactly("FIGURE", "LINE",
				"FIGURE", "FIGURE");
		assertThat(JsonPath.<List<Integer>>read(stored, "$.layout.sections[*].to")).containsExactly(2, 4);
		assertThat(JsonPath.<List<String>>read(stored, "$.layers[*].kind")).containsExactly("CASES", "CHOROPLETH");

		open("/console/topics");
		waitForLoaded("topics");
		browser.findElement(By.cssSelector("[data-topic='" + key + "'] a")).click();
		waitForLoaded("topic");
		browser.findElement(By.id("topic-edit-link")).click();
		waitForLoaded("topic-edit");
		assertThat(browser.findElement(By.id("topic-edit-name")).getDomProperty("value")).isEqualTo("城市环境与交通");
		assertThat(browser.findElement(By.id("topic-edit-key")).getDomAttribute("readonly")).isNotNull();
		browser.findElement(By.id("topic-edit-indicator-L73-up")).click();
		browser.findElement(By.id("topic-edit-indicator-L71-remove")).click();
		assertThat(codes("#topic-edit-section-1 .topic-edit-item")).containsExactly("L73", "L72");
		browser.findElement(By.id("topic-edit-save")).click();
		waitForLoaded("topic");
		assertThat(codes(".topic-section[data-section='0'] [data-indicator]")).containsExactly("L70");
		assertThat(codes(".topic-section[data-section='1'] [data-indicator]")).containsExactly("L73", "L72");
		screenshot("topic-edited");

		browser.findElement(By.id("topic-edit-link")).click();
		waitForLoaded("topic-edit");
		browser.findElement(By.id("topic-edit-name")).clear();
		browser.findElement(By.id("topic-edit-add-section")).click();
		expectConsoleError("topics/" + key + " - Failed to load resource: the server responded with a status of 400");
		browser.findElement(By.id("topic-edit-save")).click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("topic-edit-name-error")));
		assertThat(browser.findElement(By.id("topic-edit-section-2-title-error")).getText()).contains("is required");
		assertThat(browser.findElement(By.id("topic-edit-section-2-error")).getText()).contains("holds no indicator");
		assertThat(browser.findElement(By.id("topic-edit-status")).getText()).contains("未保存", "3 处");
		assertThat(currentPath()).isEqualTo("/console/topic-edit");
		assertThat(JsonPath.<String>read(platform.get(platform.token("admin"), "/api/indicators/topics/" + key),
				"$.name")).isEqualTo("城市环境与交通");
		((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
		screenshot("topic-edit-refused");
		resize(PHONE);
		assertNoSidewaysScroll();
		screenshot("topic-edit-phone");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
				browser.findElement(By.id("topic-edit-section-1")));
		screenshot("topic-edit-phone-sections");
		resize(DESKTOP);

		leaderSeesNoWayIntoTheEditor(key);

		open("/console/topic-edit?lang=en&key=" + key);
		waitForLoaded("topic-edit");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Edit topic: 城市环境与交通");
		screenshot("topic-edit-en");

		browser.findElement(By.id("topic-edit-delete")).click();
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("topic-edit-delete-confirm"))).click();
		waitForLoaded("topics");
		assertThat(browser.findElements(By.cssSelector("[data-topic='" + key + "']"))).isEmpty();
		assertThat(platform.readStatus(platform.token("admin"), "/api/indicators/topics/" + key)).isEqualTo(404);
	}

	private void leaderSeesNoWayIntoTheEditor(String key) {
		WebDriver admin = openAnotherBrowser();
		open("/login");
		logIn("leader", DEMO_PASSWORD);
		open("/console/topic?key=" + key);
		waitForLoaded("topic");
		assertThat(browser.findElements(By.id("topic-edit-link"))).isEmpty();
		open("/console/topics");
		waitForLoaded("topics");
		assertThat(browser.findElements(By.id("topic-new"))).isEmpty();
		expectConsoleError("topic-edit\\?key=" + key + " - Failed to load resource: the server responded with a "
				+ "status of 403");
		open("/console/topic-edit?key=" + key);
		waitForPage("topic-edit");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("无权使用此页面");
		assertThat(browser.findElements(By.id("topic-edit-form"))).isEmpty();
		use(admin);
	}

	/** Four monthly indicators with a year of the city's values, unless the platform has them. */
	private void addIndicators() {
		String admin = platform.token("admin");
		if (platform.readStatus(admin, "/api/indicators/L73") == 200) {
			return;
		}
		String[][] indicators = { { "L70", "空气优良率" }, { "L71", "噪声达标率" }, { "L72", "公交准点率" },
				{ "L73", "路网畅通率" } };
		StringBuilder csv = new StringBuilder("indicator,region,period,value\n");
		YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
		for (int i = 0; i < indicators.length; i++) {
			platform.post(admin, "/api/admin/indicators", json(plan(indicators[i][0], "name", indicators[i][1])));
			for (int month = 12; month >= 1; month--) {
				csv.append(indicators[i][0]).append(",440300,").append(now.minusMonths(month)).append(',')
					.append(80 + i * 3 + (month * 7 + i) % 9).append('\n');
			}
		}
		platform.postCsv(admin, "/api/admin/indicator-values/import", csv.toString());
	}

	/** Types into the indicator search of the section and picks the indicator with the code from the matches. */
	private void add(int section, String code) {
		String search = "topic-edit-section-" + section + "-add";
		browser.findElement(By.id(search)).sendKeys(code);
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id(search + "-" + code))).click();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("topic-edit-indicator-" + code)));
	}

	private void type(String id, String text) {
		WebElement input = browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private List<String> codes(String selector) {
		return browser.findElements(By.cssSelector(selector)).stream()
			.map(each -> each.getDomAttribute("data-indicator"))
			.toList();
	}

	private List<String> texts(By by) {
		return browser.findElements(by).stream().map(WebElement::getText).toList();
	}

	private void waitForLoaded(String page) {
		waitForPage(page);
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-loaded", "true"));
	}
}
