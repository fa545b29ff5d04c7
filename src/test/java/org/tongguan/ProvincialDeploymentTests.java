package org.tongguan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongguan.support.PlatformTest;

import com.jayway.jsonpath.JsonPath;

/**
 * 省级平台 — a provincial deployment from an empty platform, through the API only: the first administrator, one
 * province with two cities (generated squares, codes assigned by the platform), cases reported in both cities, and
 * users scoped to each city and to the province who see exactly their own cases and statistics.
 */
@PlatformTest
@TestPropertySource(properties = { "tongguan.demo=false",
		"tongguan.identity.setup-token=provincial-deployment-setup-token" })
class ProvincialDeploymentTests {

	private static final String PASSWORD = "provincial password";

	/** City 甲市 is the square [100, 101] × [30, 31], city 乙市 the square [101, 102] × [30, 31]. */
	private static final double[][] CITY_A_POINTS = { { 100.2, 30.2 }, { 100.5, 30.5 }, { 100.8, 30.3 } };

	private static final double[][] CITY_B_POINTS = { { 101.3, 30.6 }, { 101.7, 30.1 } };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void usersScopedToEachCityAndToTheProvinceSeeExactlyTheirOwnCasesAndStatistics() throws Exception {
		String admin = administrator();

		importLevel(admin, "PROVINCE", null, feature("测试省", null, 100, 30, 2, 1))
			.andExpect(jsonPath("$.assigned[0].code").value("900000"));
		importLevel(admin, "CITY", "parentName", feature("甲市", "测试省", 100, 30, 1, 1),
				feature("乙市", "测试省", 101, 30, 1, 1))
			.andExpect(jsonPath("$.assigned[*].code", contains("900100", "900200")));
		importLevel(admin, "DISTRICT", "parentName", feature("甲区", "甲市", 100, 30, 1, 1),
				feature("乙区", "乙市", 101, 30, 1, 1))
			.andExpect(jsonPath("$.assigned[*].code", contains("900171", "900271")));
		importLevel(admin, "STREET", "parentName", feature("甲街道", "甲区", 100, 30, 0.4, 0.4));
		importLevel(admin, "COMMUNITY", "parentName", feature("甲社区", "甲街道", 100, 30, 0.4, 0.4));
		importLevel(admin, "GRID", "parentName", feature("甲网格", "甲社区", 100.1, 30.1, 0.2, 0.2))
			.andExpect(jsonPath("$.assigned[0].code").value("900171001001001"));
		mvc.perform(get("/api/regions").param("level", "CITY").header(HttpHeaders.AUTHORIZATION, admin))
			.andExpect(jsonPath("$[*].code", contains("900100", "900200")))
			.andExpect(jsonPath("$[*].parent", contains("900000", "900000")));
		mvc.perform(get("/api/regions/locate").param("lon", "101.5").param("lat", "30.5")
			.header(HttpHeaders.AUTHORIZATION, admin)).andExpect(jsonPath("$.district.code").value("900271"));

		mvc.perform(post("/api/admin/departments").header(HttpHeaders.AUTHORIZATION, admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "900000-CHENGGUAN", "name": "测试省住房和城乡建设厅", "function": "CHENGGUAN",
					 "level": "PROVINCE", "home": "900000"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("PROVINCE"));
		createUser(admin, "reporter", "OPERATOR", "900000");
		createUser(admin, "leader-a", "LEADER", "900100");
		createUser(admin, "leader-b", "LEADER", "900200");
		createUser(admin, "leader-province", "LEADER", "900000");
		createUser(admin, "leader-platform", "LEADER", "000000");
		mvc.perform(post("/api/admin/api-keys").header(HttpHeaders.AUTHORIZATION, admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "province-integration", "purposes": ["INTEGRATION"], "roles": ["EXTERNAL_SYSTEM"], "scope": "000000"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.apiKey.scope").value("000000"));
		String reporter = bearer("reporter");
		for (double[] point : CITY_A_POINTS) {
			report(reporter, point);
		}
		for (double[] point : CITY_B_POINTS) {
			report(reporter, point);
		}

		assertThat(caseDistricts(bearer("leader-a"))).containsOnly("900171").hasSize(3);
		assertThat(caseDistricts(bearer("leader-b"))).containsOnly("900271").hasSize(2);
		assertThat(caseDistricts(bearer("leader-province"))).hasSize(5);
		assertThat(caseDistricts(bearer("leader-platform"))).hasSize(5);

		assertThat(reported(bearer("leader-province"), "city", null)).isEqualTo(
				Map.of("900100 甲市", 3, "900200 乙市", 2));
		assertThat(reported(bearer("leader-province"), "province", null)).isEqualTo(Map.of("900000 测试省", 5));
		assertThat(reported(bearer("leader-province"), "district", "900200")).isEqualTo(Map.of("900271 乙区", 2));
		assertThat(reported(bearer("leader-a"), "city", null)).isEqualTo(Map.of("900100 甲市", 3));
		assertThat(reported(bearer("leader-a"), "province", null)).isEqualTo(Map.of("900000 测试省", 3));
		assertThat(reported(bearer("leader-b"), "district", null)).isEqualTo(Map.of("900271 乙区", 2));
		assertThat(reported(admin, "city", "900000")).isEqualTo(Map.of("900100 甲市", 3, "900200 乙市", 2));
		assertThat(reported(bearer("leader-platform"), "grid", null)).isEqualTo(Map.of("900171001001001 甲网格", 1,
				"null 未指定", 4));
		assertThat(reported(bearer("leader-a"), "community", null)).isEqualTo(Map.of("900171001001 甲社区", 1,
				"null 未指定", 2));
		mvc.perform(get("/api/statistics/cases").param("district", "900200")
			.header(HttpHeaders.AUTHORIZATION, bearer("leader-a"))).andExpect(status().isForbidden());
	}

	@Test
	void aBrokenPolygonOrADuplicateCodeStoresNothing() throws Exception {
		String admin = administrator();
		int before = jdbc.queryForObject("SELECT COUNT(*) FROM region_region", Integer.class);
		String bowTie = """
				{"type": "Feature", "properties": {"name": "蝴蝶省"}, "geometry": {"type": "Polygon",
				"coordinates": [[[120, 30], [121, 31], [121, 30], [120, 31], [120, 30]]]}}""";
		importLevel(admin, "PROVINCE", null, feature("好省", null, 110, 30, 1, 1), bowTie)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("features[1]"))
			.andExpect(jsonPath("$.errors[0].message", containsString("Self-intersection")));
		importLevel(admin, "PROVINCE", null, feature("一省", null, 110, 30, 1, 1).replace("\"name\"",
				"\"code\": \"980000\", \"name\""), feature("二省", null, 112, 30, 1, 1).replace("\"name\"",
						"\"code\": \"980000\", \"name\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("features[1]"))
			.andExpect(jsonPath("$.errors[0].message", containsString("duplicate code, also used by features[0]")));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM region_region", Integer.class)).isEqualTo(before);
	}

	/** The first administrator, created through the setup path by whichever test runs first. */
	private String administrator() throws Exception {
		int status = mvc.perform(post("/api/setup/administrator")
			.header("X-Setup-Token", "provincial-deployment-setup-token")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"省管理员\"}"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isIn(201, 409);
		return bearer("admin");
	}

	private ResultActions importLevel(String admin, String level, String parentName, String... features)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/api/admin/regions/import/" + level)
			.header(HttpHeaders.AUTHORIZATION, admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}");
		if (parentName != null) {
			request.param("parentName", parentName);
		}
		return mvc.perform(request);
	}

	private void createUser(String admin, String username, String role, String scope) throws Exception {
		mvc.perform(post("/api/admin/users").header(HttpHeaders.AUTHORIZATION, admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "%s", "password": "%s", "displayName": "%s", "roles": ["%s"], "scope": "%s"}"""
				.formatted(username, PASSWORD, username, role, scope)))
			.andExpect(status().isCreated());
	}

	private String bearer(String username) throws Exception {
		String answer = mvc.perform(post("/api/auth/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return "Bearer " + JsonPath.read(answer, "$.token");
	}

	private void report(String reporter, double[] point) throws Exception {
		mvc.perform(post("/api/cases").header(HttpHeaders.AUTHORIZATION, reporter)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"category": "E0104", "description": "垃圾桶满溢", "longitude": %s, "latitude": %s}"""
				.formatted(point[0], point[1])))
			.andExpect(status().isCreated());
	}

	/** The district of every case the caller sees. */
	private List<String> caseDistricts(String caller) throws Exception {
		String page = mvc.perform(get("/api/cases").param("size", "100").header(HttpHeaders.AUTHORIZATION, caller))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((Integer) JsonPath.read(page, "$.total")).isEqualTo(JsonPath.<List<?>>read(page, "$.items").size());
		return JsonPath.read(page, "$.items[*].district.code");
	}

	/** Reported cases per group ("code name") in the caller's statistics. */
	private Map<String, Integer> reported(String caller, String groupBy, String district) throws Exception {
		MockHttpServletRequestBuilder request = get("/api/statistics/cases").param("groupBy", groupBy)
			.header(HttpHeaders.AUTHORIZATION, caller);
		if (district != null) {
			request.param("district", district);
		}
		String answer = mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Map<String, Object>> groups = JsonPath.read(answer, "$.groups");
		Map<String, Integer> reported = new TreeMap<>();
		groups.forEach(group -> reported.put(group.get("key") + " " + group.get("name"), (Integer) group.get("reported")));
		assertThat((Integer) JsonPath.read(answer, "$.total.reported"))
			.isEqualTo(reported.values().stream().mapToInt(Integer::intValue).sum());
		return reported;
	}

	/** A rectangular feature without a code, its parent named in {@code parentName}. */
	private static String feature(String name, String parentName, double west, double south, double width,
			double height) {
		return """
				{"type": "Feature", "properties": {"name": "%s"%s}, "geometry": {"type": "Polygon",
				"coordinates": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}}"""
			.formatted(name, parentName == null ? "" : ", \"parentName\": \"" + parentName + "\"", west, south,
					west + width, south, west + width, south + height, west, south + height, west, south);
	}
}
