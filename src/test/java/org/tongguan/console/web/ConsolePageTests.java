package org.tongguan.console.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.identity.Role;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

/**
 * The console's pages and its shell's data through MockMvc: the login page and the redirects, the pages a role may
 * use, the public static assets and the security headers of the HTML.
 */
@PlatformTest
class ConsolePageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theLoginPageIsTheConsolesOwnChinesePageWithoutInlineScripts() throws Exception {
		mvc.perform(get("/login").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<html lang=\"zh-CN\">")))
			.andExpect(content().string(containsString("<script type=\"module\" src=\"/console/assets/login.js\">")))
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(content().string(not(containsString("style="))))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")));
	}

	@Test
	void anAnonymousBrowserIsSentToTheLoginPageWhileAnApiCallGetsA401Problem() throws Exception {
		mvc.perform(get("/console/map").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/console/me").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	@WithDemoUser("operator")
	void theRootAndTheConsoleWithoutASlashLeadToTheConsoleHome() throws Exception {
		mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/console/"));
		mvc.perform(get("/console").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/console/"));
		mvc.perform(get("/console/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/console/assets/shell.js")));
	}

	@Test
	@WithDemoUser("operator")
	void aPageTheConsoleDoesNotHaveIsNotFound() throws Exception {
		mvc.perform(get("/console/no-such-page").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	@WithDemoUser("operator")
	void aPageTheUsersRolesMayNotUseIsForbiddenButStillDrawnByTheShell() throws Exception {
		mvc.perform(get("/console/statistics").accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("/console/assets/shell.js")));
		mvc.perform(get("/console/map").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
	}

	@Test
	@WithDemoUser("operator")
	void theIndicatorPagesAreEveryStaffRolesButTheLedgerIsTheLeaders() throws Exception {
		for (String page : new String[] { "indicators", "indicator", "topics", "topic", "indicator-warnings" }) {
			mvc.perform(get("/console/" + page).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
		}
		mvc.perform(get("/console/ledger").accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
	}

	@Test
	@WithDemoUser("leader")
	void theShellLearnsTheUsersCityRolesAndPagesFromConsoleMe() throws Exception {
		mvc.perform(get("/api/console/me"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("leader"))
			.andExpect(jsonPath("$.displayName").value("赵敏"))
			.andExpect(jsonPath("$.roles[0].name").value("LEADER"))
			.andExpect(jsonPath("$.roles[0].label").value("领导"))
			.andExpect(jsonPath("$.city").value("深圳市"))
			.andExpect(jsonPath("$.scope.code").value("440300"))
			.andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
			.andExpect(jsonPath("$.home").value("/console/"))
			.andExpect(jsonPath("$.pages.length()").value(ConsolePage.usableWith(Set.of(Role.LEADER)).size()))
			.andExpect(jsonPath("$.pages[0].path").value("/console/"))
			.andExpect(jsonPath("$.baseLayer").doesNotExist());
	}

	@Test
	@WithDemoUser("inspector")
	void aStreetScopedUserSeesTheCityOfTheirStreet() throws Exception {
		mvc.perform(get("/api/console/me"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.city").value("深圳市"))
			.andExpect(jsonPath("$.scope.level").value("STREET"));
	}

	@Test
	void theConsolesAssetsAndLibrariesAreServedWithoutALogin() throws Exception {
		mvc.perform(get("/console/assets/console.css"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andExpect(header().exists("Last-Modified"));
		mvc.perform(get("/console/assets/i18n/zh-CN.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$['login.submit']").value("登录"));
		mvc.perform(get("/vendor/maplibre-gl/5.24.1/maplibre-gl.js")).andExpect(status().isOk());
		mvc.perform(get("/webjars/echarts/dist/echarts.min.js")).andExpect(status().isOk());
		mvc.perform(get("/console/assets/../../api/console/me")).andExpect(status().is4xxClientError());
	}
}
