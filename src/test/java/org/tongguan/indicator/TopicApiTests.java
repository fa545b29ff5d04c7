package org.tongguan.indicator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.indicator.IndicatorFixtures.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.identity.internal.UserDirectory;

/**
 * Topics (专题) through the API: created, replaced and deleted by administrators, checked whole against the registry
 * (nothing stored when an indicator or a section is wrong), read within the access grades, and a topic page's data:
 * the region's trend (one value per period, null for a gap), its latest value and its districts' latest values. Each
 * test uses indicator codes (L60–L64, L74) and topic keys of its own.
 */
@org.tongguan.support.PlatformTest
class TopicApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	IndicatorFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new IndicatorFixtures(mvc, users);
	}

	@Test
	void anAdministratorCreatesReadsReplacesAndDeletesATopic() throws Exception {
		fixtures.added(plan("L60", "frequency", "DAILY"), plan("L60P1"));
		create("""
				{"key": "t-crud", "name": "测试专题", "description": "说明", "position": 7,
				 "layout": {"columns": 3},
				 "indicators": [{"code": "L60P1", "display": "FIGURE"}, {"code": "L60", "display": "MAP"}],
				 "layers": [{"kind": "CASES", "filter": {"category": "E05"}},
				            {"kind": "CHOROPLETH", "indicator": "L60"}]}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.key").value("t-crud"))
			.andExpect(jsonPath("$.indicators[*].code").value(contains("L60P1", "L60")));

		mvc.perform(get("/api/indicators/topics").with(fixtures.as("operator")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == 't-crud')].indicators").value(contains(2)))
			.andExpect(jsonPath("$[?(@.key == 't-crud')].position").value(contains(7)));
		String read = mvc.perform(get("/api/indicators/topics/t-crud").with(fixtures.as("operator")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("测试专题"))
			.andExpect(jsonPath("$.layout.columns").value(3))
			.andExpect(jsonPath("$.indicators[1].name").value("测试指标L60"))
			.andExpect(jsonPath("$.indicators[1].unit").value("%"))
			.andExpect(jsonPath("$.indicators[1].position").value(2))
			.andExpect(jsonPath("$.indicators[1].display").value("MAP"))
			.andExpect(jsonPath("$.layers[0].kind").value("CASES"))
			.andExpect(jsonPath("$.layers[0].filter.category").value("E05"))
			.andExpect(jsonPath("$.layers[1].indicator").value("L60"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		replace("t-crud", read.replace("测试专题", "改名专题")).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("改名专题"))
			.andExpect(jsonPath("$.indicators", hasSize(2)));
		create("{\"key\": \"t-crud\", \"name\": \"重复\", \"indicators\": [{\"code\": \"L60\", \"display\": \"LINE\"}]}")
			.andExpect(status().isConflict());
		mvc.perform(delete("/api/admin/indicators/topics/t-crud").with(fixtures.as("admin")).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/indicators/topics/t-crud").with(fixtures.as("admin"))).andExpect(status().isNotFound());
		mvc.perform(delete("/api/admin/indicators/topics/t-crud").with(fixtures.as("admin")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aTopicWithUnknownIndicatorsOrWrongFieldsIsRefusedWholeNamingEach() throws Exception {
		fixtures.added(plan("L61"));
		create("""
				{"key": "t-bad", "name": "错误专题",
				 "indicators": [{"code": "L61", "display": "FIGURE"}, {"code": "L61P9", "display": "LINE"},
				                {"code": "L61P8-A1", "display": "LINE"}, {"code": "L61", "display": "PIE"}],
				 "layers": [{"kind": "CHOROPLETH", "indicator": "L9"}, {"kind": "HEATMAP"}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(contains("indicators[1].code", "indicators[2].code",
					"indicators[3].display", "indicators[3].code", "layers[0].indicator", "layers[1].kind")))
			.andExpect(jsonPath("$.errors[0].message").value("the registry has no indicator L61P9"))
			.andExpect(jsonPath("$.errors[1].message").value("the registry has no indicator L61P8-A1"));
		create("{\"key\": \"Bad Key\", \"indicators\": []}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("key", "name", "indicators")));
		mvc.perform(get("/api/indicators/topics/t-bad").with(fixtures.as("admin"))).andExpect(status().isNotFound());

		create("{\"key\": \"t-bad\", \"name\": \"正确\", \"indicators\": [{\"code\": \"L61\", \"display\": \"LINE\"}]}")
			.andExpect(status().isCreated());
		replace("t-bad", "{\"name\": \"改\", \"indicators\": [{\"code\": \"L61P9\", \"display\": \"LINE\"}]}")
			.andExpect(status().isBadRequest());
		replace("t-bad", "{\"key\": \"t-other\", \"name\": \"改\", \"indicators\": []}")
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/indicators/topics/t-bad").with(fixtures.as("admin")))
			.andExpect(jsonPath("$.name").value("正确"));
	}

	@Test
	void aTopicsSectionsAreTitledAndHoldEveryIndicatorOnceInOrderOrNothingIsStored() throws Exception {
		fixtures.added(plan("L74"), plan("L74P1"), plan("L74P2"));
		String indicators = """
				"indicators": [{"code": "L74", "display": "FIGURE"}, {"code": "L74P1", "display": "LINE"},
				               {"code": "L74P2", "display": "BAR"}]""";
		create("""
				{"key": "t-sections", "name": "分区", %s,
				 "layout": {"columns": 2, "sections": [{"title": "一", "from": 1, "to": 2}, {"title": " ", "from": 3,
				  "to": 2}, {"title": "三", "from": 3, "to": 3}]}}""".formatted(indicators))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("layout.sections[1].title", "layout.sections[1]")))
			.andExpect(jsonPath("$.errors[1].message").value("holds no indicator: a section holds at least one"));
		create("""
				{"key": "t-sections", "name": "分区", %s,
				 "layout": {"sections": [{"title": "一", "from": 2, "to": 3}]}}""".formatted(indicators))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("layout.sections[0]")));
		create("""
				{"key": "t-sections", "name": "分区", %s,
				 "layout": {"sections": [{"title": "一", "from": 1, "to": 1}, {"title": "二", "from": 2, "to": 4}]}}"""
			.formatted(indicators))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("ends at indicator 4 but the topic has 3"));
		create("""
				{"key": "t-sections", "name": "分区", %s, "layout": {"sections": [{"title": "一", "from": 1, "to": 2}]}}"""
			.formatted(indicators))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("layout.sections")));
		create("{\"key\": \"t-sections\", \"name\": \"分区\", %s, \"layout\": {\"sections\": {\"title\": \"一\"}}}"
			.formatted(indicators)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("layout.sections")));
		mvc.perform(get("/api/indicators/topics/t-sections").with(fixtures.as("admin")))
			.andExpect(status().isNotFound());

		create("""
				{"key": "t-sections", "name": "分区", %s, "layout": {"columns": 2, "sections": [
				 {"title": "一", "from": 1, "to": 2}, {"title": "二", "from": 3, "to": 3}]}}""".formatted(indicators))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.layout.sections[1].title").value("二"))
			.andExpect(jsonPath("$.layout.columns").value(2));
	}

	@Test
	void onlyAdministratorsEditTopics() throws Exception {
		fixtures.added(plan("L62"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
				"/api/admin/indicators/topics")
			.with(fixtures.as("leader"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"key\": \"t-leader\", \"name\": \"领导\", \"indicators\": [{\"code\": \"L62\", \"display\": "
					+ "\"LINE\"}]}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/indicators/topics/t-leader").with(fixtures.as("admin"))).andExpect(status().isNotFound());
	}

	@Test
	void aTopicsDataAnswersTheRegionsSeriesLatestValueAndItsDistrictsLatestValues() throws Exception {
		fixtures.added(plan("L63", "frequency", "DAILY", "target", 50,
				"thresholds", java.util.List.of(java.util.Map.of("level", "RED", "below", 20)), "responsePlan", "预案"),
				plan("L63P1", "level", "CITY"), plan("L63P2", "grade", "LEADERS"));
		fixtures.post("/api/admin/indicator-values/import", "text/csv", """
				indicator,region,period,value
				L63,440300,2025-02-27,40
				L63,440300,2025-03-01,41
				L63,440300,2025-03-02,42
				L63,440300,2025-03-04,44
				L63,440304,2025-03-02,30
				L63,440304,2025-03-03,31
				L63,440305,2025-02-20,25
				L63P1,440300,2025-02,70
				L63P2,440300,2025-03,80
				""").andExpect(status().isOk());
		create("""
				{"key": "t-data", "name": "数据专题",
				 "indicators": [{"code": "L63", "display": "LINE"}, {"code": "L63P1", "display": "FIGURE"},
				                {"code": "L63P2", "display": "FIGURE"}],
				 "layers": [{"kind": "CHOROPLETH", "indicator": "L63P2"}]}""").andExpect(status().isCreated());

		data("leader", "region", "440300", "from", "2025-03-01", "to", "2025-03-03").andExpect(status().isOk())
			.andExpect(jsonPath("$.topic.key").value("t-data"))
			.andExpect(jsonPath("$.region.code").value("440300"))
			.andExpect(jsonPath("$.from").value("2025-03-01"))
			.andExpect(jsonPath("$.to").value("2025-03-03"))
			.andExpect(jsonPath("$.series[*].code").value(contains("L63", "L63P1", "L63P2")))
			.andExpect(jsonPath("$.series[0].unit").value("%"))
			.andExpect(jsonPath("$.series[0].direction").value("HIGHER_BETTER"))
			.andExpect(jsonPath("$.series[0].frequency").value("DAILY"))
			.andExpect(jsonPath("$.series[0].source").value("IMPORT"))
			.andExpect(jsonPath("$.series[0].target").value(50.0))
			.andExpect(jsonPath("$.series[0].thresholds[0].level").value("RED"))
			.andExpect(jsonPath("$.series[0].thresholds[0].below").value(20.0))
			.andExpect(jsonPath("$.series[0].trend.start").value("2025-03-01"))
			.andExpect(jsonPath("$.series[0].trend.values").value(contains(41.0, 42.0)))
			.andExpect(jsonPath("$.series[0].latest.period").value("2025-03-02"))
			.andExpect(jsonPath("$.series[0].latest.value").value(42.0))
			.andExpect(jsonPath("$.series[0].regions[*].region.code").value(contains("440304", "440305")))
			.andExpect(jsonPath("$.series[0].regions[0].region.name").value("福田区"))
			.andExpect(jsonPath("$.series[0].regions[*].period").value(contains("2025-03-03", "2025-02-20")))
			.andExpect(jsonPath("$.series[0].regions[*].value").value(contains(31.0, 25.0)))
			.andExpect(jsonPath("$.series[1].trend.values", hasSize(0)))
			.andExpect(jsonPath("$.series[1].trend.start").doesNotExist())
			.andExpect(jsonPath("$.series[1].latest.period").value("2025-02"))
			.andExpect(jsonPath("$.series[1].latest.value").value(70.0))
			.andExpect(jsonPath("$.series[1].regions", hasSize(0)))
			.andExpect(jsonPath("$.series[2].trend.start").value("2025-03-01"))
			.andExpect(jsonPath("$.series[2].trend.values").value(contains(80.0)))
			.andExpect(jsonPath("$.series[2].latest.value").value(80.0))
			.andExpect(jsonPath("$.series[2].regions", hasSize(0)))
			.andExpect(jsonPath("$.topic.layers[0].indicator").value("L63P2"));

		data("operator", "region", "440300", "from", "2025-02-01", "to", "2025-03-31")
			.andExpect(jsonPath("$.series[*].code").value(contains("L63", "L63P1")))
			.andExpect(jsonPath("$.series[0].trend.start").value("2025-02-27"))
			.andExpect(jsonPath("$.series[0].trend.values").value(contains(40.0, null, 41.0, 42.0, null, 44.0)))
			.andExpect(jsonPath("$.series[1].trend.start").value("2025-02-01"))
			.andExpect(jsonPath("$.series[1].trend.values").value(contains(70.0)))
			.andExpect(jsonPath("$.topic.layers", hasSize(0)));
		mvc.perform(get("/api/indicators/topics").with(fixtures.as("operator")))
			.andExpect(jsonPath("$[?(@.key == 't-data')].indicators").value(contains(2)));
		data("futian-dispatcher", "from", "2025-03-01", "to", "2025-03-31")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.region.code").value("440304"))
			.andExpect(jsonPath("$.series[0].trend.values").value(contains(30.0, 31.0)))
			.andExpect(jsonPath("$.series[*].code").value(contains("L63", "L63P1")))
			.andExpect(jsonPath("$.series[1].trend.values", hasSize(0)))
			.andExpect(jsonPath("$.series[1].latest").doesNotExist());
		data("futian-dispatcher", "region", "440300").andExpect(status().isForbidden());
		data("admin", "region", "440300", "from", "2025-13-01").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		data("admin", "region", "440300", "from", "2025-03-02", "to", "2025-03-01")
			.andExpect(status().isBadRequest());
		data("admin", "region", "990000").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("no region")));
		data("admin", "region", "440300", "from", "2020-01-01", "to", "2025-03-01")
			.andExpect(status().isBadRequest());
	}

	private ResultActions create(String body) throws Exception {
		return fixtures.post("/api/admin/indicators/topics", MediaType.APPLICATION_JSON_VALUE, body);
	}

	private ResultActions replace(String key, String body) throws Exception {
		return mvc.perform(put("/api/admin/indicators/topics/" + key).with(fixtures.as("admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions data(String user, String... parameters) throws Exception {
		var request = get("/api/indicators/topics/t-data/data").with(fixtures.as(user));
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return mvc.perform(request);
	}
}
