package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.jayway.jsonpath.JsonPath;

/**
 * 派遣台 in Chromium: a dispatcher has the desk open, an operator files a case for manual dispatch through the API,
 * the case appears in the queue without a reload, the dispatcher dispatches it to the suggested department and it
 * leaves the queue; a case someone else dispatched first is refused with the platform's message.
 */
class DispatchDeskBrowserTests extends ConsoleBrowserTest {

	private static final By DEPARTMENT = By.cssSelector("#action-dispatch-department[data-loaded='true']");

	private static final By DISPATCH = By.cssSelector("#action-form-dispatch button[type='submit']");

	private final PlatformCalls platform = new PlatformCalls(this::url);

	@Test
	void aNewCaseAppearsWithoutReloadAndIsDispatchedFromTheQueue() {
		openDesk("dispatcher");
		((JavascriptExecutor) browser).executeScript("window.deskNotReloaded = true");
		screenshot("dispatch-desk-waiting");

		long filed = fileForManualDispatch("路口有大量暴露垃圾");
		long before = System.nanoTime();
		By queued = By.id("queue-case-" + filed);
		waitFor().until(ExpectedConditions.elementToBeClickable(queued));
		Duration arrival = Duration.ofNanos(System.nanoTime() - before);
		System.out.println("Dispatch desk: the filed case appeared in the queue after " + arrival.toMillis() + " ms");
		assertThat(((JavascriptExecutor) browser).executeScript("return window.deskNotReloaded")).isEqualTo(true);
		// read afresh: a later live event may redraw the queue between two reads
		waitFor().until(driver -> driver.findElement(queued).getText().contains("暴露垃圾")
				&& driver.findElement(queued).getText().contains("派遣") && driver.findElement(queued)
					.findElements(By.cssSelector(".swatch.light-green, .swatch.light-yellow, .swatch.light-red"))
					.size() == 1);

		waitFor().until(ExpectedConditions.elementToBeClickable(queued)).click();
		WebElement suggested = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("dispatch-suggested")));
		String department = new Select(waitFor().until(ExpectedConditions.presenceOfElementLocated(DEPARTMENT)))
			.getFirstSelectedOption()
			.getDomAttribute("value");
		assertThat(suggested.getText()).endsWith("（" + department + "）");
		assertThat(browser.findElement(By.id("dispatch-explanation")).getText()).contains("暴露垃圾", "→", department);
		assertThat(browser.findElement(By.id("dispatch-detail")).getText()).contains("路口有大量暴露垃圾");
		screenshot("dispatch-desk");
		resize(PHONE);
		waitFor().until(ExpectedConditions.elementToBeClickable(queued)).click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("dispatch-suggested")));
		screenshot("dispatch-desk-phone");
		resize(DESKTOP);

		waitFor().until(ExpectedConditions.elementToBeClickable(DISPATCH)).click();
		WebElement done = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("dispatch-done")));
		assertThat(done.getText()).contains("已派遣");
		waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("queue-case-" + filed)));
		assertThat(queue()).doesNotContain(String.valueOf(filed));
		String view = platform.get(token("dispatcher"), "/api/cases/" + filed);
		assertThat((String) JsonPath.read(view, "$.stage.code")).isEqualTo("HANDLING");
		assertThat((String) JsonPath.read(view, "$.leadDepartment.code")).isEqualTo(department);
		screenshot("dispatch-desk-dispatched");
	}

	@Test
	void aCaseSomeoneElseDispatchedFirstIsRefusedWithThePlatformsMessage() {
		openDesk("dispatcher");
		long filed = fileForManualDispatch("人行道上暴露垃圾");
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("queue-case-" + filed))).click();
		waitFor().until(ExpectedConditions.elementToBeClickable(DISPATCH));
		String department = new Select(waitFor().until(ExpectedConditions.presenceOfElementLocated(DEPARTMENT)))
			.getFirstSelectedOption()
			.getDomAttribute("value");

		String other = token("futian-dispatcher");
		assertThat(platform.status(other, "/api/cases/" + filed + "/dispatch",
				"{\"department\": \"" + department + "\"}"))
			.isEqualTo(200);
		waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("queue-case-" + filed)));
		assertThat(browser.findElement(By.cssSelector("#dispatch-detail .gone")).isDisplayed()).isTrue();

		expectConsoleError("/api/cases/" + filed + "/dispatch.*409");
		browser.findElement(DISPATCH).click();
		WebElement message = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#action-form-dispatch .message")));
		assertThat(message.getText()).startsWith("此案件当前不能执行此操作");
		assertThat(message.getDomAttribute("class")).contains("error");
		assertThat(platform.get(other, "/api/cases/" + filed)).contains("\"dispatches\":1");
		screenshot("dispatch-desk-conflict");
	}

	@Test
	void anExtensionRequestArrivesLiveAndIsApproved() {
		long filed = fileForManualDispatch("绿化带内暴露垃圾");
		String dispatcher = token("dispatcher");
		assertThat(platform.status(dispatcher, "/api/cases/" + filed + "/dispatch",
				"{\"department\": \"440304-CHENGGUAN\"}"))
			.isEqualTo(200);
		openDesk("dispatcher");

		assertThat(platform.status(token("handler"), "/api/cases/" + filed + "/extension-requests",
				"{\"extension\": \"2d\", \"reason\": \"需协调产权单位\"}"))
			.isEqualTo(201);
		By queued = By.id("queue-case-" + filed);
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(queued, "延期审批"));
		waitFor().until(ExpectedConditions.elementToBeClickable(queued)).click();
		WebElement approve = waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#action-form-approveExtension button[type='submit']")));
		assertThat(browser.findElement(By.id("dispatch-detail")).getText()).contains("2d", "需协调产权单位")
			.doesNotContain("null", "undefined");
		browser.findElement(By.id("action-approveExtension-comment")).sendKeys("同意延期两个工作日");
		screenshot("dispatch-desk-extension");
		approve.click();

		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("dispatch-done")));
		waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("queue-case-" + filed)));
		assertThat(platform.get(dispatcher, "/api/cases/" + filed)).contains("\"extensions\":1", "同意延期两个工作日");
	}

	@Test
	void aDistrictScopedDispatchersDeskListsNoCaseOfAnotherDistrict() {
		openDesk("futian-dispatcher");

		long luohu = platform.filedForManualDispatch("罗湖路边暴露垃圾", 114.1315, 22.5485);
		long futian = platform.filedForManualDispatch("福田路边暴露垃圾", 114.0579, 22.5431);

		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("queue-case-" + futian)));
		assertThat(browser.findElements(By.id("queue-case-" + luohu))).isEmpty();
		assertThat(queue().split(",")).contains(String.valueOf(futian)).doesNotContain(String.valueOf(luohu));
	}

	@Test
	void onlyDispatchersHaveTheDeskInTheirNavigation() {
		open("/login");
		logIn("operator", DEMO_PASSWORD);
		List<String> links = browser.findElements(By.cssSelector("#nav a"))
			.stream()
			.map(link -> link.getDomAttribute("href"))
			.toList();
		assertThat(links).doesNotContain("/console/dispatch");
		expectConsoleError("/console/dispatch - .* 403");
		open("/console/dispatch");
		waitFor().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "dispatch"));
		assertThat(browser.findElement(By.id("main")).getText()).contains("无权使用此页面");
	}

	private void openDesk(String dispatcher) {
		open("/console/dispatch");
		logIn(dispatcher, DEMO_PASSWORD);
		waitForPage("dispatch");
		assertThat(browser.findElements(By.cssSelector("#nav a[href='/console/dispatch']"))).hasSize(1);
		waitFor().until(ExpectedConditions.attributeToBe(By.id("main"), "data-live", "open"));
	}

	/** An operator's hotline report in 福田区, accepted and filed for the dispatcher's manual queue; its id. */
	private long fileForManualDispatch(String description) {
		return platform.filedForManualDispatch(description, 114.0579, 22.5431);
	}

	private String queue() {
		return browser.findElement(By.id("main")).getDomAttribute("data-queue");
	}

	private String token(String username) {
		return platform.token(username);
	}
}
