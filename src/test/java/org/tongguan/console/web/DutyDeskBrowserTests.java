package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tongguan.support.TestClock;
import org.tongguan.support.TestClockConfiguration;

import com.jayway.jsonpath.JsonPath;

/**
 * 值班长 in Chromium, with a clock the test moves: a case its department let run past its deadline is listed under
 * 超时 (most overdue first) and supervised from there; a case someone else closed first is refused with the
 * platform's message.
 */
@Import(TestClockConfiguration.class)
class DutyDeskBrowserTests extends ConsoleBrowserTest {

	@Autowired
	TestClock clock;

	private final PlatformCalls platform = new PlatformCalls(this::url);

	@Test
	void anOverdueCaseIsListedAndSupervisedFromTheDesk() {
		clock.set(TestClock.MONDAY_MORNING);
		long id = platform.filedForManualDispatch("路口垃圾多日无人清运", 114.0579, 22.5431);
		platform.post(platform.token("dispatcher"), "/api/cases/" + id + "/dispatch",
				"{\"department\": \"440304-CHENGGUAN\"}");
		clock.advance(Duration.ofDays(10));

		open("/console/duty");
		logIn("shiftlead", DEMO_PASSWORD);
		waitForPage("duty");
		browser.findElement(By.id("duty-tab-overdue")).click();
		WebElement item = waitFor().until(ExpectedConditions.elementToBeClickable(By.id("queue-case-" + id)));
		assertThat(item.getText()).contains("超时");
		assertThat(item.findElements(By.cssSelector(".swatch.light-red"))).hasSize(1);
		item.click();
		WebElement notice = waitFor().until(ExpectedConditions.elementToBeClickable(By.id("action-supervise-notice")));
		notice.sendKeys("请今日内清运并反馈");
		screenshot("duty-overdue");
		browser.findElement(By.cssSelector("#action-form-supervise button[type='submit']")).click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("duty-done")));
		String view = platform.get(platform.token("shiftlead"), "/api/cases/" + id);
		assertThat((Integer) JsonPath.read(view, "$.supervisions.length()")).isEqualTo(1);
		assertThat(view).contains("请今日内清运并反馈");
		resize(PHONE);
		screenshot("duty-phone");
	}
}
