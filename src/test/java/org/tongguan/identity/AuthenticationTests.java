package org.tongguan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tongguan.region.RegionCode;
import org.tongguan.support.CityTime;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.TestClock;
import org.tongguan.support.WithDemoUser;

import com.jayway.jsonpath.JsonPath;

/**
 * Logins, tokens, API keys, lockout, throttling, CSRF and the answers to unauthenticated and forbidden calls. CSRF
 * tokens come from the real cookie, not from spring-security-test's {@code csrf()}, which would swap the cookie
 * repository for a session one in this context.
 */
@PlatformTest
class AuthenticationTests {

	private static final String DEMO_PASSWORD = "tongguan-demo";

	private static final String STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; worker-src 'self' blob:";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExternalSystems externalSystems;

	@Autowired
	CallingSystems callingSystems;

	@Test
	void unauthenticatedApiCallsGetA401ProblemAndNeverARedirect() throws Exception {
		mvc.perform(get("/api/me").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.instance").value("/api/me"));
	}

	@Test
	void theApiDocumentAndSwaggerUiAreReadableWithoutALoginWhileTheCallsTheyListAreNot() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/cases'].get.responses['401']").exists());
		mvc.perform(get("/v3/api-docs.yaml")).andExpect(status().isOk());
		mvc.perform(get("/v3/api-docs/swagger-config")).andExpect(status().isOk());
		mvc.perform(get("/swagger-ui/index.html").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
		mvc.perform(get("/api/cases")).andExpect(status().isUnauthorized());
		mvc.perform(post("/v3/api-docs")).andExpect(status().isUnauthorized());
	}

	@Test
	void browserNavigationToAProtectedPageRedirectsToTheLoginPage() throws Exception {
		mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void healthIsPublicButOtherActuatorEndpointsNeedAnAdministrator() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		String operator = token("operator");
		mvc.perform(get("/actuator/metrics").header(HttpHeaders.AUTHORIZATION, "Bearer " + operator))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/actuator/metrics").header(HttpHeaders.AUTHORIZATION, "Bearer " + token("admin")))
			.andExpect(status().isOk());
	}

	@Test
	void aTokenAuthenticatesUntilItIsRevoked() throws Exception {
		String token = mvc.perform(post("/api/auth/tokens").contentType(MediaType.APPLICATION_JSON)
			.content(credentials("dispatcher", DEMO_PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.expiresAt").value(CityTime.of(clock.instant().plus(Duration.ofHours(8)))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String bearer = "Bearer " + JsonPath.read(token, "$.token");
		assertThat((String) JsonPath.read(token, "$.token")).hasSizeGreaterThanOrEqualTo(43);
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("dispatcher"))
			.andExpect(jsonPath("$.roles[0].name").value("DISPATCHER"))
			.andExpect(jsonPath("$.scope.code").value("440300"));
		mvc.perform(delete("/api/auth/tokens/current").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aTokenExpiresAfterItsTimeToLive() throws Exception {
		String bearer = "Bearer " + token("leader");
		clock.advance(Duration.ofHours(8).plusSeconds(1));
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isUnauthorized());
	}

	@Test
	void fiveWrongPasswordsLockTheAccountUntilTheLockoutPasses() throws Exception {
		RequestPostProcessor from = address("10.0.0.5");
		for (int i = 0; i < 5; i++) {
			requestToken("shiftlead", "wrong-password-" + i, from).andExpect(status().isUnauthorized());
		}
		requestToken("shiftlead", DEMO_PASSWORD, from).andExpect(status().isUnauthorized());
		clock.advance(Duration.ofMinutes(14));
		requestToken("shiftlead", DEMO_PASSWORD, from).andExpect(status().isUnauthorized());
		clock.advance(Duration.ofMinutes(2));
		requestToken("shiftlead", DEMO_PASSWORD, from).andExpect(status().isCreated());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_audit WHERE event = 'ACCOUNT_LOCKED' AND actor = ?")
			.param("shiftlead")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void failuresDoNotRevealWhetherTheUserExists() throws Exception {
		RequestPostProcessor from = address("10.0.0.6");
		String unknown = requestToken("nobody-here", DEMO_PASSWORD, from).andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String wrong = requestToken("operator", "not-the-password", from).andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknown).isEqualTo(wrong);
	}

	@Test
	void tooManyLoginAttemptsFromOneAddressAreAnswered429() throws Exception {
		RequestPostProcessor from = address("10.0.0.7");
		for (int i = 0; i < 20; i++) {
			requestToken("someone-" + i, "wrong-password", from).andExpect(status().isUnauthorized());
		}
		requestToken("operator", DEMO_PASSWORD, from).andExpect(status().isTooManyRequests())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().exists(HttpHeaders.RETRY_AFTER));
		mvc.perform(post("/login").with(xsrf()).with(from).param("username", "operator").param("password",
				DEMO_PASSWORD))
			.andExpect(status().isTooManyRequests());
		requestToken("operator", DEMO_PASSWORD, address("10.0.0.8")).andExpect(status().isCreated());
		clock.advance(Duration.ofSeconds(61));
		requestToken("operator", DEMO_PASSWORD, from).andExpect(status().isCreated());
	}

	@Test
	@WithDemoUser("admin")
	void anApiKeyAuthenticatesAnExternalSystemAndIsStoredOnlyAsAHash() throws Exception {
		String created = mvc.perform(post("/api/admin/api-keys").with(xsrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "hotline-12345", "purposes": ["INTEGRATION"], "roles": ["EXTERNAL_SYSTEM"],
					 "scope": "440304"}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String key = JsonPath.read(created, "$.key");
		int id = JsonPath.read(created, "$.apiKey.id");
		List<String> stored = jdbc.sql("SELECT prefix || '|' || key_hash || '|' || name FROM identity_api_key")
			.query(String.class)
			.list();
		assertThat(stored).noneMatch(row -> row.contains(key.substring(12)));
		assertThat(stored).anyMatch(row -> row.startsWith(key.substring(0, 11) + "|"));
		mvc.perform(get("/api/admin/api-keys"))
			.andExpect(jsonPath("$[0].name").value("hotline-12345"))
			.andExpect(jsonPath("$[0].purposes[0].name").value("INTEGRATION"))
			.andExpect(jsonPath("$[0].purposes[0].label").value("系统对接"))
			.andExpect(jsonPath("$[0].key").doesNotExist());
		mvc.perform(get("/api/me").header("X-API-Key", key))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("apikey:hotline-12345"))
			.andExpect(jsonPath("$.scope.code").value("440304"));
		mvc.perform(get("/api/admin/users").header("X-API-Key", key)).andExpect(status().isForbidden());
		mvc.perform(delete("/api/admin/api-keys/" + id).with(xsrf())).andExpect(status().isNoContent());
		mvc.perform(get("/api/me").header("X-API-Key", key)).andExpect(status().isUnauthorized());
	}

	@Test
	@WithDemoUser("admin")
	void anApiKeyCannotBeAnAdministrator() throws Exception {
		mvc.perform(post("/api/admin/api-keys").with(xsrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "too-powerful", "purposes": ["INTEGRATION"], "roles": ["ADMIN"], "scope": "440300"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));
	}

	@Test
	@WithDemoUser("admin")
	void anApiKeyWorksOnlyOnTheEndpointsOfItsPurposes() throws Exception {
		String open311 = apiKey("citizen-app", "OPEN311");
		String telemetry = apiKey("flood-monitor", "TELEMETRY");
		for (String key : List.of(open311, telemetry)) {
			for (String path : List.of("/api/cases", "/api/cases/1/timeline", "/api/me", "/api/public/cases")) {
				mvc.perform(get(path).header("X-API-Key", key))
					.andExpect(status().isForbidden())
					.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
					.andExpect(jsonPath("$.detail").value(containsString("which this endpoint does not serve")));
			}
		}
		mvc.perform(get("/open311/v2/services.json").header("X-API-Key", open311)).andExpect(status().isOk());
		mvc.perform(get("/open311/v2/services.json").header("X-API-Key", telemetry))
			.andExpect(status().isForbidden());
		assertThat(externalSystems.authenticate(open311, ApiKeyPurpose.OPEN311)).isPresent();
		assertThat(externalSystems.authenticate(open311, ApiKeyPurpose.TELEMETRY)).isEmpty();
		assertThat(externalSystems.authenticate(telemetry, ApiKeyPurpose.TELEMETRY)).isPresent();
		assertThat(externalSystems.authenticate(telemetry, ApiKeyPurpose.INTEGRATION)).isEmpty();
	}

	@Test
	@WithDemoUser("admin")
	void anIndicatorSourceKeyActsForADepartmentAndSaysWhichSystemItIs() throws Exception {
		String request = """
				{"name": "air-quality-source", "purposes": ["INDICATOR_SOURCE"], "roles": ["EXTERNAL_SYSTEM"],
				 "scope": "440300"%s}""";
		mvc.perform(post("/api/admin/api-keys").with(xsrf()).contentType(MediaType.APPLICATION_JSON)
			.content(request.formatted("")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("department"));
		String created = mvc.perform(post("/api/admin/api-keys").with(xsrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(request.formatted(", \"department\": \"440300-SHENGTAI\"")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String key = JsonPath.read(created, "$.key");
		Caller caller = externalSystems.authenticate(key, ApiKeyPurpose.INDICATOR_SOURCE).orElseThrow();
		assertThat(callingSystems.of(caller)).contains(new ExternalSystem("air-quality-source",
				Set.of(ApiKeyPurpose.INDICATOR_SOURCE), new DepartmentCode("440300-SHENGTAI"), RegionCode.of("440300")));
		mvc.perform(get("/api/indicators").header("X-API-Key", key)).andExpect(status().isOk());
		mvc.perform(get("/api/cases").header("X-API-Key", key)).andExpect(status().isForbidden());
		mvc.perform(delete("/api/admin/api-keys/" + JsonPath.read(created, "$.apiKey.id")).with(xsrf()))
			.andExpect(status().isNoContent());
		assertThat(callingSystems.of(caller)).isEmpty();
	}

	@Test
	@WithDemoUser("admin")
	void anApiKeyNeedsAPurpose() throws Exception {
		for (String purposes : List.of("", "\"purposes\": [], ", "\"purposes\": [\"EVERYTHING\"], ")) {
			mvc.perform(post("/api/admin/api-keys").with(xsrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"no-purpose\", " + purposes + "\"roles\": [\"EXTERNAL_SYSTEM\"], "
						+ "\"scope\": \"440300\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_api_key WHERE name = 'no-purpose'").query(Long.class)
			.single()).isZero();
	}

	@Test
	@WithDemoUser("operator")
	void anOperatorIsForbiddenFromAdministration() throws Exception {
		mvc.perform(get("/api/admin/users"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/admin/audit")).andExpect(status().isForbidden());
		mvc.perform(post("/api/admin/departments").with(xsrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void sessionPostsNeedACsrfTokenButBearerPostsDoNot() throws Exception {
		MockHttpSession session = (MockHttpSession) mvc
			.perform(post("/login").with(xsrf()).with(address("10.0.0.9")).param("username", "inspector")
				.param("password", DEMO_PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(get("/api/me").session(session)).andExpect(jsonPath("$.username").value("inspector"));
		MockHttpServletRequestBuilder changePassword = post("/api/me/password").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"currentPassword": "not-the-password", "newPassword": "a-new-long-password"}""");
		mvc.perform(changePassword.session(session))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(changePassword.session(session).with(xsrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
		mvc.perform(post("/api/me/password").header(HttpHeaders.AUTHORIZATION, "Bearer " + token("inspector"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"currentPassword": "not-the-password", "newPassword": "a-new-long-password"}"""))
			.andExpect(status().isBadRequest());
	}

	@Test
	void unauthenticatedWritesGetA401ProblemRatherThanACsrf403() throws Exception {
		mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(post("/login").param("username", "operator").param("password", DEMO_PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyConsoleTrafficGetsTheXsrfCookie() throws Exception {
		Cookie console = mvc.perform(get("/login")).andReturn().getResponse().getCookie("XSRF-TOKEN");
		assertThat(console).isNotNull();
		assertThat(console.getAttribute("SameSite")).isEqualTo("Lax");
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token("operator")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
		mvc.perform(get("/api/me").header("X-API-Key", "tg_unknown-key")).andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
		mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk())
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
		mvc.perform(get("/actuator/health")).andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
	}

	@Test
	void everyAnswerCarriesTheSecurityHeaders() throws Exception {
		for (ResultActions answer : List.of(mvc.perform(get("/login")), mvc.perform(get("/api/me")),
				mvc.perform(get("/open311/v2/services.json")),
				mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token("operator"))))) {
			answer.andExpect(header().string("Content-Security-Policy", STRICT_POLICY))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("X-Frame-Options", "DENY"));
		}
		mvc.perform(get("/swagger-ui/index.html").header(HttpHeaders.AUTHORIZATION, "Bearer " + token("operator")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					STRICT_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")));
	}

	@Test
	@WithDemoUser("operator")
	void administrationPathsAreForbiddenToOtherRolesBeforeTheRequestBodyIsRead() throws Exception {
		mvc.perform(multipart("/api/admin/processes").with(xsrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/admin/cases/history-import").with(xsrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{")).andExpect(status().isForbidden());
		mvc.perform(post("/api/admin/regions/import/street").with(xsrf()).contentType(MediaType.TEXT_PLAIN)
			.content("x")).andExpect(status().isForbidden());
	}

	@Test
	void everyHandlerUnderTheAdministrationPathIsForAdministratorsOnly() {
		Map<RequestMappingInfo, HandlerMethod> handlers = handlerMapping.getHandlerMethods();
		List<String> admin = new ArrayList<>();
		handlers.forEach((mapping, handler) -> mapping.getPatternValues()
			.stream()
			.filter(pattern -> pattern.startsWith("/api/admin/"))
			.forEach(pattern -> {
				admin.add(pattern);
				PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
				rule = rule != null ? rule
						: AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
				assertThat(rule).as(pattern).isNotNull();
				assertThat(rule.value()).as(pattern).isEqualTo("hasRole('ADMIN')");
			}));
		assertThat(admin).contains("/api/admin/processes", "/api/admin/users");
	}

	@Test
	void aPasswordThatIsNotWellFormedTextIsRefusedAsMalformedInput() throws Exception {
		String unpairedSurrogate = "\\ud800";
		requestToken("handler", DEMO_PASSWORD + unpairedSurrogate, address("10.2.0.1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		mvc.perform(post("/api/me/password").header(HttpHeaders.AUTHORIZATION, "Bearer " + token("handler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"" + DEMO_PASSWORD + "\", \"newPassword\": \"a-new-long-password"
					+ unpairedSurrogate + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theLogShowsAnAttemptedNameClippedAndOnOneLine(CapturedOutput output) throws Exception {
		String forged = "x".repeat(5_000) + "\\nFORGED Security event LOGIN_SUCCEEDED"; // a JSON-escaped line break
		requestToken(forged, "wrong-password", address("10.3.0.1"));
		assertThat(output.getOut()).contains("x".repeat(100))
			.doesNotContain("x".repeat(101))
			.doesNotContain("\nFORGED");
	}

	@Test
	void theAuditRecordsLoginsWithTheClientAddress() throws Exception {
		requestToken("futian-dispatcher", DEMO_PASSWORD, address("10.0.0.10")).andExpect(status().isCreated());
		mvc.perform(get("/api/admin/audit").param("actor", "futian-dispatcher")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].event").value("TOKEN_ISSUED"))
			.andExpect(jsonPath("$.items[1].event").value("LOGIN_SUCCEEDED"))
			.andExpect(jsonPath("$.items[1].clientAddress").value("10.0.0.10"))
			.andExpect(content().string(not(containsString(DEMO_PASSWORD))));
	}

	private String token(String username) throws Exception {
		String body = requestToken(username, DEMO_PASSWORD, address("10.1.0.1")).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	private ResultActions requestToken(String username, String password,
			RequestPostProcessor from) throws Exception {
		return mvc.perform(post("/api/auth/tokens").with(from)
			.contentType(MediaType.APPLICATION_JSON)
			.content(credentials(username, password)));
	}

	/**
	 * Sends the CSRF token the way the console does: the value of the {@code XSRF-TOKEN} cookie, echoed in the
	 * {@code X-XSRF-TOKEN} header.
	 */
	/** A new API key with these purposes, for the EXTERNAL_SYSTEM role city-wide. */
	private String apiKey(String name, String... purposes) throws Exception {
		String created = mvc.perform(post("/api/admin/api-keys").with(xsrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + name + "\", \"purposes\": [\"" + String.join("\", \"", purposes)
					+ "\"], \"roles\": [\"EXTERNAL_SYSTEM\"], \"scope\": \"440300\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.apiKey.purposes[0].name").value(purposes[0]))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(created, "$.key");
	}

	private RequestPostProcessor xsrf() throws Exception {
		Cookie cookie = mvc.perform(get("/login")).andReturn().getResponse().getCookie("XSRF-TOKEN");
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isFalse();
		return request -> {
			request.setCookies(cookie);
			request.addHeader("X-XSRF-TOKEN", cookie.getValue());
			return request;
		};
	}

	private static String credentials(String username, String password) {
		return "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}";
	}

	private static RequestPostProcessor address(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A clock the tests move forward from Monday 10:00; replaces the platform clock in this class's context only. */
	@TestConfiguration(proxyBeanMethods = false)
	static class OwnClock {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
		}
	}
}
