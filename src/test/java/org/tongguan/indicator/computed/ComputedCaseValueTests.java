package org.tongguan.indicator.computed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.indicator.IndicatorFixtures.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.casework.CaseIntake;
import org.tongguan.casework.CaseReport;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.indicator.IndicatorFixtures;
import org.tongguan.support.PlatformTest;

import com.jayway.jsonpath.JsonPath;

/**
 * Case-based indicators computed from the case events: after three sensor cases in 福田区 (two 突发事件 E0505, one
 * 市容环境 E0101), 诉求案件上报量 (L14P1-A3) of today equals the case statistics' reported count for the city, the district
 * and the street, 突发事件类诉求量 (L14P4-A5) the statistics' E05 sub-categories summed, both stored as COMPUTED by
 * {@code tongguan}; the cases behind the district's value are as many as the value counts.
 */
@PlatformTest
class ComputedCaseValueTests {

	private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseValues values;

	@Autowired
	Clock clock;

	IndicatorFixtures fixtures;

	ComputedValueReads reads;

	@BeforeEach
	void fixtures() {
		fixtures = new IndicatorFixtures(mvc, users);
		reads = new ComputedValueReads(mvc, fixtures);
	}

	@Test
	void computedCountsEqualTheCaseStatisticsOfTheirDayAndRegionAndListTheCasesTheyCount() throws Exception {
		registered(plan("L14P1", "level", "CITY"), computed("L14P1-A3", "STREET"), plan("L14P4", "level", "CITY"),
				computed("L14P4-A5", "DISTRICT"));
		CaseSnapshot first = null;
		for (int i = 0; i < 3; i++) {
			CaseSnapshot reported = intake.reportForChannel(CaseReport
				.sensor("alarm-computed-" + i, CategoryCode.of(i < 2 ? "E0505" : "E0101"), "积水监测设备读数超过阈值")
				.at(114.0579 + i * 0.0007, 22.5431, null)
				.build());
			first = first == null ? reported : first;
		}
		String today = LocalDate.now(clock.withZone(CITY)).toString();
		String district = first.district().value();
		List<String> regions = List.of("440300", district, first.street().value());

		awaitComputed("L14P1-A3", district, today);

		for (String region : regions) {
			assertThat(value("L14P1-A3", region, today)).as(region).isEqualTo(reported(region, today));
		}
		assertThat(value("L14P1-A3", district, today)).isGreaterThanOrEqualTo(3);
		assertThat(value("L14P4-A5", district, today)).isEqualTo(reportedE05(district, today))
			.isGreaterThanOrEqualTo(2);
		mvc.perform(get("/api/indicators/L14P1-A3/values").param("region", district).with(fixtures.as("leader")))
			.andExpect(jsonPath("$.values[0].source").value("COMPUTED"))
			.andExpect(jsonPath("$.values[0].sender").value("tongguan"));
		mvc.perform(get("/api/indicators/L14P1-A3").with(fixtures.as("leader")))
			.andExpect(jsonPath("$.computedFrom").value("CASES"));
		mvc.perform(get("/api/indicators/L14").with(fixtures.as("leader")))
			.andExpect(jsonPath("$.computedFrom").doesNotExist());

		String cases = reads.body(get("/api/indicators/L14P1-A3/cases").param("region", district).param("period", today)
			.param("size", "200"));
		assertThat(((Number) JsonPath.read(cases, "$.total")).doubleValue())
			.isEqualTo(value("L14P1-A3", district, today));
		assertThat((List<Integer>) JsonPath.read(cases, "$.items[*].id")).contains((int) first.id().value());
		assertThat((String) JsonPath.read(cases, "$.items[0].channel.code")).isNotBlank();
	}

	@Test
	void theCasesBehindAValueAreRefusedForOtherIndicatorsAndBadPeriods() throws Exception {
		registered(plan("L14P2", "level", "CITY"), plan("L14P2-A1"));
		mvc.perform(get("/api/indicators/L14P2/cases").param("region", "440304").param("period", "2026-11")
			.with(fixtures.as("leader"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/indicators/L14P2-A1/cases").param("region", "440304").param("period", "2026-11-05")
			.with(fixtures.as("leader")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
	}

	/** Adds 民生诉求 (L14) unless another test did, then the plans. */
	@SafeVarargs
	private void registered(Map<String, Object>... plans) throws Exception {
		int status = fixtures.add(plan("L14", "level", "CITY")).andReturn().getResponse().getStatus();
		assertThat(status).isIn(201, 409);
		fixtures.added(plans);
	}

	private Map<String, Object> computed(String code, String level) {
		return plan(code, "frequency", "DAILY", "level", level, "max", null, "sourceSystem", "tongguan",
				"unit", "件");
	}

	/** Flushes the marked keys until the value of the region and day agrees with the statistics (or time is up). */
	private void awaitComputed(String code, String region, String day) throws Exception {
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			values.flush();
			Double value = value(code, region, day);
			if (value != null && value == reported(region, day)) {
				return;
			}
			Thread.sleep(200);
		}
	}

	private double reported(String region, String day) throws Exception {
		return ((Number) JsonPath.read(statistics("district", region, day), "$.total.reported")).doubleValue();
	}

	private double reportedE05(String region, String day) throws Exception {
		List<Number> counts = JsonPath.read(statistics("category", region, day),
				"$.groups[?(@.key =~ /E05.*/)].reported");
		return counts.stream().mapToDouble(Number::doubleValue).sum();
	}

	private Double value(String code, String region, String day) throws Exception {
		return reads.value(code, region, day);
	}

	private String statistics(String groupBy, String region, String day) throws Exception {
		return reads.statistics(groupBy, region, LocalDate.parse(day), LocalDate.parse(day).plusDays(1));
	}
}
