package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import org.tongguan.support.TestClock;

/** Case answers write times with the city's offset; time filters take the same instant with an offset or {@code Z}. */
@CaseworkTest
class CityTimeApiTests {

	@Autowired
	CaseApi api;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@BeforeEach
	void mondayMorning() {
		clock.set(TestClock.MONDAY_MORNING);
	}

	@Test
	void answersCarryTheCitysOffsetAndFiltersReadEitherForm() throws Exception {
		long id = api.reported(api.as("operator"), api.report("E0105", "广场焚烧落叶"));
		assertThat(api.<String>read(id, "$.milestones.reported")).isEqualTo("2026-11-23T09:00:00+08:00");
		String withOffset = list("2026-11-23T09:00:00+08:00", "2026-11-23T09:00:01+08:00");
		String withZ = list("2026-11-23T01:00:00Z", "2026-11-23T01:00:01Z");
		assertThat((Integer) JsonPath.read(withOffset, "$.total")).isPositive()
			.isEqualTo(JsonPath.read(withZ, "$.total"));
	}

	private String list(String from, String to) throws Exception {
		return mvc.perform(get("/api/cases").param("from", from).param("to", to).with(api.as("leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
