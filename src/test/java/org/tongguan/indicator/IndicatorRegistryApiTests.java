package org.tongguan.indicator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.indicator.IndicatorFixtures.json;
import static org.tongguan.indicator.IndicatorFixtures.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.support.PlatformTest;

/**
 * The indicator registry (一指标一方案) through its API: plans added, revised and retired as versions readable later,
 * every problem of a plan named by its field, searched by every attribute, and read only by the callers its access
 * grade admits. Each test uses codes of its own (L90–L94).
 */
@PlatformTest
class IndicatorRegistryApiTests {

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
	void anIndicatorIsAddedRevisedAndRetiredAsVersionsThatStayReadable() throws Exception {
		fixtures.add(plan("L90", "level", "CITY"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/indicators/L90"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.changedBy").value("admin"));
		fixtures.added(plan("L90P1", "thresholds", List.of(Map.of("level", "YELLOW", "below", 80),
				Map.of("level", "RED", "below", 60)), "hysteresis", 2, "responsePlan", "督办责任部门", "references",
				List.of(Map.of("framework", "CITY_CHECKUP", "clause", "宜居-12"))));

		revise("L90P1", plan("L90P1", "unit", "‰", "note", "口径调整为千分比", "max", 1000, "thresholds",
				List.of(Map.of("level", "YELLOW", "below", 800)), "responsePlan", "督办责任部门"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.note").value("口径调整为千分比"))
			.andExpect(jsonPath("$.plan.unit").value("‰"));
		revise("L90P1", plan("L90P1", "code", null, "unit", "‰", "max", 1000, "thresholds",
				List.of(Map.of("level", "YELLOW", "below", 800)), "responsePlan", "督办责任部门"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));

		mvc.perform(get("/api/indicators/L90P1/versions").with(fixtures.as("operator")))
			.andExpect(jsonPath("$[*].version").value(containsInAnyOrder(1, 2)))
			.andExpect(jsonPath("$[1].changedBy").value("admin"))
			.andExpect(jsonPath("$[1].note").value("口径调整为千分比"));
		mvc.perform(get("/api/indicators/L90P1/versions/1").with(fixtures.as("operator")))
			.andExpect(jsonPath("$.plan.unit").value("%"))
			.andExpect(jsonPath("$.plan.thresholds[1].level").value("RED"))
			.andExpect(jsonPath("$.plan.thresholds[1].below").value(60))
			.andExpect(jsonPath("$.plan.hysteresis").value(2))
			.andExpect(jsonPath("$.plan.references[0].framework").value("CITY_CHECKUP"));
		mvc.perform(get("/api/indicators/L90P1/versions/3").with(fixtures.as("operator")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/indicators/L90P1").with(fixtures.as("operator")))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.plan.unit").value("‰"));

		mvc.perform(delete("/api/admin/indicators/L90").with(fixtures.as("admin")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("retired"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("L90P1")));
		mvc.perform(delete("/api/admin/indicators/L90P1").param("note", "并入 L90").with(fixtures.as("admin"))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(3))
			.andExpect(jsonPath("$.plan.retired").value(true));
		mvc.perform(get("/api/indicators").param("within", "L90").with(fixtures.as("operator")))
			.andExpect(jsonPath("$.items[*].code").value(containsInAnyOrder("L90")));
		mvc.perform(get("/api/indicators").param("within", "L90").param("includeRetired", "true")
			.with(fixtures.as("operator"))).andExpect(jsonPath("$.items[*].code").value(containsInAnyOrder("L90",
					"L90P1")));
		mvc.perform(delete("/api/admin/indicators/L90").with(fixtures.as("admin")).with(csrf()))
			.andExpect(status().isOk());
	}

	@Test
	void aWrongPlanIsAProblemNamingEveryFieldAndNothingIsStored() throws Exception {
		fixtures.add(plan("L91", "name", null, "direction", "UPWARDS", "level", "CITY", "expectedDelay", "15 days",
				"sourceSystem", "空气质量平台", "min", 10, "max", 5, "target", 50, "grade", null, "thresholds",
				List.of(Map.of("level", "RED", "above", 90), Map.of("level", "YELLOW", "below", 40),
						Map.of("level", "RED", "below", 10))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("name", "direction", "expectedDelay",
					"sourceSystem", "max", "grade", "thresholds[2].level")));
		fixtures.add(plan("L91", "direction", "HIGHER_WORSE", "thresholds", List.of(Map.of("level", "YELLOW",
				"below", 40), Map.of("level", "RED", "above", 90)), "responsePlan", "预案"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("thresholds[0].below")));
		fixtures.add(plan("L91", "direction", "HIGHER_WORSE", "thresholds", List.of(Map.of("level", "RED",
				"above", 70), Map.of("level", "YELLOW", "above", 90))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("thresholds", "responsePlan")));
		fixtures.add(plan("L91", "direction", "TARGET_BAND", "target", 5))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("targetLow", "target")));
		fixtures.add(plan("L9-A1")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field")
			.value("code"));
		mvc.perform(get("/api/indicators/L91").with(fixtures.as("admin"))).andExpect(status().isNotFound());
	}

	@Test
	void anIndicatorNeedsItsParentAndWorkingDepartmentsAndAFreeCode() throws Exception {
		fixtures.add(plan("L92P1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("parent L92")));
		fixtures.add(plan("L92", "sourceDepartment", "440300-NOSUCH", "responsibleDepartment", "999999-X"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("sourceDepartment",
					"responsibleDepartment")));
		fixtures.add(plan("L92")).andExpect(status().isCreated());
		fixtures.add(plan("L92")).andExpect(status().isConflict());
		revise("L92", plan("L93")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field")
			.value("code"));
		revise("L93", plan("L93")).andExpect(status().isNotFound());
	}

	@Test
	void theRegistryIsSearchedByEveryAttributeAPageAtATime() throws Exception {
		fixtures.added(plan("L93", "level", "CITY", "domain", "ENVIRONMENT", "indicatorClass", "CITY"),
				plan("L93P1", "domain", "ENVIRONMENT", "indicatorClass", "CITY", "name", "PM2.5 日均浓度",
						"direction", "HIGHER_WORSE", "frequency", "DAILY", "unit", "μg/m³", "max", 1000,
						"sourceSystem", "aq-search", "highFrequency", true, "references",
						List.of(Map.of("framework", "ISO_37120", "clause", "8.1"))),
				plan("L93P2", "domain", "ENVIRONMENT", "indicatorClass", "PEOPLE", "grade", "INTERNAL",
						"frequency", "YEARLY", "responsibleDepartment", "440305-CHENGGUAN"),
				plan("L93P10", "domain", "ENVIRONMENT", "indicatorClass", "CITY", "level", "STREET"),
				plan("L93P2-A1", "domain", "ENVIRONMENT", "indicatorClass", "PEOPLE", "frequency", "QUARTERLY"));

		search("within", "L93").andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.items[*].code").value(contains("L93", "L93P1", "L93P2", "L93P2-A1", "L93P10")));
		search("within", "L93P2").andExpect(jsonPath("$.items[*].code").value(contains("L93P2", "L93P2-A1")));
		search("parent", "L93").andExpect(jsonPath("$.items[*].code").value(contains("L93P1", "L93P2", "L93P10")));
		search("within", "L93", "q", "pm2.5").andExpect(jsonPath("$.items[*].code").value(contains("L93P1")));
		search("q", "l93p2-").andExpect(jsonPath("$.items[*].code").value(contains("L93P2-A1")));
		search("within", "L93", "indicatorClass", "PEOPLE").andExpect(jsonPath("$.total").value(2));
		search("within", "L93", "frequency", "DAILY", "direction", "HIGHER_WORSE", "unit", "μg/m³",
				"highFrequency", "true", "sourceSystem", "aq-search", "sourceDepartment", "440300-SHENGTAI",
				"framework", "ISO_37120").andExpect(jsonPath("$.items[*].code").value(contains("L93P1")));
		search("within", "L93", "framework", "ISO_37122").andExpect(jsonPath("$.total").value(0));
		search("within", "L93", "level", "STREET").andExpect(jsonPath("$.items[*].code").value(contains("L93P10")));
		search("within", "L93", "grade", "INTERNAL", "responsibleDepartment", "440305-CHENGGUAN")
			.andExpect(jsonPath("$.items[*].code").value(contains("L93P2")));
		search("within", "L93", "domain", "ENVIRONMENT", "size", "2", "page", "1")
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.items[*].code").value(contains("L93P2", "L93P2-A1")));
		search("size", "501").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field")
			.value("size"));
		search("domain", "WEATHER").andExpect(status().isBadRequest());
	}

	@Test
	void eachCallerSeesOnlyTheGradesItsRoleOrItsDepartmentOpens() throws Exception {
		fixtures.added(plan("L94", "level", "CITY"), plan("L94P1", "grade", "INTERNAL"),
				plan("L94P2", "grade", "RESTRICTED", "responsibleDepartment", "440304-CHENGGUAN"),
				plan("L94P3", "grade", "LEADERS"));
		Map<String, List<String>> seen = Map.of("operator", List.of("L94", "L94P1"), "handler",
				List.of("L94", "L94P1", "L94P2"), "shiftlead", List.of("L94", "L94P1", "L94P2"), "leader",
				List.of("L94", "L94P1", "L94P2", "L94P3"), "admin", List.of("L94", "L94P1", "L94P2", "L94P3"));
		for (Map.Entry<String, List<String>> caller : seen.entrySet()) {
			mvc.perform(get("/api/indicators").param("within", "L94").with(fixtures.as(caller.getKey())))
				.andExpect(jsonPath("$.items[*].code").value(contains(caller.getValue().toArray())));
		}
		mvc.perform(get("/api/indicators/L94P3").with(fixtures.as("operator"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/indicators/L94P3/versions").with(fixtures.as("handler")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/indicators/L94P2").with(fixtures.as("handler"))).andExpect(status().isOk());
		mvc.perform(get("/api/indicators/L94P2").with(fixtures.as("dispatcher"))).andExpect(status().isNotFound());

		String key = fixtures.apiKey("hotline-reader", "INTEGRATION", "440300", "440300-CHENGGUAN");
		mvc.perform(get("/api/indicators").param("within", "L94").header("X-API-Key", key))
			.andExpect(jsonPath("$.items[*].code").value(contains("L94")))
			.andExpect(jsonPath("$.items[*].code").value(not(hasItem("L94P1"))));
		mvc.perform(put("/api/admin/indicators/L94").with(fixtures.as("leader")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(plan("L94")))).andExpect(status().isForbidden());
	}

	private ResultActions revise(String code, Map<String, Object> plan) throws Exception {
		return mvc.perform(put("/api/admin/indicators/" + code).with(fixtures.as("admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(plan)));
	}

	private ResultActions search(String... parameters) throws Exception {
		var request = get("/api/indicators").with(fixtures.as("admin"));
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return mvc.perform(request);
	}
}
