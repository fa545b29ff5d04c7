package org.tongguan.indicator.computed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.indicator.IndicatorFixtures.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.indicator.IndicatorFixtures;
import org.tongguan.support.PlatformTest;

import com.jayway.jsonpath.JsonPath;

/**
 * Imported history reaches the case-based indicators: after a history import (a job, and the synchronous import), the
 * computed values of the imported periods appear and equal the case statistics of the same period and region — 满意率
 * (L14P3-A1, here published down to streets) by month, 部件类案件上报量 (L11P3-A5, the component categories summed)
 * by day, 0 on the days without a component case — and the backfill raises no warning for a past month whose value
 * breaks the band (only the latest period of a series is evaluated): the bad month lies far enough before the good one
 * that their keys are recomputed in different batches. Months of 2023, which no other test imports.
 */
@PlatformTest
class ComputedHistoryValueTests {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private static final String HEADER = "externalId,reportedAt,filedAt,closedAt,evaluatedAt,category,department,"
			+ "region,satisfaction\n";

	private static final String STREET = "440304001";

	private static final String DISTRICT = "440304";

	private static final String CITY = "440300";

	/** A district without streets in the file: its component cases name only the district. */
	private static final String OTHER_DISTRICT = "440303";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseValues values;

	IndicatorFixtures fixtures;

	ComputedValueReads reads;

	@BeforeEach
	void plans() throws Exception {
		fixtures = new IndicatorFixtures(mvc, users);
		reads = new ComputedValueReads(mvc, fixtures);
		for (Map<String, Object> plan : List.of(plan("L11", "level", "CITY"), plan("L11P3", "level", "CITY"),
				plan("L11P3-A5", "frequency", "DAILY", "level", "STREET", "max", null, "sourceSystem", "tongguan",
						"unit", "件"),
				plan("L14", "level", "CITY"), plan("L14P3", "level", "CITY"),
				plan("L14P3-A1", "level", "STREET", "sourceSystem", "tongguan", "thresholds",
						List.of(Map.of("level", "YELLOW", "below", 90), Map.of("level", "RED", "below", 80)),
						"responsePlan", "督办满意率偏低的街道"))) {
			assertThat(fixtures.add(plan).andReturn().getResponse().getStatus()).isIn(201, 409);
		}
	}

