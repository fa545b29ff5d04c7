package org.tongguan.indicator.computed;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.indicator.IndicatorFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.indicator.IndicatorFixtures;
import org.tongguan.support.PlatformTest;

/**
 * Sensing-based indicators computed from the sensing day totals of yesterday: PM2.5 (L8P1-A8) is each district's mean
 * over its values and the city's over all of them (300 / 10 and 1,500 / 30 make 30 and 50, the city 45); the deepest
 * water level (L9P3-A2) is the maximum in centimetres; a second pass over the same totals changes nothing.
 */
@PlatformTest
class ComputedSensingValueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SensingValues sensing;

	@Autowired
	Clock clock;

	@Test
	void dailyMeansAndMaximaOfTheDistrictsAndTheCityComeFromTheDayTotals() throws Exception {
		IndicatorFixtures fixtures = new IndicatorFixtures(mvc, users);
		fixtures.added(plan("L8", "level", "CITY"), plan("L8P1", "level", "CITY"), daily("L8P1-A8"),
				plan("L9", "level", "CITY"), plan("L9P3", "level", "CITY"), daily("L9P3-A2"));
		LocalDate yesterday = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).minusDays(1);
		jdbc.sql("DELETE FROM sensing_daily_reading WHERE reading_day >= ?").param(yesterday).update();
		dayTotal("air-quality", "pm25", "440304", yesterday, 10, 300, 12, 61);
		dayTotal("air-quality", "pm25", "440305", yesterday, 30, 1500, 20, 88);
		dayTotal("water-level", "waterLevel", "440304", yesterday, 96, 4.8, 0, 0.3);
		dayTotal("water-level", "waterLevel", "440305", yesterday, 96, 9.6, 0, 0.42);

		assertThat(sensing.update()).isEqualTo(6);
		sensing.update();

		for (Map.Entry<String, Double> expected : Map.of("440304", 30.0, "440305", 50.0, "440300", 45.0).entrySet()) {
			read(fixtures, "L8P1-A8", expected.getKey(), yesterday).andExpect(jsonPath("$.values[0].value")
				.value(expected.getValue()))
				.andExpect(jsonPath("$.values[0].source").value("COMPUTED"))
				.andExpect(jsonPath("$.values[0].revision").value(1));
		}
		read(fixtures, "L9P3-A2", "440304", yesterday).andExpect(jsonPath("$.values[0].value").value(30.0));
		read(fixtures, "L9P3-A2", "440300", yesterday).andExpect(jsonPath("$.values[0].value").value(42.0));
		mvc.perform(get("/api/indicators/L9P3-A2").with(fixtures.as("leader")))
			.andExpect(jsonPath("$.computedFrom").value("SENSING"));
	}

	private static Map<String, Object> daily(String code) {
		return plan(code, "frequency", "DAILY", "max", 1000, "sourceSystem", "tongguan");
	}

	private void dayTotal(String type, String metric, String district, LocalDate day, long readings, double total,
			double minimum, double maximum) {
		jdbc.sql("INSERT INTO sensing_daily_reading (device_type, metric, district_code, reading_day, readings, total, "
				+ "minimum, maximum) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(type, metric, district, day, readings, total, minimum, maximum)
			.update();
	}

	private org.springframework.test.web.servlet.ResultActions read(IndicatorFixtures fixtures, String code,
			String region, LocalDate day) throws Exception {
		return mvc.perform(get("/api/indicators/" + code + "/values").param("region", region)
			.param("from", day.toString())
			.param("to", day.toString())
			.with(fixtures.as("leader"))).andExpect(status().isOk());
	}
}
