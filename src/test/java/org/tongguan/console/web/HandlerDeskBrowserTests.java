package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.jayway.jsonpath.JsonPath;

/**
 * 处置 in Chromium: a case dispatched with an assisting street office shows the lead department's handler the
 * handling task and the street office's handler the 协办 task, which they complete; a return without a reason is
 * refused next to the reason and changes nothing, with one it goes back to the dispatchers.
 */
class HandlerDeskBrowserTests extends ConsoleBrowserTest {

	/** The street office of 梅林街道, where the point below lies. */
	private static final String STREET_OFFICE = "440304006-JIEDAO";

	private final PlatformCalls platform = new PlatformCalls(this::url);

	@Test
	void theAssistingStreetOfficeCompletesItsCoHandlingTask() {
		long id = dispatched("{\"department\": \"440304-CHENGGUAN\", \"assisting\": [\"" + STREET_OFFICE + "\"]}");
		open("/console/handle");
		logIn("street-handler", DEMO_PASSWORD);
		waitForPage("handle");
		By queued = By.id("queue-case-" + id);
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(queued, "协办"));
		waitFor().until(ExpectedConditions.elementToBeClickable(queued)).click();
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("action-assist-result")))
			.sendKeys("街道已协调物业配合清运");
		screenshot("handler-assist");
		browser.findElement(By.cssSelector("#action-form-assist button[type='submit']")).click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("handle-done")));
		String view = platform.get(platform.token("handler"), "/api/cases/" + id);
		assertThat(view).contains("街道已协调物业配合清运");
		assertThat((String) JsonPath.read(view, "$.stage.code")).isEqualTo("HANDLING");
	}

	@Test
	void aReturnNeedsAReasonAndThenGoesBackToTheDispatchers() {
		long id = dispatched("{\"department\": \"440304-CHENGGUAN\"}");
		open("/console/handle");
		logIn("handler", DEMO_PASSWORD);
		waitForPage("handle");
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("queue-case-" + id))).click();
		waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-action=return]"))).click();
		expectConsoleError("/api/cases/" + id + "/return - .* status of 400");
		browser.findElement(By.cssSelector("#action-form-return button[type='submit']")).click();
		WebElement missing = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-return-reason-error")));
		assertThat(missing.getText()).startsWith("请说明原因。");
		assertThat(stage(id)).isEqualTo("HANDLING");
		screenshot("handler-return-refused");

		browser.findElement(By.id("action-return-reason")).sendKeys("属供水管网产权，不属城管职责");
		browser.findElement(By.cssSelector("#action-form-return button[type='submit']")).click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("handle-done")));
		waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("queue-case-" + id)));
		assertThat(stage(id)).isEqualTo("FILED");
	}

	private long dispatched(String dispatch) {
		long id = platform.filedForManualDispatch("小区门口垃圾堆积", 114.0579, 22.5431);
		platform.post(platform.token("dispatcher"), "/api/cases/" + id + "/dispatch", dispatch);
		return id;
	}

	private String stage(long id) {
		return JsonPath.read(platform.get(platform.token("handler"), "/api/cases/" + id), "$.stage.code");
	}
}
