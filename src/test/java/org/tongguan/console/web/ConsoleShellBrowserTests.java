package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tongguan.identity.Role;

/** The login page and the shell in Chromium: redirects, messages, navigation by role, language switch, logout. */
class ConsoleShellBrowserTests extends ConsoleBrowserTest {

	@Test
	void anAnonymousVisitToTheMapShowsTheChineseLoginPageAndReturnsToTheMapAfterLogin() {
		open("/console/map");
		waitFor().until(ExpectedConditions.textToBe(By.cssSelector("label[for=username]"), "用户名"));
		assertThat(currentPath()).isEqualTo("/login");
		assertThat(browser.findElement(By.id("login-submit")).getText()).isEqualTo("登录");
		screenshot("login");
		resize(PHONE);
		screenshot("login-phone");
		resize(DESKTOP);
		logIn("operator", DEMO_PASSWORD);
		assertThat(currentPath()).isEqualTo("/console/map");
	}

	@Test
	void aWrongPasswordShowsTheMessageAndKeepsTheUserOnTheLoginPage() {
		open("/login");
		typeCredentials("operator", "not-the-password");
		WebElement message = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login-message.error")));
		assertThat(message.getText()).startsWith("用户名或密码错误");
		assertThat(currentPath()).isEqualTo("/login");
		assertThat(browser.findElement(By.id("password")).getAttribute("aria-invalid")).isEqualTo("true");
		screenshot("login-wrong-password");
	}

	@Test
	void anEmptyFormIsRefusedInTheBrowserWithAMessageNextToIt() {
		open("/login");
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("login-submit"))).click();
		assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-message"))).getText())
			.isEqualTo("请输入用户名。");
	}

	@Test
	void theOperatorSeesTheirNameRoleAndExactlyTheirPages() {
		open("/login");
		logIn("operator", DEMO_PASSWORD);
		assertThat(currentPath()).isEqualTo("/console/");
		assertShell("王芳", "受理员", Role.OPERATOR);
		assertThat(navigation()).doesNotContain("/console/statistics");
		screenshot("home-operator");
		resize(PHONE);
		screenshot("home-operator-phone");
	}

	@Test
	void theLeaderSeesTheirNameRoleAndExactlyTheirPages() {
		open("/login");
		logIn("leader", DEMO_PASSWORD);
		assertShell("赵敏", "领导", Role.LEADER);
		assertThat(navigation()).contains("/console/statistics");
		screenshot("home-leader");
	}

	@Test
	void aPageTheRolesMayNotUseSaysSoInsideTheShell() {
		open("/login");
		logIn("operator", DEMO_PASSWORD);
		expectConsoleError("/console/statistics - Failed to load resource: the server responded with a status of 403");
		open("/console/statistics");
		waitForPage("statistics");
		assertThat(browser.findElement(By.cssSelector("#main h1")).getText()).isEqualTo("无权使用此页面");
		assertThat(browser.findElements(By.cssSelector("#main canvas"))).isEmpty();
		screenshot("forbidden-operator");
	}

	@Test
	void theLanguageSwitchShowsTheConsoleInEnglishAndBack() {
		open("/login");
		waitFor().until(ExpectedConditions.textToBe(By.id("language"), "English"));
		browser.findElement(By.id("language")).click();
		waitFor().until(ExpectedConditions.textToBe(By.cssSelector("label[for=username]"), "Username"));
		screenshot("login-en");
		logIn("leader", DEMO_PASSWORD);
		assertThat(browser.findElement(By.id("user-roles")).getText()).isEqualTo("Leader");
		assertThat(browser.findElement(By.id("logout")).getText()).isEqualTo("Sign out");
		screenshot("home-leader-en");
		browser.findElement(By.id("language")).click();
		waitFor().until(ExpectedConditions.textToBe(By.id("logout"), "退出"));
	}

	@Test
	void loggingOutEndsTheSessionAndSaysSo() {
		open("/login");
		logIn("dispatcher", DEMO_PASSWORD);
		browser.findElement(By.id("logout")).click();
		WebElement message = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login-message.info")));
		assertThat(message.getText()).isEqualTo("您已安全退出。");
		open("/console/");
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("login-submit")));
		assertThat(currentPath()).isEqualTo("/login");
	}

	private void assertShell(String name, String role, Role granted) {
		assertThat(browser.findElement(By.id("user-name")).getText()).isEqualTo(name);
		assertThat(browser.findElement(By.id("user-roles")).getText()).isEqualTo(role);
		assertThat(browser.findElement(By.id("city-name")).getText()).isEqualTo("深圳市");
		assertThat(navigation()).containsExactlyElementsOf(ConsolePage.usableWith(Set.of(granted))
			.stream()
			.filter(ConsolePage::listed)
			.map(ConsolePage::path)
			.toList());
	}

	private List<String> navigation() {
		return browser.findElements(By.cssSelector("#nav a")).stream().map(link -> link.getDomAttribute("href")).toList();
	}
}
