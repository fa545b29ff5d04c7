package org.tongguan.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.identity.user.FirstAdministrator;
import org.tongguan.support.PlatformTest;

import com.jayway.jsonpath.JsonPath;

/** An empty platform (no demo) gets its first administrator through the setup token it logs at start. */
@PlatformTest
@TestPropertySource(properties = "tongguan.demo=false")
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

	private static final Pattern LOGGED_TOKEN = Pattern.compile("X-Setup-Token: ([A-Za-z0-9_-]{24,})'");

	private static final String ADMIN = """
			{"username": "chen.admin", "password": "a long first password", "displayName": "陈管理员"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	FirstAdministrator setup;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void createsTheFirstAdministratorOnceWithTheLoggedTokenAndThenClosesThePath(CapturedOutput output)
			throws Exception {
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_user", Integer.class)).isZero();
		setup.run(null);
		assertThat(output.getOut()).contains("No administrator exists yet", "curl -i -X POST",
				"/api/setup/administrator", "generated at this start; set tongguan.identity.setup-token");
		Matcher logged = LOGGED_TOKEN.matcher(output.getOut());
		assertThat(logged.find()).as("the log shows the setup token").isTrue();
		String token = logged.group(1);

		create(null, ADMIN).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.title").value(
				"Setup token refused"));
		create(token + "x", ADMIN).andExpect(status().isUnauthorized());
		create(token, """
				{"username": "chen.admin", "password": "short", "displayName": " "}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("password",
					"displayName")));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_user", Integer.class)).isZero();

		create(token, ADMIN).andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value("chen.admin"))
			.andExpect(jsonPath("$.roles[0].name").value("ADMIN"))
			.andExpect(jsonPath("$.scope").value("000000"))
			.andExpect(jsonPath("$.password").doesNotExist());
		create(token, ADMIN.replace("chen.admin", "second.admin")).andExpect(status().isConflict());
		create(null, ADMIN).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_audit WHERE event = 'FIRST_ADMINISTRATOR_CREATED'",
				Integer.class)).isOne();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_audit WHERE event = 'SETUP_TOKEN_REFUSED'",
				Integer.class)).isEqualTo(2);

		int before = output.getOut().length();
		setup.run(null);
		assertThat(output.getOut().substring(before)).doesNotContain("No administrator exists yet");

		String bearer = "Bearer " + JsonPath.read(mvc.perform(post("/api/auth/tokens")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"chen.admin\", \"password\": \"a long first password\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.token");
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.scope.code").value("000000"));
		mvc.perform(post("/api/admin/regions/import/PROVINCE").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(square("测试省", null, null, 100, 30, 2)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.assigned[0].code").value("900000"));
		mvc.perform(post("/api/admin/regions/import/CITY").param("parentName", "province")
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(square("甲市", null, "\"province\": \"测试省\"", 100, 30, 1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assigned[0].code").value("900100"));
	}

	@Test
	void answersTheSetupPathWithoutCsrfOrLoginButRateLimitsIt() throws Exception {
		int limited = 0;
		for (int i = 0; i < 25; i++) {
			int status = mvc.perform(post("/api/setup/administrator").with(request -> {
				request.setRemoteAddr("10.9.9.9");
				return request;
			}).header("X-Setup-Token", "wrong-token-wrong-token-wrong").contentType(MediaType.APPLICATION_JSON)
				.content(ADMIN)).andReturn().getResponse().getStatus();
			assertThat(status).isIn(401, 409, 429);
			limited += status == 429 ? 1 : 0;
		}
		assertThat(limited).as("attempts beyond the login limit are answered 429").isPositive();
	}

	private ResultActions create(String token, String body) throws Exception {
		var request = post("/api/setup/administrator").contentType(MediaType.APPLICATION_JSON).content(body);
		if (token != null) {
			request.header("X-Setup-Token", token);
		}
		return mvc.perform(request);
	}

	/** A FeatureCollection of one square region without a code. */
	static String square(String name, String code, String extra, double west, double south, double size) {
		String properties = "\"name\": \"" + name + "\"" + (code == null ? "" : ", \"code\": \"" + code + "\"")
				+ (extra == null ? "" : ", " + extra);
		return """
				{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {%s},
				"geometry": {"type": "Polygon", "coordinates": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}}]}"""
			.formatted(properties, west, south, west + size, south, west + size, south + size, west, south + size,
					west, south);
	}
}
