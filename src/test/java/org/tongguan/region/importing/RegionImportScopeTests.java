package org.tongguan.region.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.region.RegionCode;
import org.tongguan.region.internal.Boundary;
import org.tongguan.region.internal.RegionService;
import org.tongguan.support.PlatformTest;

import com.jayway.jsonpath.JsonPath;

/**
 * Boundary imports stay inside the administrator's data scope (数据权限): on an empty platform with province 测试省
 * (910000) and its cities 甲市 (910100, the square [100, 101] × [30, 31]) and 乙市 (910200, [101, 102] × [30, 31]),
 * an administrator scoped to 甲市 edits 甲市 only. The first administrator (platform-wide scope) sets them up.
 */
@PlatformTest
@TestPropertySource(properties = { "tongguan.demo=false",
		"tongguan.identity.setup-token=" + RegionImportScopeTests.SETUP })
class RegionImportScopeTests {

	static final String SETUP = "region-import-scope-setup-token";

	private static final String PASSWORD = "region import scope password";

	private static final RegionCode CITY_A = RegionCode.of("910100");

	/** Bearer tokens of the first administrator and of 甲市's administrator, fetched once. */
	private static String platform;

	private static String cityA;

	@Autowired
	MockMvc mvc;

	@Autowired
	RegionService regions;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void provinceWithTwoCities() throws Exception {
		if (platform == null) {
			mvc.perform(post("/api/setup/administrator").header("X-Setup-Token", SETUP)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"平台管理员\"}"))
				.andExpect(status().isCreated());
			platform = bearer("admin");
		}
		importAs(platform, "PROVINCE", collection(feature("910000", "测试省", null, 100, 102)))
			.andExpect(status().isOk());
		importAs(platform, "CITY", collection(feature("910100", "甲市", "910000", 100, 101),
				feature("910200", "乙市", "910000", 101, 102)))
			.andExpect(status().isOk());
		importAs(platform, "DISTRICT", collection(feature("910101", "甲一区", "910100", 100, 100.5),
				feature("910201", "乙一区", "910200", 101, 101.5)))
			.andExpect(status().isOk());
		if (cityA == null) {
			mvc.perform(post("/api/admin/users").header(HttpHeaders.AUTHORIZATION, platform)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "jia-admin", "password": "%s", "displayName": "甲市管理员", "roles": ["ADMIN"],
						 "scope": "910100"}""".formatted(PASSWORD)))
				.andExpect(status().isCreated());
			cityA = bearer("jia-admin");
		}
	}

	@Test
	void letsACityAdministratorImportDistrictsIntoTheirCity() throws Exception {
		importAs(cityA, "DISTRICT", collection(feature("910102", "甲二区", "910100", 100.5, 100.75)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));

		assertThat(regions.current().find(RegionCode.of("910102"))).isPresent();
	}

	@Test
	void refusesDistrictsOfAnotherCityAndStoresNothing() throws Exception {
		String before = tableState();

		importAs(cityA, "DISTRICT", collection(feature("910103", "甲三区", "910100", 100.75, 101),
				feature("910202", "乙二区", "910200", 101.5, 102)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("features[1]"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"its parent 910200 乙市 lies outside your data scope 910100 甲市"));

		assertThat(tableState()).isEqualTo(before);
		assertThat(regions.current().find(RegionCode.of("910103"))).isEmpty();
	}

	@Test
	void refusesAnUpdateOfAnotherCitysDistrict() throws Exception {
		importAs(cityA, "DISTRICT", collection(feature("910201", "改名区", "910200", 101, 101.5)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.errors[0].message").value(
					"910201 乙一区 lies outside your data scope 910100 甲市"));

		assertThat(regions.current().find(RegionCode.of("910201")).orElseThrow().name()).isEqualTo("乙一区");
	}

	@Test
	void refusesAProvinceImportToACityAdministrator() throws Exception {
		importAs(cityA, "PROVINCE", collection(feature("920000", "另一省", null, 110, 112)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.errors[0].field").value("features[0]"))
			.andExpect(jsonPath("$.errors[0].message", containsString("needs the platform-wide data scope 000000")));

		assertThat(regions.current().find(RegionCode.of("920000"))).isEmpty();
	}

	@Test
	void refusesAReplaceThatWouldRemoveAnotherCitysDistricts() throws Exception {
		String before = tableState();
		String cityADistricts = collection(feature("910101", "甲一区", "910100", 100, 100.5));

		importAs(cityA, "DISTRICT", cityADistricts, "mode", "replace")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.errors[*].field", hasItem("910201")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("limit the replace with within=910100"))));
		importAs(cityA, "DISTRICT", cityADistricts, "mode", "replace", "within", "910200")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.errors[0].field").value("within"));

		assertThat(tableState()).isEqualTo(before);
		assertThat(regions.current().find(RegionCode.of("910201"))).isPresent();
	}

	@Test
	void letsACityAdministratorReplaceTheDistrictsOfTheirCity() throws Exception {
		importAs(cityA, "DISTRICT", collection(feature("910101", "甲一区", "910100", 100, 100.5)), "mode", "replace",
				"within", CITY_A.value())
			.andExpect(status().isOk());

		assertThat(regions.current().find(RegionCode.of("910201"))).isPresent();
		assertThat(regions.current().children(CITY_A)).extracting(region -> region.code().value())
			.containsExactly("910101");
	}

	private ResultActions importAs(String bearer, String level, String body, String... parameters)
			throws Exception {
		var request = post("/api/admin/regions/import/" + level).header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType("application/geo+json")
			.content(body);
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return mvc.perform(request);
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

	private String tableState() {
		return jdbc.queryForMap("SELECT COUNT(*) AS n, MAX(updated_at) AS latest FROM region_region").toString()
				+ regions.current().size();
	}

	/** A region covering longitudes [west, east] and latitudes [30, 31]. */
	private static String feature(String code, String name, String parent, double west, double east) {
		return """
				{"type": "Feature", "properties": {"code": "%s", "name": "%s", "parent": %s},
				 "geometry": {"type": "Polygon", "coordinates": [[[%s, 30], [%s, 30], [%s, 31], [%s, 31], [%s, 30]]]}}"""
			.formatted(code, name, parent == null ? "null" : "\"" + parent + "\"", west, east, east, west, west);
	}

	private static String collection(String... features) {
		return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
	}
}
