package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * 案件详情 in Chromium: a case's timeline and exactly the actions its user may take now, each done through its form
 * (dispatch, handling with a photo), and a case outside the user's data scope refused with the platform's message.
 */
class CaseDetailBrowserTests extends ConsoleBrowserTest {

	/** A point in 福田区 (the handler's and the Futian dispatcher's district). */
	private static final double[] FUTIAN = { 114.0579, 22.5431 };

	/** A point in 南山区. */
	private static final double[] NANSHAN = { 113.9305, 22.5330 };

	private final PlatformCalls platform = new PlatformCalls(this::url);

	@TempDir
	Path photos;

	@Test
	void aDispatcherDispatchesAFiledCaseThroughItsFormAndTheHandlerHandlesItWithAPhoto() throws IOException {
		String number = filedForManualDispatch(FUTIAN);
		open("/console/case?number=" + number);
		logIn("dispatcher", DEMO_PASSWORD);
		waitForPage("case");
		assertThat(browser.findElement(By.cssSelector(".case-header h1")).getText()).isEqualTo("案件 " + number);
		assertThat(stage()).isEqualTo("待派遣");
		assertThat(browser.findElement(By.id("case-timeline")).getText()).contains("上报", "受理", "立案", "王芳");
		assertThat(actions()).containsExactly("dispatch");
		waitForMap();
		screenshot("case-dispatcher");

		browser.findElement(By.cssSelector("[data-action=dispatch]")).click();
		WebElement department = waitFor()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#action-dispatch-department[data-loaded]")));
		new Select(department).selectByValue("440304-CHENGGUAN");
		browser.findElement(By.id("action-dispatch-comment")).sendKeys("请尽快清理");
		screenshot("case-dispatch-form");
		browser.findElement(By.cssSelector("#action-form-dispatch button[type=submit]")).click();
		waitFor().until(driver -> "处置中".equals(stage()));
		assertThat(browser.findElement(By.cssSelector("[data-field=department]")).getText()).isEqualTo("福田区城市管理和综合执法局");
		assertThat(browser.findElement(By.id("case-timeline")).getText()).contains("派遣", "请尽快清理");
		assertThat(actions()).isEmpty();
		scrollTo("case-timeline");
		screenshot("case-timeline");

		browser.manage().deleteAllCookies();
		open("/console/case?number=" + number);
		logIn("handler", DEMO_PASSWORD);
		waitForPage("case");
		assertThat(actions()).contains("handled", "return", "extension", "suspension").doesNotContain("close");
		browser.findElement(By.cssSelector("[data-action=handled]")).click();
		browser.findElement(By.id("action-handled-result")).sendKeys("已清理垃圾并冲洗路面");
		Path notAPhoto = Files.writeString(photos.resolve("result.jpg"), "not a picture at all");
		browser.findElement(By.id("action-handled-attachmentIds")).sendKeys(notAPhoto.toString());
		expectConsoleError("/api/attachments - Failed to load resource");
		browser.findElement(By.cssSelector("#action-form-handled button[type=submit]")).click();
		WebElement photoError = waitFor().until(ExpectedConditions.visibilityOfElementLocated(
				By.id("action-handled-attachmentIds-error")));
		assertThat(photoError.getText()).contains("allowed");
		assertThat(browser.findElement(By.cssSelector("#action-form-handled .message.error")).getText())
			.isEqualTo("平台未执行此操作，原因见标出的字段。");
		assertThat(stage()).as("nothing changed").isEqualTo("处置中");
		screenshot("case-photo-refused");
		WebElement photoInput = browser.findElement(By.id("action-handled-attachmentIds"));
		photoInput.clear();
		photoInput.sendKeys(photo(photos).toString());
		browser.findElement(By.cssSelector("#action-form-handled button[type=submit]")).click();
		waitFor().until(driver -> "待核查".equals(stage()));
		assertThat(browser.findElement(By.id("case-timeline")).getText()).contains("已清理垃圾并冲洗路面");
		WebElement thumbnail = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
				".photo-thumb img")));
		waitFor().until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", thumbnail)));
		waitForMap();
		screenshot("case-handler");
		browser.findElement(By.cssSelector(".photo-thumb")).click();
		waitFor().until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
			.executeScript("const img = document.querySelector('.photo-viewer[open] .photo-full');"
					+ " return !!img && img.complete && img.naturalWidth > 0")));
		screenshot("case-photo-full");
		browser.findElement(By.cssSelector(".photo-close")).click();
		resize(PHONE);
		screenshot("case-handler-phone");
	}

	@Test
	void aDispatchSomeoneElseMadeFirstIsRefusedWithThePlatformsMessageNextToTheFormAndNothingChanges() {
		String number = filedForManualDispatch(FUTIAN);
		open("/console/case?number=" + number);
		logIn("dispatcher", DEMO_PASSWORD);
		waitForPage("case");
		browser.findElement(By.cssSelector("[data-action=dispatch]")).click();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#action-dispatch-department[data-loaded]")));
		String id = browser.findElement(By.cssSelector(".case-page")).getDomAttribute("data-id");
		platform.post(platform.token("dispatcher"), "/api/cases/" + id + "/dispatch",
				"{\"department\": \"440304-CHENGGUAN\"}");
		expectConsoleError("/api/cases/" + id + "/dispatch - Failed to load resource: the server responded with a status of 409");
		browser.findElement(By.cssSelector("#action-form-dispatch button[type=submit]")).click();
		WebElement message = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
				"#action-form-dispatch .message.error")));
		assertThat(message.getText()).startsWith("此案件当前不能执行此操作").contains(number, "dispatch");
		assertThat(stage()).as("the page still shows the case as it was").isEqualTo("待派遣");
		screenshot("case-action-refused");
	}

	@Test
	void aDistrictScopedUserOpeningAnotherDistrictsCaseSeesTheRefusalAndNoCaseData() {
		String number = reportCase(NANSHAN[0], NANSHAN[1]);
		expectConsoleError("/api/cases/by-number/" + number + " - Failed to load resource");
		open("/console/case?number=" + number);
		logIn("futian-dispatcher", DEMO_PASSWORD);
		waitForPage("case");
		WebElement refusal = browser.findElement(By.id("case-refused"));
		assertThat(refusal.getText()).contains("无权查看此案件", "平台答复（403）");
		assertThat(browser.findElements(By.cssSelector(".case-page, #case-timeline, #case-map"))).isEmpty();
		assertThat(browser.findElement(By.id("main")).getText()).doesNotContain("暴露垃圾", "路边有一堆暴露垃圾");
		screenshot("case-refused");
	}

	@Test
	void aShiftLeadOpensAReportedCaseByItsNumberAndMayAcceptVoidOrTransferItButNotClose() {
		String number = reportCase(FUTIAN[0], FUTIAN[1]);
		open("/console/case");
		logIn("shiftlead", DEMO_PASSWORD);
		waitForPage("case");
		browser.findElement(By.id("case-number")).sendKeys(number);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".case-header h1"), "案件 " + number));
		assertThat(actions()).contains("accept", "void", "transfer110").doesNotContain("dispatch", "close", "supervise");
		waitForMap();
		screenshot("case-shiftlead");
		open("/console/case?lang=en&number=" + number);
		waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".case-header h1"), "Case " + number));
		assertThat(browser.findElement(By.cssSelector("[data-action=accept]")).getText()).isEqualTo("Accept");
		waitForMap();
		screenshot("case-shiftlead-en");
	}

	private String stage() {
		List<WebElement> badges = browser.findElements(By.id("case-stage"));
		return badges.isEmpty() ? "" : badges.get(0).getText();
	}

	private List<String> actions() {
		return browser.findElements(By.cssSelector("#case-actions [data-action]"))
			.stream()
			.map(button -> button.getDomAttribute("data-action"))
			.toList();
	}

	private void scrollTo(String id) {
		((JavascriptExecutor) browser)
			.executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", id);
	}

	private void waitForMap() {
		waitFor().until(ExpectedConditions.attributeToBe(By.id("case-map"), "data-idle", "true"));
	}

	/** A reported case accepted and filed by the operator through the API, waiting for a dispatcher; its number. */
	private String filedForManualDispatch(double[] point) {
		return platform.number(platform.filedForManualDispatch("路边有一堆暴露垃圾", point[0], point[1]));
	}
}
