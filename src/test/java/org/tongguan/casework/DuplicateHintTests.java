package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tongguan.identity.Role;
import org.tongguan.support.TestClock;

/**
 * Duplicate hints before a report ({@code GET /api/cases/likely-duplicates}): the open cases of the same category
 * near the point within the caller's scope, nearest first, bad input named by field, nothing stored.
 */
@CaseworkTest
class DuplicateHintTests {

	@Autowired
	CaseApi api;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@BeforeEach
	void mondayMorning() {
		clock.set(TestClock.MONDAY_MORNING);
	}

	@Test
	void listsTheOpenCasesOfTheSameCategoryNearThePointNearestFirstAndStoresNothing() throws Exception {
		Map<String, Object> report = api.report("E0105", "路口有人焚烧垃圾");
		double longitude = (Double) report.get("longitude");
		double latitude = (Double) report.get("latitude");
		long near = api.reported(api.as("operator"), report);
		Map<String, Object> second = api.report("E0105", "同一路口还在焚烧");
		second.put("longitude", longitude + 0.0002);
		second.put("latitude", latitude);
		long farther = api.reported(api.as("operator"), second);
		long cases = count();

		hints(api.as("operator"), "E0105", longitude, latitude).andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].duplicate.id").value(near))
			.andExpect(jsonPath("$[0].distanceM").value(0))
			.andExpect(jsonPath("$[1].duplicate.id").value(farther))
			.andExpect(jsonPath("$[1].duplicate.category.code").value("E0105"))
			.andExpect(jsonPath("$[1].distanceM").value(21));
		hints(api.as("operator"), "露天焚烧", longitude, latitude).andExpect(jsonPath("$", hasSize(2)));
		hints(api.as("operator"), "E0101", longitude, latitude).andExpect(jsonPath("$", hasSize(0)));
		hints(api.as("operator"), "E0105", longitude + 0.01, latitude).andExpect(jsonPath("$", hasSize(0)));
		assertThat(count()).isEqualTo(cases);
	}

	@Test
	void aClosedOrVoidedCaseIsNoLongerHinted() throws Exception {
		Map<String, Object> report = api.report("E0105", "绿地焚烧树叶");
		long id = api.reported(api.as("operator"), report);
		api.done(api.as("operator"), id, "void", CaseApi.body("reason", "测试来电"));
		api.done(api.as("shiftlead"), id, "void/approval", CaseApi.body("approved", true));
		hints(api.as("operator"), "E0105", (Double) report.get("longitude"), (Double) report.get("latitude"))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aCaseOutsideTheCallersDataScopeIsNotHinted() throws Exception {
		Map<String, Object> report = api.report("E0105", "桥洞焚烧杂物");
		api.reported(api.as("operator"), report);
		double longitude = (Double) report.get("longitude");
		double latitude = (Double) report.get("latitude");
		hints(api.futianInspector(), "E0105", longitude, latitude).andExpect(jsonPath("$", hasSize(1)));
		hints(api.user("nanshan-hint-inspector", Role.INSPECTOR, "440305", null), "E0105", longitude, latitude)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aMissingPointAndAnUnknownCategoryAreNamedByField() throws Exception {
		mvc.perform(get("/api/cases/likely-duplicates").param("category", "没有这个小类").with(api.as("operator")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("category", "longitude", "latitude")));
		mvc.perform(get("/api/cases/likely-duplicates").param("longitude", "114.05")
			.param("latitude", "95")
			.with(api.as("operator")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("category", "latitude")));
		hints(api.as("operator"), "E0999", 114.05, 22.54).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"))
			.andExpect(jsonPath("$.errors[0].message").value("no category E0999 in the catalogue"));
	}

	@Test
	void rolesThatDoNotReportMayNotAsk() throws Exception {
		hints(api.as("dispatcher"), "E0105", 114.05, 22.54).andExpect(status().isForbidden());
		mvc.perform(get("/api/cases/likely-duplicates").param("category", "E0105")
			.param("longitude", "114.05")
			.param("latitude", "22.54")).andExpect(status().isUnauthorized());
	}

	private ResultActions hints(RequestPostProcessor who, String category, double longitude, double latitude)
			throws Exception {
		return mvc.perform(get("/api/cases/likely-duplicates").param("category", category)
			.param("longitude", Double.toString(longitude))
			.param("latitude", Double.toString(latitude))
			.with(who));
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM casework_case").query(Long.class).single();
	}
}
