package org.tongguan.indicator;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tongguan.identity.internal.CallerAuthentication;
import org.tongguan.identity.internal.UserDirectory;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * Indicator plans, source keys and callers for the indicator tests: a complete plan as JSON with attributes changed
 * or left out, added as the demo administrator; an API key for a source system; any demo user as the caller of one
 * request.
 */
public final class IndicatorFixtures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	private final UserDirectory users;

	public IndicatorFixtures(MockMvc mvc, UserDirectory users) {
		this.mvc = mvc;
		this.users = users;
	}

	/**
	 * A complete plan: a monthly PUBLIC indicator of 民生诉求 published down to districts, valid from 0 to 100, its
	 * source the system {@code test-source} of 440300-SHENGTAI; {@code changes} are attribute and value pairs (a
	 * {@code null} value leaves the attribute out).
	 */
	public static Map<String, Object> plan(String code, Object... changes) {
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("code", code);
		plan.put("name", "测试指标" + code);
		plan.put("definition", "按期办结的诉求占应办结诉求的比例");
		plan.put("caliber", "全市及各区，按受理时间统计");
		plan.put("method", "按期办结数 / 应办结数 × 100");
		plan.put("unit", "%");
		plan.put("direction", "HIGHER_BETTER");
		plan.put("indicatorClass", "GOVERNMENT");
		plan.put("domain", "PUBLIC_DEMANDS");
		plan.put("level", "DISTRICT");
		plan.put("frequency", "MONTHLY");
		plan.put("expectedDelay", "P10D");
		plan.put("sourceDepartment", "440300-SHENGTAI");
		plan.put("sourceSystem", "test-source");
		plan.put("responsibleDepartment", "440304-CHENGGUAN");
		plan.put("grade", "PUBLIC");
		plan.put("min", 0);
		plan.put("max", 100);
		for (int i = 0; i < changes.length; i += 2) {
			if (changes[i + 1] == null) {
				plan.remove((String) changes[i]);
			}
			else {
				plan.put((String) changes[i], changes[i + 1]);
			}
		}
		return plan;
	}

	/** The value as JSON text. */
	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/** Adds the plan as the demo administrator. */
	public ResultActions add(Map<String, Object> plan) throws Exception {
		return post("/api/admin/indicators", MediaType.APPLICATION_JSON_VALUE, json(plan));
	}

	/** Adds the plans as the demo administrator, each of which must be accepted. */
	@SafeVarargs
	public final void added(Map<String, Object>... plans) throws Exception {
		for (Map<String, Object> plan : plans) {
			add(plan).andExpect(status().isCreated());
		}
	}

	/** Posts a body of the content type as the demo administrator. */
	public ResultActions post(String path, String contentType, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(path).with(as("admin"))
			.with(csrf())
			.contentType(contentType)
			.content(body));
	}

	/** A working API key created by the demo administrator, e.g. for INDICATOR_SOURCE with a department. */
	public String apiKey(String name, String purpose, String scope, String department) throws Exception {
		String created = post("/api/admin/api-keys", MediaType.APPLICATION_JSON_VALUE, json(Map.of("name", name,
				"purposes", new String[] { purpose }, "roles", new String[] { "EXTERNAL_SYSTEM" }, "scope", scope,
				"department", department)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(created, "$.key");
	}

	/** Makes one request as the demo user. */
	public RequestPostProcessor as(String demoUser) {
		return authentication(new CallerAuthentication(users.enabledCaller(demoUser).orElseThrow()));
	}
}
