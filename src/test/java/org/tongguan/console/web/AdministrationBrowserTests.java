package org.tongguan.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongguan.region.Location;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.internal.RegionService;

/**
 * 系统管理 in Chromium: users with roles and a district scope (a duplicate username refused next to its field), the
 * region import previewed on a map and then cancelled or committed, an API key created and revoked, the other tabs
 * drawn, and the page hidden from and refused to other roles.
 */
class AdministrationBrowserTests extends ConsoleBrowserTest {

	@Autowired
	RegionService regions;

	private final PlatformCalls platform = new PlatformCalls(this::url);

	@Test
	void anAdministratorCreatesAUserWithARoleAndADistrictScopeAfterADuplicateUsernameIsRefused() {
		openTab("users");
		String listed = browser.findElement(By.cssSelector(".pager-count")).getText();
		screenshot("admin-users");
		click(By.cssSelector(".admin-head button.primary"));
		type("users-username", "operator");
		type("users-password", "a-long-initial-passphrase");
		type("users-displayName", "李娜");
		type("users-phone", "13600136000");
		click(By.id("users-roles-OPERATOR"));
		new Select(browser.findElement(By.id("users-scope"))).selectByValue("440304");
		expectConsoleError("/api/admin/users - Failed to load resource: the server responded with a status of 409");
		click(By.id("users-save"));

		WebElement error = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("users-username-error")));
		assertThat(error.getText()).contains("operator");
		assertThat(browser.findElement(By.id("users-username")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id("users-form-status")).getText()).contains("未作任何更改");
		screenshot("admin-users-duplicate");

		type("users-username", "li.na");
		click(By.id("users-save"));
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-status"), "已新增用户 li.na"));
		type("users-search", "li.na");
		By row = By.xpath("//table[@id='users-table']//tr[td[contains(., 'li.na')]]");
		// read afresh: the search redraws the table as it is typed
		waitFor().until(driver -> List.of("李娜", "受理员", "福田区", "136****6000").stream()
			.allMatch(driver.findElement(row).getText()::contains));
		browser.findElement(By.id("users-search")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		assertThat(browser.findElement(By.cssSelector(".pager-count")).getText()).isNotEqualTo(listed);
		screenshot("admin-users-created");

		click(By.xpath("//table[@id='users-table']//tr[td[contains(., 'li.na')]]//button[1]"));
		waitFor().until(ExpectedConditions.attributeToBe(By.id("users-username"), "value", "li.na"));
		click(By.id("users-roles-INSPECTOR"));
		click(By.id("users-save"));
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-status"), "已保存 li.na"));
		waitFor().until(driver -> driver.findElement(row).getText().contains("受理员、监督员/网格员"));
	}

	@Test
	void theAdministrationSpeaksEnglishWhenAsked() {
		open("/login");
		logIn("admin", DEMO_PASSWORD);
		open("/console/admin?lang=en#departments");
		waitForPage("admin");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("admin-panel"), "data-tab", "departments"));
		assertThat(text("admin-tab-departments")).isEqualTo("Departments");
		assertThat(browser.findElement(By.cssSelector("#departments-table thead")).getText()).contains("Level", "Name");
		screenshot("admin-departments-en");
	}

	@Test
	void theRegionImportIsPreviewedOnTheMapAndThenCancelledOrCommitted() throws IOException {
		Location here = regions.locate(114.0579, 22.5431).orElseThrow();
		String grid = here.grid().code().value();
		String oldName = here.grid().name();
		String export = new String(regions.export(RegionLevel.GRID, here.community().code()), StandardCharsets.UTF_8);
		int grids = regions.children(here.community().code()).size();
		Path file = Files.createTempFile("grids-", ".geojson");
		Files.writeString(file, export.replace("\"name\":\"" + oldName + "\"", "\"name\":\"市民中心网格\""));
		openTab("regions");

		preview(file);
		assertThat(text("regions-updated")).isEqualTo("1");
		assertThat(text("regions-unchanged")).isEqualTo(String.valueOf(grids - 1));
		assertThat(text("regions-created")).isEqualTo("0");
		waitFor().until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
				"return document.getElementById('regions-map').cityMap.querySourceFeatures('preview').length"))
			.intValue() > 0);
		screenshot("admin-regions-preview");
		click(By.cssSelector("#regions-summary button.ghost"));
		waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("regions-summary")));
		assertThat(regions.find(here.grid().code()).orElseThrow().name()).isEqualTo(oldName);

		preview(file);
		click(By.id("regions-commit"));
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("regions-status"), "已导入"));
		assertThat(text("regions-status")).contains("更新 1");
		assertThat(regions.find(here.grid().code()).orElseThrow().name()).isEqualTo("市民中心网格");
		assertThat(grid).isEqualTo(regions.locate(114.0579, 22.5431).orElseThrow().grid().code().value());
		screenshot("admin-regions-committed");
	}

	@Test
	void anApiKeyIsCreatedShownOnceAndRevoked() {
		openTab("apikeys");
		click(By.cssSelector(".admin-head button.primary"));
		type("apikeys-name", "hotline-12345");
		click(By.id("apikeys-purposes-INTEGRATION"));
		click(By.id("apikeys-save"));
		WebElement secret = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("apikeys-secret-value")));
		assertThat(secret.getText()).hasSizeGreaterThan(20);
		click(By.cssSelector("#apikeys-secret button"));
		waitFor().until(driver -> !driver.findElement(By.cssSelector("#apikeys-secret .copied")).getText().isEmpty());
		screenshot("admin-apikeys-created");

		By row = By.xpath("//table[@id='apikeys-table']//tr[td[contains(., 'hotline-12345')]]");
		assertThat(browser.findElement(row).getText()).contains("有效");
		click(By.xpath("//table[@id='apikeys-table']//tr[td[contains(., 'hotline-12345')]]//button"));
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(row, "已吊销"));
		assertThat(browser.findElement(By.id("apikeys-secret")).isDisplayed()).isFalse();
		screenshot("admin-apikeys-revoked");
	}

	@Test
	void theCatalogueShowsLimitsAndAnImportsLineNumberedErrorsStoringNothing() throws IOException {
		openTab("catalog");
		type("catalog-search", "暴露垃圾");
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalog-table"), "E0101"));
		screenshot("admin-catalog");
		click(By.xpath("//table[@id='catalog-table']//tr[td[contains(., 'E0101')]]//button[1]"));
		type("catalog-stageLimits.HANDLE", "30d");
		expectConsoleError("/api/admin/catalog/categories/E0101 - Failed to load resource: the server responded with a "
				+ "status of 400");
		click(By.id("catalog-save"));
		WebElement handle = waitFor().until(ExpectedConditions.visibilityOfElementLocated(
				By.id("catalog-stageLimits.HANDLE-error")));
		assertThat(handle.getText()).contains("HANDLE (30 working days) is longer than the overall limit");
		screenshot("admin-catalog-revise-refused");
		click(By.cssSelector("#catalog-form .form-buttons button.ghost"));
		assertThat(browser.findElement(By.id("catalog-table")).getText()).contains("v1");
		Path bad = Files.createTempFile("catalogue-", ".csv");
		Files.writeString(bad, """
				kind,majorCode,majorName,code,name,cityFunction,districtFunction,streetFunction,defaultLevel,\
				defaultUrgency,limit,accept,file,dispatch,handle,verify,close,roundTheClock,policeMatter,\
				closingConditions,legalBasis
				EVENT,,Roads,,Pothole,,,CHENGGUAN,,,2x,,,,1d,,,,,,
				""");
		click(By.cssSelector(".admin-head button.primary"));
		browser.findElement(By.id("catalog-file")).sendKeys(bad.toString());
		expectConsoleError("/api/admin/catalog/import - Failed to load resource: the server responded with a status of 400");
		click(By.id("catalog-save"));
		WebElement errors = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("catalog-file-error")));
		assertThat(errors.getText()).contains("line 2");
		screenshot("admin-catalog-import-refused");
	}

	@Test
	void departmentsAndTheCalendarAreDrawnAtDesktopAndPhoneWidth() {
		openTab("departments");
		assertThat(browser.findElement(By.id("departments-table")).getText()).contains("城管");
		screenshot("admin-departments");
		click(By.cssSelector(".admin-head button.primary"));
		type("departments-code", "440304-PARKS");
		type("departments-name", "福田区公园管理中心");
		new Select(browser.findElement(By.id("departments-level"))).selectByValue("DISTRICT");
		type("departments-home", "440304001");
		expectConsoleError("/api/admin/departments - Failed to load resource: the server responded with a status of 400");
		click(By.id("departments-save"));
		WebElement home = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("departments-home-error")));
		assertThat(home.getText()).contains("is a STREET, not a DISTRICT");
		screenshot("admin-departments-refused");
		type("departments-home", "440304");
		click(By.id("departments-save"));
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("departments-status"), "福田区公园管理中心"));
		type("departments-search", "440304-PARKS");
		assertThat(browser.findElement(By.id("departments-table")).getText()).contains("区级", "福田区公园管理中心", "福田区");
		openTab("calendars");
		new Select(browser.findElement(By.id("calendars-year"))).selectByValue("2026");
		new Select(browser.findElement(By.id("calendars-month"))).selectByValue("2");
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendars-grid"), "春节"));
		screenshot("admin-calendars");
		new Select(browser.findElement(By.id("calendars-year"))).selectByValue("2028");
		new Select(browser.findElement(By.id("calendars-month"))).selectByValue("3");
		click(By.id("calendars-day-2028-03-06"));
		type("calendars-name", "城市日");
		click(By.id("calendars-save"));
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendars-day-2028-03-06"),
				"城市日 休"));
		click(By.id("calendars-day-2028-03-06"));
		click(By.id("calendars-save"));
		waitFor().until(driver -> !driver.findElement(By.id("calendars-day-2028-03-06")).getText().contains("城市日"));
		assertThat(platform.get(platform.token("admin"), "/api/calendar/days?year=2028")).isEqualTo("[]");
		resize(PHONE);
		screenshot("admin-calendars-phone");
		openTab("users");
		screenshot("admin-users-phone");
	}

	@Test
	void aDispatcherSeesNoAdministrationAndIsRefusedAtItsAddress() {
		open("/login");
		logIn("dispatcher", DEMO_PASSWORD);
		List<WebElement> links = browser.findElements(By.cssSelector("#nav a"));
		assertThat(links).extracting(link -> link.getDomAttribute("href")).doesNotContain("/console/admin");
		expectConsoleError("/console/admin - Failed to load resource: the server responded with a status of 403");
		open("/console/admin");
		waitForPage("admin");
		assertThat(browser.findElement(By.cssSelector("#main h1")).getText()).isEqualTo("无权使用此页面");
		assertThat(browser.findElements(By.cssSelector(".admin-tabs"))).isEmpty();
		screenshot("admin-forbidden-dispatcher");
	}

	private void openTab(String tab) {
		if (!String.valueOf(currentPath()).startsWith("/console/")) {
			open("/login");
			logIn("admin", DEMO_PASSWORD);
		}
		open("/console/admin#" + tab);
		waitForPage("admin");
		waitFor().until(ExpectedConditions.attributeToBe(By.id("admin-panel"), "data-tab", tab));
	}

	private void preview(Path file) {
		browser.findElement(By.id("regions-file")).sendKeys(file.toString());
		click(By.id("regions-preview"));
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("regions-summary")));
	}

	private void click(By by) {
		waitFor().until(ExpectedConditions.elementToBeClickable(by)).click();
	}

	private void type(String id, String text) {
		WebElement input = browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}
}
