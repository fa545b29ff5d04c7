package org.tongguan.indicator;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.indicator.IndicatorFixtures.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.support.PlatformTest;

/**
 * 城市运行指数 through the API: a definition checked whole against the registry and the indicators' directions, and
 * the index per region and period with each indicator's contribution, by hand: a higher-better and a higher-worse
 * MIN_MAX, a TARGET carried from the last year, a BAND; a daily indicator averaged over the month; indicators missing
 * in a district or hidden from the caller re-weighted over the present ones. Uses the codes L65–L69.
 */
@PlatformTest
class CompositeIndexApiTests {

	private static final String DEFINITION = """
			{"name": "测试运行指数", "description": "说明", "frequency": "MONTHLY", "components": [
			  {"indicator": "L65", "weight": 2, "normalisation": {"method": "MIN_MAX", "min": 0, "max": 100}},
			  {"indicator": "L65P1", "weight": 1, "normalisation": {"method": "MIN_MAX", "min": 0, "max": 100}},
			  {"indicator": "L65P2", "weight": 1, "normalisation": {"method": "TARGET", "worst": 0}},
			  {"indicator": "L65P3", "weight": 1, "normalisation": {"method": "BAND", "tolerance": 2}}]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Test
	void theIndexIsTheWeightedMeanOfScoresWithEachContributionReweightedOverPresentValues() throws Exception {
		IndicatorFixtures fixtures = new IndicatorFixtures(mvc, users);
		fixtures.added(plan("L65"), plan("L65P1", "frequency", "DAILY", "direction", "HIGHER_WORSE"),
				plan("L65P2", "frequency", "YEARLY", "target", 50, "grade", "LEADERS"),
				plan("L65P3", "level", "CITY", "direction", "TARGET_BAND", "targetLow", 2, "targetHigh", 3));
		fixtures.post("/api/admin/indicator-values/import", "text/csv", """
				indicator,region,period,value
				L65,440304,2025-03,80
				L65P1,440304,2025-03-01,30
				L65P1,440304,2025-03-02,50
				L65P1,440304,2025-04-01,99
				L65P2,440304,2024,40
				L65,440300,2025-03,60
				L65P1,440300,2025-03-05,20
				L65P2,440300,2024,10
				L65P2,440300,2025,50
				L65P3,440300,2025-03,4
				""").andExpect(status().isOk());
		replace(DEFINITION).andExpect(status().isOk())
			.andExpect(jsonPath("$.components[2].normalisation.target").value(50.0))
			.andExpect(jsonPath("$.components[3].normalisation.low").value(2.0));

		// 福田区: L65 80 → 80; L65P1 mean(30, 50) = 40, higher worse → 60; L65P2 2024's 40 → 80 of 100 at target 50;
		// L65P3 is published for the city only: weights 2 + 1 + 1 of 5 present.
		index("leader", "440304", "2025-03").andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("测试运行指数"))
			.andExpect(jsonPath("$.region.name").value("福田区"))
			.andExpect(jsonPath("$.period").value("2025-03"))
			.andExpect(jsonPath("$.index").value(closeTo(75.0, 1e-9)))
			.andExpect(jsonPath("$.coverage").value(closeTo(0.8, 1e-9)))
			.andExpect(jsonPath("$.reweighted").value(true))
			.andExpect(jsonPath("$.hidden").value(0))
			.andExpect(jsonPath("$.contributions[*].code").value(contains("L65", "L65P1", "L65P2", "L65P3")))
			.andExpect(jsonPath("$.contributions[0].effectiveWeight").value(closeTo(0.5, 1e-9)))
			.andExpect(jsonPath("$.contributions[0].normalized").value(closeTo(80.0, 1e-9)))
			.andExpect(jsonPath("$.contributions[0].contribution").value(closeTo(40.0, 1e-9)))
			.andExpect(jsonPath("$.contributions[1].value").value(closeTo(40.0, 1e-9)))
			.andExpect(jsonPath("$.contributions[1].periods").value(contains("2025-03-01", "2025-03-02")))
			.andExpect(jsonPath("$.contributions[1].contribution").value(closeTo(15.0, 1e-9)))
			.andExpect(jsonPath("$.contributions[2].periods").value(contains("2024")))
			.andExpect(jsonPath("$.contributions[2].contribution").value(closeTo(20.0, 1e-9)))
			.andExpect(jsonPath("$.contributions[3].weight").value(1.0))
			.andExpect(jsonPath("$.contributions[3].effectiveWeight").value(0.0))
			.andExpect(jsonPath("$.contributions[3].value").doesNotExist())
			.andExpect(jsonPath("$.contributions[3].contribution").doesNotExist());

		// The city: 60 → 60 × 2/5; 20 → 80 × 1/5; 2025's 50 → 100 × 1/5; 4 is 1 above the band 2–3, tolerance 2 → 50 × 1/5.
		index("leader", "440300", "2025-03").andExpect(jsonPath("$.index").value(closeTo(70.0, 1e-9)))
			.andExpect(jsonPath("$.coverage").value(closeTo(1.0, 1e-9)))
			.andExpect(jsonPath("$.reweighted").value(false))
			.andExpect(jsonPath("$.contributions[*].contribution").value(contains(closeTo(24.0, 1e-9),
					closeTo(16.0, 1e-9), closeTo(20.0, 1e-9), closeTo(10.0, 1e-9))));

		// L65P2 is for leaders: the operator's index leaves it out unnamed, (2 × 80 + 1 × 60) / 3.
		index("operator", "440304", "2025-03").andExpect(jsonPath("$.index").value(closeTo(220.0 / 3, 1e-9)))
			.andExpect(jsonPath("$.hidden").value(1))
			.andExpect(jsonPath("$.contributions[*].code").value(contains("L65", "L65P1", "L65P3")));
		index("futian-dispatcher", "440300", "2025-03").andExpect(status().isForbidden());
		index("leader", "440304", "2025-W10").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		index("leader", "440304", "2020-01").andExpect(status().isOk())
			.andExpect(jsonPath("$.index").doesNotExist())
			.andExpect(jsonPath("$.coverage").value(0.0));
	}

	@Test
	void aDefinitionIsCheckedWholeAgainstTheRegistryAndTheDirectionsAndNothingWrongIsStored() throws Exception {
		IndicatorFixtures fixtures = new IndicatorFixtures(mvc, users);
		fixtures.added(plan("L66"), plan("L66P1", "direction", "TARGET_BAND", "targetLow", 2, "targetHigh", 3),
				plan("L66P2", "direction", "HIGHER_WORSE"));
		replace("""
				{"name": "指数", "components": [
				  {"indicator": "L66", "weight": 1, "normalisation": {"method": "MIN_MAX", "min": 0, "max": 100}}]}""")
			.andExpect(status().isOk());
		replace("""
				{"name": "坏", "frequency": "DAILY", "components": [
				  {"indicator": "L66P9", "weight": 1, "normalisation": {"method": "MIN_MAX", "min": 0, "max": 1}},
				  {"indicator": "L66", "weight": 0, "normalisation": {"method": "MIN_MAX", "min": 5, "max": 1}},
				  {"indicator": "L66P1", "weight": 1, "normalisation": {"method": "MIN_MAX", "min": 0, "max": 1}},
				  {"indicator": "L66P2", "weight": 1, "normalisation": {"method": "TARGET", "target": 10, "worst": 5}},
				  {"indicator": "L66", "weight": 1, "normalisation": {"method": "SIGMOID"}}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("frequency", "components[0].indicator",
					"components[1].weight", "components[1].normalisation.max", "components[2].normalisation.method",
					"components[3].normalisation.worst", "components[4].indicator")))
			.andExpect(jsonPath("$.errors[1].message").value("the registry has no indicator L66P9"));
		mvc.perform(get("/api/indicators/composite/definition").with(new IndicatorFixtures(mvc, users).as("operator")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("指数"))
			.andExpect(jsonPath("$.components[0].normalisation.method").value("MIN_MAX"));
		mvc.perform(put("/api/admin/indicators/composite/definition").with(fixtures.as("leader"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(DEFINITION)).andExpect(status().isForbidden());
	}

	private ResultActions replace(String body) throws Exception {
		return mvc.perform(put("/api/admin/indicators/composite/definition")
			.with(new IndicatorFixtures(mvc, users).as("admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions index(String user, String region, String period) throws Exception {
		return mvc.perform(get("/api/indicators/composite").with(new IndicatorFixtures(mvc, users).as(user))
			.param("region", region)
			.param("period", period));
	}
}
