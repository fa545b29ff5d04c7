package org.tongguan.indicator.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.indicator.IndicatorFixtures.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.indicator.IndicatorFixtures;
import org.tongguan.support.PlatformTest;

/**
 * Warnings of indicators through the whole platform: values imported as an administrator raise, change and clear
 * warnings (bands with hysteresis, change against the previous period and the year before, the gap to the target,
 * lateness), a warning opens one case for the indicator's responsible department that links back to it and records
 * its clearing, and warnings are read and acknowledged within role, grade and data scope. Each test uses indicator
 * codes of its own (L50–L57); periods are counted back from the test clock's today.
 */
@PlatformTest
class IndicatorWarningApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Lateness lateness;

	IndicatorFixtures fixtures;

	LocalDate today;

	@BeforeEach
	void fixtures() {
		fixtures = new IndicatorFixtures(mvc, users);
		today = LocalDate.now(clock);
	}

	@Test
	void aBandWarningOpensOneCaseRisesHoldsWithinTheHysteresisAndClearsWhenTheValueRecovers() throws Exception {
		fixtures.added(daily("L50"));

		values("L50", "440304", 1, 80);
		long id = warningOf("L50", "BAND");
		assertWarning(id, "YELLOW", "ACTIVE", 75);
		String caseId = awaitCase(id);
		mvc.perform(get("/api/cases/" + caseId).with(fixtures.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.channel.code").value("INDICATOR"))
			.andExpect(jsonPath("$.externalId").value("indicator-warning-" + id))
			.andExpect(jsonPath("$.category.code").value("E0511"))
			.andExpect(jsonPath("$.location.district.code").value("440304"))
			.andExpect(jsonPath("$.responsibleDepartment.code").value("440304-CHENGGUAN"))
			.andExpect(jsonPath("$.description").value(containsString("指标 L50 测试指标L50，区域 福田区（440304），统计期 "
					+ today.minusDays(6))));
		mvc.perform(get("/api/indicators/warnings/" + id).with(fixtures.as("admin")))
			.andExpect(jsonPath("$.caseId").value(caseId))
			.andExpect(jsonPath("$.caseNumber").isNotEmpty())
			.andExpect(jsonPath("$.indicator.name").value("测试指标L50"))
			.andExpect(jsonPath("$.region.name").value("福田区"));

		values("L50", "440304", 2, 160);
		assertWarning(id, "RED", "ACTIVE", 150);
		values("L50", "440304", 3, 148);
		assertWarning(id, "RED", "ACTIVE", 150);
		values("L50", "440304", 4, 100);
		assertWarning(id, "YELLOW", "ACTIVE", 75);
		values("L50", "440304", 5, 72);
		assertWarning(id, "YELLOW", "ACTIVE", 75);
		assertThat(count("SELECT COUNT(*) FROM indicator_warning WHERE indicator_code = 'L50'")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM casework_case WHERE external_id = 'indicator-warning-" + id + "'"))
			.as("a rising or falling level opens no second case")
			.isEqualTo(1);

		values("L50", "440304", 6, 60);
		assertWarning(id, "YELLOW", "CLEARED", 75);
		await().atMost(Duration.ofSeconds(20)).pollInSameThread()
			.untilAsserted(() -> mvc.perform(get("/api/cases/" + caseId + "/timeline").with(fixtures.as("admin")))
				.andExpect(jsonPath("$[*].action.code").value(hasItem("INDICATOR_CLEARED"))));
		mvc.perform(get("/api/cases/" + caseId).with(fixtures.as("admin")))
			.andExpect(jsonPath("$.closedAt").doesNotExist());
	}

	@Test
	void onlyTheLatestPeriodOfASeriesWarnsSoHistoryAndOldCorrectionsOpenNothing() throws Exception {
		fixtures.added(daily("L51"));
		StringBuilder history = new StringBuilder("indicator,region,period,value\n");
		for (int day = 30; day >= 1; day--) {
			history.append("L51,440305,").append(today.minusDays(day)).append(',').append(day == 1 ? 40 : 200)
				.append('\n');
		}
		fixtures.post("/api/admin/indicator-values/import", "text/csv", history.toString())
			.andExpect(status().isOk());
		fixtures.post("/api/admin/indicator-values/import", "text/csv",
				"indicator,region,period,value\nL51,440305," + today.minusDays(10) + ",300\n")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revised").value(1));

		assertThat(count("SELECT COUNT(*) FROM indicator_warning WHERE indicator_code = 'L51'")).isZero();
	}

	@Test
	void changesAgainstThePreviousPeriodAndTheYearBeforeAndTheGapToTheTargetWarn() throws Exception {
		fixtures.added(plan("L52", "direction", "HIGHER_WORSE", "max", 1000, "target", 110, "targetGap", 10,
				"previousChange", 20, "yearChange", 30, "responsePlan", "研判增长原因"));
		LocalDate month = today.withDayOfMonth(1).minusMonths(1);
		fixtures.post("/api/admin/indicator-values/import", "text/csv", "indicator,region,period,value\n"
				+ "L52,440304," + month.minusYears(1).toString().substring(0, 7) + ",100\n"
				+ "L52,440304," + month.minusMonths(1).toString().substring(0, 7) + ",100\n"
				+ "L52,440304," + month.toString().substring(0, 7) + ",140\n")
			.andExpect(status().isOk());

		warnings("indicator", "L52").andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items[?(@.kind == 'CHANGE_PREVIOUS')].level").value(hasItem("YELLOW")))
			.andExpect(jsonPath("$.items[?(@.kind == 'CHANGE_PREVIOUS')].bound").value(hasItem(120.0)))
			.andExpect(jsonPath("$.items[?(@.kind == 'CHANGE_PREVIOUS')].message")
				.value(hasItem(containsString("环比上升 40%（上期 100 %）"))))
			.andExpect(jsonPath("$.items[?(@.kind == 'CHANGE_YEAR')].bound").value(hasItem(130.0)))
			.andExpect(jsonPath("$.items[?(@.kind == 'TARGET_GAP')].level").value(hasItem("BLUE")))
			.andExpect(jsonPath("$.items[?(@.kind == 'TARGET_GAP')].bound").value(hasItem(121.0)));

		fixtures.post("/api/admin/indicator-values/import", "text/csv", "indicator,region,period,value\n"
				+ "L52,440304," + month.toString().substring(0, 7) + ",115\n")
			.andExpect(status().isOk());
		warnings("indicator", "L52").andExpect(jsonPath("$.total").value(0));
		warnings("indicator", "L52", "state", "CLEARED").andExpect(jsonPath("$.total").value(3));
	}

	@Test
	void aWarningIsAcknowledgedByItsDepartmentOrAShiftLeadOnceAndHiddenOutsideTheScope() throws Exception {
		fixtures.added(daily("L53"), daily("L53P1"));
		values("L53", "440304", 1, 90);
		values("L53P1", "440305", 1, 90);
		long futian = warningOf("L53", "BAND");
		long luohu = warningOf("L53P1", "BAND");

		acknowledge(futian, "operator").andExpect(status().isForbidden());
		mvc.perform(get("/api/indicators/warnings/" + luohu).with(fixtures.as("futian-dispatcher")))
			.andExpect(status().isNotFound());
		warnings("indicator", "L53P1").andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/indicators/warnings").param("indicator", "L53P1").with(fixtures.as("futian-dispatcher")))
			.andExpect(jsonPath("$.total").value(0));

		acknowledge(futian, "handler").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.acknowledgedBy").value("handler"))
			.andExpect(jsonPath("$.acknowledgementNote").value("已安排核查"));
		acknowledge(futian, "shiftlead").andExpect(status().isConflict());
		acknowledge(luohu, "shiftlead").andExpect(status().isOk());
		acknowledge(999_999_999L, "shiftlead").andExpect(status().isNotFound());

		values("L53", "440304", 2, 160);
		assertWarning(futian, "RED", "ACTIVE", 150);
	}

	@Test
	void badFiltersAnswer400() throws Exception {
		warnings("state", "OPEN").andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		warnings("level", "PURPLE").andExpect(status().isBadRequest());
		warnings("kind", "BAND", "size", "0").andExpect(status().isBadRequest());
		warnings("indicator", "not-a-code").andExpect(status().isBadRequest());
		fixtures.add(plan("L54", "previousChange", -5, "responsePlan", "x")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("previousChange")));
		fixtures.add(plan("L54", "targetGap", 5, "responsePlan", "x")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("targetGap")));
	}

	@Test
	void aSourceThatMissesItsDelayIsLateUntilTheValueArrives() throws Exception {
		fixtures.added(plan("L55", "sourceSystem", "late-source"), plan("L56", "sourceSystem", "never-source"),
				plan("L57", "sourceSystem", "retired-source"));
		String old = today.minusMonths(6).toString().substring(0, 7);
		fixtures.post("/api/admin/indicator-values/import", "text/csv",
				"indicator,region,period,value\nL55,440304," + old + ",50\nL57,440304," + old + ",50\n")
			.andExpect(status().isOk());
		mvc.perform(delete("/api/admin/indicators/L57").param("note", "停用").with(fixtures.as("admin")).with(csrf()))
			.andExpect(status().is2xxSuccessful());

		lateness.check();
		long id = warningOf("L55", "LATE");
		mvc.perform(get("/api/indicators/warnings/" + id).with(fixtures.as("admin")))
			.andExpect(jsonPath("$.region.code").value("440300"))
			.andExpect(jsonPath("$.level").value("YELLOW"))
			.andExpect(jsonPath("$.department").value("440300-SHENGTAI"))
			.andExpect(jsonPath("$.value").doesNotExist())
			.andExpect(jsonPath("$.message").value(containsString("late-source")));
		assertThat(count("SELECT COUNT(*) FROM indicator_warning WHERE indicator_code = 'L56'"))
			.as("an indicator that never had a value is not late")
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM indicator_warning WHERE indicator_code = 'L57'"))
			.as("a retired indicator is never late")
			.isZero();
		lateness.check();
		assertThat(count("SELECT COUNT(*) FROM indicator_warning WHERE indicator_code = 'L55'")).isEqualTo(1);

		fixtures.post("/api/admin/indicator-values/import", "text/csv",
				"indicator,region,period,value\nL55,440300," + today.toString().substring(0, 7) + ",50\n")
			.andExpect(status().isOk());
		mvc.perform(get("/api/indicators/warnings/" + id).with(fixtures.as("admin")))
			.andExpect(jsonPath("$.state").value("CLEARED"));
	}

	/** A daily indicator of the test where higher is worse: 黄 from 75, 红 from 150, hysteresis 5. */
	private static Map<String, Object> daily(String code) {
		return plan(code, "frequency", "DAILY", "direction", "HIGHER_WORSE", "max", 1000, "thresholds",
				List.of(Map.of("level", "YELLOW", "above", 75), Map.of("level", "RED", "above", 150)), "hysteresis", 5,
				"responsePlan", "黄色：加密监测；红色：督办责任部门");
	}

	/** Imports the indicator's value for the region, {@code 7 - step} days before today. */
	private void values(String indicator, String region, int step, double value) throws Exception {
		fixtures.post("/api/admin/indicator-values/import", "text/csv", "indicator,region,period,value\n" + indicator
				+ "," + region + "," + today.minusDays(7 - step) + "," + value + "\n")
			.andExpect(status().isOk());
	}

	private long warningOf(String indicator, String kind) {
		return jdbc.sql("SELECT id FROM indicator_warning WHERE indicator_code = ? AND kind = ?")
			.params(indicator, kind)
			.query(Long.class)
			.single();
	}

	private void assertWarning(long id, String level, String state, double bound) throws Exception {
		mvc.perform(get("/api/indicators/warnings/" + id).with(fixtures.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("BAND"))
			.andExpect(jsonPath("$.level").value(level))
			.andExpect(jsonPath("$.state").value(state))
			.andExpect(jsonPath("$.bound").value(bound));
	}

	private String awaitCase(long warning) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("SELECT case_id FROM indicator_warning WHERE id = ?")
				.param(warning)
				.query(Long.class)
				.optional()
				.map(String::valueOf)
				.orElse(null), found -> found != null && !"null".equals(found));
	}

	private ResultActions warnings(String... parameters) throws Exception {
		var request = get("/api/indicators/warnings").with(fixtures.as("admin"));
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return mvc.perform(request);
	}

	private ResultActions acknowledge(long id, String user) throws Exception {
		return mvc.perform(post("/api/indicators/warnings/" + id + "/acknowledgement").with(fixtures.as(user))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\": \"已安排核查\"}"));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
