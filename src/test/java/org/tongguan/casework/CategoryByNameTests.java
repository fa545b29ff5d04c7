package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.casework.CaseApi.body;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.tongguan.support.TestClock;

/** Where a person types a category — intake, filing, list and statistics filters — its exact name works as its code. */
@CaseworkTest
class CategoryByNameTests {

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
	void aReportFilingAndFiltersTakeTheSubCategorysName() throws Exception {
		long id = api.reported(api.as("operator"), api.report("露天焚烧", "桥洞下焚烧垃圾"));
		assertThat(api.<String>read(id, "$.category.code")).isEqualTo("E0105");
		api.done(api.as("operator"), id, "accept", body());
		String filed = api.done(api.as("operator"), id, "file", body("category", "暴露垃圾"));
		assertThat(api.<String>read(id, "$.category.code")).isEqualTo("E0101");
		assertThat(filed).contains("\"E0101\"");
		mvc.perform(get("/api/cases").param("category", "暴露垃圾").with(api.as("leader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].category.code").value(everyItem(is("E0101"))));
		mvc.perform(get("/api/statistics/cases").param("category", "暴露垃圾").param("from", "2026-11-01")
			.param("to", "2026-12-01").with(api.as("leader"))).andExpect(status().isOk());
	}

	@Test
	void anUnknownNameIsRefusedNamingTheValueAndNothingIsStored() throws Exception {
		long before = jdbc.sql("SELECT COUNT(*) FROM casework_case").query(Long.class).single();
		Map<String, Object> report = api.report("不存在的小类", "无此小类");
		api.report(api.as("operator"), report, UUID.randomUUID().toString())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("'不存在的小类'")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case").query(Long.class).single()).isEqualTo(before);
		mvc.perform(get("/api/cases").param("category", "不存在的小类").with(api.as("leader")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"));
		mvc.perform(get("/api/statistics/cases").param("category", "不存在的小类").with(api.as("leader")))
			.andExpect(status().isBadRequest());
	}
}
