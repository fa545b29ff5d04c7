package org.tongguan.indicator.demo;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.indicator.IndicatorFixtures;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.TestClockConfiguration;

/**
 * The demo topics and composite index on a demo platform: the five topics in order, their pages answering the demo
 * values for the city and its districts, and the composite index computed from them, re-weighted while the
 * case-based indicators have no values.
 */
@PlatformTest
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "tongguan.indicator.demo.enabled=true")
class DemoTopicsTests {

	@Autowired
	IndicatorDemoData demoData;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@BeforeEach
	void demoIndicatorsLoaded() {
		demoData.start().join();
	}

	@Test
	void theFiveDemoTopicsStandInOrderWithTheirIndicatorsAndLayers() throws Exception {
		IndicatorFixtures fixtures = new IndicatorFixtures(mvc, users);
		mvc.perform(get("/api/indicators/topics").with(fixtures.as("leader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].key").value(contains("public-demands", "environment", "emergency", "economy",
					"housing")))
			.andExpect(jsonPath("$[*].name").value(contains("民生诉求", "生态环境", "应急管理", "经济运行", "住房发展")))
			.andExpect(jsonPath("$[*].indicators").value(everyItem(greaterThan(10))));
		mvc.perform(get("/api/indicators/topics/emergency").with(fixtures.as("leader")))
			.andExpect(jsonPath("$.layers[*].kind").value(contains("CASES", "ALARMS", "DEVICES", "CHOROPLETH")));
	}

	@Test
	void aDemoTopicPageAnswersTheCitysSeriesAndItsDistrictsLatestValues() throws Exception {
		IndicatorFixtures fixtures = new IndicatorFixtures(mvc, users);
		mvc.perform(get("/api/indicators/topics/environment/data").with(fixtures.as("leader"))
			.param("region", "440300"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.series[0].code").value("L8P1-A1"))
			.andExpect(jsonPath("$.series[0].trend.values", hasSize(greaterThan(300))))
			.andExpect(jsonPath("$.series[0].latest.value").exists())
			.andExpect(jsonPath("$.series[0].regions", hasSize(greaterThan(5))));
		mvc.perform(get("/api/indicators/composite").with(fixtures.as("leader")).param("region", "440300"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("城市运行指数"))
			.andExpect(jsonPath("$.index").value(closeTo(50, 50)))
			.andExpect(jsonPath("$.reweighted").value(true));
	}
}
