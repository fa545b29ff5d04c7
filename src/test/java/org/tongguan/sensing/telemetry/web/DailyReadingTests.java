package org.tongguan.sensing.telemetry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.identity.internal.CallerAuthentication;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.region.RegionCode;
import org.tongguan.sensing.DailyReading;
import org.tongguan.sensing.DailyReadings;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

/**
 * The day totals per district (日统计): kept in the transaction that stores the readings, counted by the city-local
 * day, equal to a computation from the stored readings, and answered only within the caller's data scope.
 */
@PlatformTest
@WithDemoUser("admin")
class DailyReadingTests {

	/** Two gauges in 福田区 either side of the city's midnight (+08:00), one in 南山区. */
	private static final String ARCHIVE = """
			device,ts,waterLevel
			DAY-FT-1,2024-03-01 23:50:00,0.10
			DAY-FT-2,2024-03-01 23:55:00,0.30
			DAY-FT-1,2024-03-02 00:05:00,0.50
			DAY-FT-2,2024-03-02 00:10:00,0.70
			DAY-FT-2,2024-03-02 12:00:00,0.90
			DAY-NS-1,2024-03-02 08:00:00,1.20
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DailyReadings daily;

	@Autowired
	UserDirectory users;

	@Test
	void eachDistrictsDayHoldsTheCountMeanMinimumAndMaximumOfItsDevicesValuesByTheCityDay() throws Exception {
		importArchive();

		assertThat(daily.daily("water-level", "waterLevel", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2)))
			.usingRecursiveFieldByFieldElementComparatorOnFields("district", "day", "readings", "minimum", "maximum")
			.containsExactly(day("440304", "2024-03-01", 2, 0.10, 0.30), day("440304", "2024-03-02", 3, 0.50, 0.90),
					day("440305", "2024-03-02", 1, 1.20, 1.20));
		assertThat(daily.daily("water-level", "waterLevel", LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 2)))
			.extracting(DailyReading::mean)
			.containsExactly(mean("440304", "2024-03-02"), mean("440305", "2024-03-02"));
		assertThat(mean("440304", "2024-03-02")).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void theApiAnswersOnlyTheDistrictsTheCallersScopeCovers() throws Exception {
		importArchive();
		mvc.perform(get(PATH).param("type", "water-level").param("metric", "waterLevel").param("from", "2024-03-02")
			.param("to", "2024-03-02"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit").value("m"))
			.andExpect(jsonPath("$.days.length()").value(2))
			.andExpect(jsonPath("$.days[0].district").value("440304"))
			.andExpect(jsonPath("$.days[0].readings").value(3));
		mvc.perform(post("/api/admin/users").with(csrf()).contentType("application/json").content("""
				{"username": "daily-nanshan", "password": "a-long-password", "displayName": "南山区值班员",
				 "phone": "13900002222", "roles": ["OPERATOR"], "scope": "440305"}""")).andExpect(status().isCreated());
		mvc.perform(get(PATH).with(authentication(new CallerAuthentication(users.enabledCaller("daily-nanshan")
			.orElseThrow())))
			.param("type", "water-level")
			.param("metric", "waterLevel")
			.param("from", "2024-03-01")
			.param("to", "2024-03-02"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days.length()").value(1))
			.andExpect(jsonPath("$.days[0].district").value("440305"));
	}

	@Test
	void anUnknownTypeOrMetricOrABadRangeIsRefusedWithTheFieldNamed() throws Exception {
		refused("no-such-type", "waterLevel", "2024-03-01", "2024-03-02", "type");
		refused("water-level", "pm25", "2024-03-01", "2024-03-02", "metric");
		refused("water-level", "waterLevel", "2024-13-01", "2024-03-02", "from");
		refused("water-level", "waterLevel", "2024-03-02", "2024-03-01", "to");
		refused("water-level", "waterLevel", "2020-01-01", "2024-03-01", "to");
	}

	private static final String PATH = "/api/sensing/daily-readings";

	private void refused(String type, String metric, String from, String to, String field) throws Exception {
		mvc.perform(get(PATH).param("type", type).param("metric", metric).param("from", from).param("to", to))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	/** Registers the gauges and imports their archive, once for the test context the tests share. */
	private void importArchive() throws Exception {
		if (jdbc.sql("SELECT COUNT(*) FROM sensing_device WHERE code = 'DAY-FT-1'").query(Long.class).single() > 0) {
			return;
		}
		mvc.perform(post("/api/admin/sensing/devices/import").with(csrf()).contentType("text/csv")
			.content("""
					code,name,type,longitude,latitude,owner
					DAY-FT-1,日统计 福田 1,water-level,114.0579,22.5431,440304-SHUIWU
					DAY-FT-2,日统计 福田 2,water-level,114.0600,22.5400,440304-SHUIWU
					DAY-NS-1,日统计 南山 1,water-level,113.9300,22.5300,440305-SHUIWU
					""".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/admin/sensing/readings/import").with(csrf()).contentType("text/csv")
			.content(ARCHIVE.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk());
	}

	/** The mean of the stored values of the district's water-level gauges on the city day, computed from the rows. */
	private double mean(String district, String day) {
		LocalDate first = LocalDate.parse(day);
		long from = first.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
		long to = first.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
		List<Double> values = jdbc.sql("""
				SELECT r.measurement FROM sensing_reading r JOIN sensing_device d ON d.id = r.device_id
				WHERE d.code LIKE 'DAY-%' AND d.grid_code LIKE ? AND r.metric = 'waterLevel'
				AND r.measured_at >= ? AND r.measured_at < ?""")
			.params(district + "%", from, to)
			.query(Double.class)
			.list();
		return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
	}

	private static DailyReading day(String district, String day, long readings, double minimum, double maximum) {
		return new DailyReading(RegionCode.of(district), LocalDate.parse(day), readings, Double.NaN, minimum,
				maximum);
	}
}
