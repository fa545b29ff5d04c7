package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/** Too many login attempts from one address: the login page says how long to wait instead of showing JSON. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tongguan.identity.login-attempts-per-minute=2")
class LoginThrottleBrowserTests extends ConsoleBrowserTest {

	private static final By MESSAGE = By.id("login-message");

	@Test
	void theThirdAttemptInAMinuteIsAnsweredWithTheWaitInChinese() {
		open("/login");
		for (int attempt = 1; attempt <= 2; attempt++) {
			typeCredentials("operator", "wrong-" + attempt);
			waitFor().until(ExpectedConditions.textMatches(MESSAGE, Pattern.compile("^用户名或密码错误.*")));
			browser.navigate().refresh();
		}
		expectConsoleError("/login - Failed to load resource: the server responded with a status of 429");
		typeCredentials("operator", DEMO_PASSWORD);
		waitFor().until(ExpectedConditions.textMatches(MESSAGE, Pattern.compile("^登录尝试过于频繁，请在 \\d+ 秒后再试。$")));
		assertThat(browser.findElement(MESSAGE).getDomAttribute("class")).contains("error");
		assertThat(currentPath()).isEqualTo("/login");
		screenshot("login-throttled");
	}
}