	@Test
	void anImportJobsHistoryReachesTheComputedValuesOfItsPeriodsWithoutWarningForThePast() throws Exception {
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 0; i < 32; i++) {
			file.append(evaluated("HB-S" + i, LocalDate.of(2023, 9, 4 + i % 20), i % 2 == 0 ? "满意" : "不满意"));
			file.append(evaluated("HB-D" + i, LocalDate.of(2023, 12, 4 + i % 20), "满意"));
		}
		int[] days = { 5, 5, 12 };
		for (int i = 0; i < days.length; i++) {
			file.append(component("HB-C" + i, LocalDate.of(2023, 9, days[i])));
		}
		String job = mvc.perform(post("/api/admin/cases/history-import/jobs").with(fixtures.as("admin"))
			.with(csrf())
			.contentType(CSV)
			.content(file.toString().getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		awaitSucceeded(job);

		awaitComputed("L14P3-A1", STREET, "2023-12");

		for (String region : List.of(STREET, DISTRICT, CITY)) {
			for (String month : List.of("2023-09", "2023-12")) {
				LocalDate start = LocalDate.parse(month + "-01");
				assertThat(value("L14P3-A1", region, month)).as(region + " " + month)
					.isEqualTo(total(region, start, start.plusMonths(1), "satisfactionRate"));
			}
		}
		assertThat(value("L14P3-A1", STREET, "2023-09")).isEqualTo(50.0);
		assertThat(value("L14P3-A1", STREET, "2023-12")).isEqualTo(100.0);
		assertThat(value("L14P3-A1", STREET, "2023-10")).as("no case reported: fewer than a rate needs").isNull();
		assertThat(value("L14P3-A1", OTHER_DISTRICT, "2023-09")).as("3 cases, fewer than a rate needs").isNull();
		for (String region : List.of(OTHER_DISTRICT, CITY)) {
			for (int day : new int[] { 5, 12, 20 }) {
				LocalDate date = LocalDate.of(2023, 9, day);
				assertThat(value("L11P3-A5", region, date.toString())).as(region + " " + date)
					.isEqualTo(components(region, date));
			}
		}
		assertThat(value("L11P3-A5", OTHER_DISTRICT, "2023-09-05")).isEqualTo(2.0);
		assertThat(value("L11P3-A5", OTHER_DISTRICT, "2023-09-20")).as("no component case that day").isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator_warning WHERE indicator_code = 'L14P3-A1'")
			.query(Long.class)
			.single()).as("September's 50 % is no longer the latest month: no warning, no warning case").isZero();

		awaitNothingPending();
		mvc.perform(get("/api/admin/indicators/computed/pending").with(fixtures.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pending").value(0))
			.andExpect(jsonPath("$.scope").value("440300"));
		mvc.perform(get("/api/admin/indicators/computed/pending").with(fixtures.as("leader")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theSynchronousImportsHistoryReachesTheComputedValuesToo() throws Exception {
		mvc.perform(post("/api/admin/cases/history-import").with(fixtures.as("admin"))
			.with(csrf())
			.contentType(CSV)
			.content((HEADER + component("HB-SYNC-1", LocalDate.of(2023, 7, 3))
					+ component("HB-SYNC-2", LocalDate.of(2023, 7, 3))).getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));

		awaitComputed("L11P3-A5", OTHER_DISTRICT, "2023-07-03");

		assertThat(value("L11P3-A5", OTHER_DISTRICT, "2023-07-03")).isEqualTo(2.0)
			.isEqualTo(components(OTHER_DISTRICT, LocalDate.of(2023, 7, 3)));
	}

	/** A 市容环境 case of the street, reported, filed and closed on the day and evaluated an hour later. */
	private static String evaluated(String externalId, LocalDate day, String satisfaction) {
		return externalId + "," + day + " 09:00," + day + " 09:30," + day + " 15:00," + day + " 16:00,E0101,"
				+ "440304-CHENGGUAN," + STREET + "," + satisfaction + "\n";
	}

	/** An open component (部件) case of the other district, reported on the day. */
	private static String component(String externalId, LocalDate day) {
		return externalId + "," + day + " 10:00,,,,C0101,," + OTHER_DISTRICT + ",\n";
	}

	private void awaitSucceeded(String job) throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		String state = "";
		while (System.currentTimeMillis() < deadline) {
			state = JsonPath.read(mvc.perform(get(job).with(fixtures.as("admin")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.status");
			if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(state).isEqualTo("SUCCEEDED");
	}

	/** Flushes the marked keys until the indicator has a value for the region and period (or time is up). */
	private void awaitComputed(String code, String region, String period) throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		while (value(code, region, period) == null && System.currentTimeMillis() < deadline) {
			values.flush();
			Thread.sleep(100);
		}
	}

	private void awaitNothingPending() throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline
				&& jdbc.sql("SELECT COUNT(*) FROM indicator_computed_mark").query(Long.class).single() > 0) {
			values.flush();
			Thread.sleep(100);
		}
	}

	private Double value(String code, String region, String period) throws Exception {
		return reads.value(code, region, period);
	}

	/** A figure of all cases of the region in {@code [from, to)} as the statistics answer it. */
	private Double total(String region, LocalDate from, LocalDate to, String figure) throws Exception {
		Number value = JsonPath.read(reads.statistics("channel", region, from, to), "$.total." + figure);
		return value == null ? null : value.doubleValue();
	}

	/** The component (C…) cases the statistics count as reported in the region on the day. */
	private double components(String region, LocalDate day) throws Exception {
		List<Number> counts = JsonPath.read(reads.statistics("category", region, day, day.plusDays(1)),
				"$.groups[?(@.key =~ /C.*/)].reported");
		return counts.stream().mapToDouble(Number::doubleValue).sum();
	}
}
