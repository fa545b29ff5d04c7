package org.tongguan.indicator.quality;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.indicator.IndicatorFixtures.json;
import static org.tongguan.indicator.IndicatorFixtures.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.indicator.IndicatorFixtures;
import org.tongguan.support.PlatformTest;

/**
 * The quality badge of an indicator's values in a region, over a daily indicator whose values are due two days after
 * their day: of the 19 due days from its first value, 16 have a value (completeness 0.84), 12 of them arrived in time
 * (0.75), 14 lie in the valid range after it was narrowed (0.88), 15 were never corrected (0.94): score 0.85, badge B.
 */
@PlatformTest
class IndicatorQualityApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	IndicatorFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new IndicatorFixtures(mvc, users);
	}

	@Test
	void gradesCompletenessTimelinessValidityAndConsistencyOverTheDueDays() throws Exception {
		fixtures.added(plan("L87", "frequency", "DAILY", "expectedDelay", "P1D"));
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		StringBuilder csv = new StringBuilder("indicator,region,period,value\n");
		for (int back = 20; back >= 3; back--) {
			if (back != 10 && back != 12) {
				csv.append("L87,440304,").append(today.minusDays(back)).append(',').append(back * 4).append('\n');
			}
		}
		importCsv(csv.toString());
		Set<Integer> late = Set.of(20, 19, 18, 3);
		for (int back = 17; back >= 4; back--) {
			if (back != 10 && back != 12 && !late.contains(back)) {
				LocalDate day = today.minusDays(back);
				jdbc.sql("UPDATE indicator_value SET arrived_at = ? WHERE indicator_code = 'L87' AND period_start = ?")
					.params(day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.ofHours(8)), day)
					.update();
			}
		}
		importCsv("indicator,region,period,value\nL87,440304," + today.minusDays(5) + ",21\n");
		mvc.perform(put("/api/admin/indicators/L87").with(fixtures.as("admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(plan("L87", "frequency", "DAILY", "expectedDelay", "P1D", "max", 75))))
			.andExpect(status().isOk());

		mvc.perform(get("/api/indicators/L87/quality").param("region", "440304").with(fixtures.as("leader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.periods").value(19))
			.andExpect(jsonPath("$.completeness").value(0.84))
			.andExpect(jsonPath("$.timeliness").value(0.75))
			.andExpect(jsonPath("$.validity").value(0.88))
			.andExpect(jsonPath("$.consistency").value(0.94))
			.andExpect(jsonPath("$.score").value(0.85))
			.andExpect(jsonPath("$.badge").value("B"))
			.andExpect(jsonPath("$.asOf").exists());
		mvc.perform(get("/api/indicators/L87/quality").param("region", "440305").with(fixtures.as("leader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.periods").value(364))
			.andExpect(jsonPath("$.completeness").value(0.0))
			.andExpect(jsonPath("$.timeliness").value(0.0))
			.andExpect(jsonPath("$.badge").value("D"));
	}

	@Test
	void anUnknownIndicatorOrRegionIsRefused() throws Exception {
		fixtures.added(plan("L88"));
		mvc.perform(get("/api/indicators/L88/quality").param("region", "999999").with(fixtures.as("leader")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("region"));
		mvc.perform(get("/api/indicators/L89/quality").param("region", "440304").with(fixtures.as("leader")))
			.andExpect(status().isNotFound());
	}

	private void importCsv(String csv) throws Exception {
		fixtures.post("/api/admin/indicator-values/import", "text/csv", csv).andExpect(status().isOk());
	}
}
