package org.tongguan.sensing.archive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.identity.Caller;
import org.tongguan.identity.internal.CallerAuthentication;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.Reading;
import org.tongguan.sensing.rule.RuleEngine;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

/**
 * Importing a sensor archive: the alarms a known sequence of readings implies, at the readings' times; a second import
 * of the same archive refused; every bad line named with nothing stored; archives older than a device's later data.
 */
@PlatformTest
@WithDemoUser("admin")
class ArchiveImportTests {

	static final String PATH = "/api/admin/sensing/readings/import";

	/** A water-level gauge's morning on the city clock (+08:00): a flood, a gap, then a low battery. */
	static final String FLOOD = """
			device,ts,waterLevel,battery
			%1$s,2025-06-01 08:00:00,0.05,80
			%1$s,2025-06-01 08:10:00,0.20,80
			%1$s,2025-06-01 08:20:00,0.30,79
			%1$s,2025-06-01 08:30:00,0.12,79
			%1$s,2025-06-01 08:40:00,0.08,
			%1$s,2025-06-01 09:30:00,0.00,15
			%1$s,2025-06-01 09:40:00,0.00,15
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDirectory users;

	@Autowired
	DeviceDirectory directory;

	@Autowired
	RuleEngine engine;

	@Test
	void aKnownSequenceRaisesExactlyTheAlarmsItImpliesAtTheReadingsTimesAndValues() throws Exception {
		register("ARC-A-1", "water-level");
		importArchive("text/csv", FLOOD.formatted("ARC-A-1")).andExpect(status().isOk())
			.andExpect(jsonPath("$.readings").value(7))
			.andExpect(jsonPath("$.values").value(13))
			.andExpect(jsonPath("$.devices").value(1))
			.andExpect(jsonPath("$.alarmsRaised").value(3))
			.andExpect(jsonPath("$.alarmsCleared").value(2))
			.andExpect(jsonPath("$.alarmsActive").value(1))
			.andExpect(jsonPath("$.alarmsEnded").value(0));

		assertThat(alarms("ARC-A-1")).containsExactly(
				"积水深度 BLUE CLEARED 2025-06-01T00:10:00Z 0.2 → 2025-06-01T00:40:00Z 0.08 case=false",
				"无数据 BLUE CLEARED 2025-06-01T01:10:00Z 30.0 → 2025-06-01T01:30:00Z null case=false",
				"电量低 BLUE ACTIVE_UNACKNOWLEDGED 2025-06-01T01:30:00Z 15.0 → null null case=false");
		long flood = alarmId("ARC-A-1", "积水深度");
		assertThat(jdbc.sql("SELECT action, to_level, measured_at FROM sensing_alarm_history WHERE alarm_id = ? "
				+ "ORDER BY id").param(flood).query((rs, row) -> rs.getString(1) + " " + (rs.getString(2) == null ? "-"
						: rs.getString(2)) + " " + instant(rs.getObject(3, OffsetDateTime.class))).list())
			.containsExactly("RAISED BLUE 2025-06-01T00:10:00Z",
					"ESCALATED YELLOW 2025-06-01T00:20:00Z", "DEESCALATED BLUE 2025-06-01T00:30:00Z",
					"CLEARED - 2025-06-01T00:40:00Z");
		mvc.perform(get("/api/sensing/alarms/" + flood)).andExpect(status().isOk())
			.andExpect(jsonPath("$.alarm.raisedValue").value(0.2))
			.andExpect(jsonPath("$.alarm.clearedValue").value(0.08));
		assertThat(storedValues("ARC-A-1")).isEqualTo(13);
	}

	@Test
	void anAlarmTheArchiveLeftActiveIsClearedByTheNextNormalLiveReading() throws Exception {
		register("ARC-I-1", "water-level");
		importArchive("text/csv", "device,ts,battery\nARC-I-1,2025-08-01 08:00,12\n").andExpect(status().isOk())
			.andExpect(jsonPath("$.alarmsActive").value(1));
		RegisteredDevice device = directory.find("ARC-I-1").orElseThrow();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		engine.onReading(new Reading(device, now, now, Map.of("battery", 95.0)));
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> alarms("ARC-I-1").get(0).contains(" CLEARED "));
		assertThat(alarms("ARC-I-1")).singleElement().asString()
			.startsWith("电量低 BLUE CLEARED 2025-08-01T00:00:00Z 12.0 → " + now + " 95.0");
	}

	@Test
	void sustainedAndRateRulesCountByTheReadingsTimes() throws Exception {
		register("ARC-B-1", "noise-meter");
		register("ARC-B-2", "bridge-strain");
		String json = """
				{"device": "ARC-B-1", "ts": "2025-06-02T22:00:00+08:00", "values": {"noise": 72}}
				{"device": "ARC-B-1", "ts": "2025-06-02 22:02:00", "values": {"noise": 74}}

				{"device": "ARC-B-1", "ts": %d, "values": {"noise": 75}}
				{"device": "ARC-B-1", "ts": "2025-06-02T14:10:00Z", "values": {"noise": 60}}
				{"device": "ARC-B-2", "ts": "2025-06-02T10:00:00+08:00", "values": {"strain": 0, "battery": 90}}
				{"device": "ARC-B-2", "ts": "2025-06-02T10:01:00+08:00", "values": {"strain": 600}}
				{"device": "ARC-B-2", "ts": "2025-06-02T10:02:00+08:00", "values": {"strain": 650}, "note": "ignored"}
				""".formatted(Instant.parse("2025-06-02T14:05:00Z").toEpochMilli());
		importArchive("application/x-ndjson", json).andExpect(status().isOk())
			.andExpect(jsonPath("$.readings").value(7))
			.andExpect(jsonPath("$.devices").value(2))
			.andExpect(jsonPath("$.alarmsRaised").value(2))
			.andExpect(jsonPath("$.alarmsCleared").value(2));

		assertThat(alarms("ARC-B-1")).containsExactly(
				"噪声超标 YELLOW CLEARED 2025-06-02T14:05:00Z 75.0 → 2025-06-02T14:10:00Z 60.0 case=false");
		assertThat(alarms("ARC-B-2")).containsExactly(
				"应变突变 ORANGE CLEARED 2025-06-02T02:01:00Z 600.0 → 2025-06-02T02:02:00Z 50.0 case=false");
	}

	@Test
	void theLongFormJoinsTheValuesOfOneTimeIntoOneReading() throws Exception {
		register("ARC-C-1", "water-level");
		StringBuilder csv = new StringBuilder("ts,Metric,device,value\n");
		for (String line : FLOOD.formatted("ARC-C-1").lines().skip(1).toList()) {
			String[] wide = line.split(",", -1);
			csv.append(wide[1]).append(",waterLevel,").append(wide[0]).append(',').append(wide[2]).append('\n');
			if (!wide[3].isEmpty()) {
				csv.append(wide[1]).append(",battery,").append(wide[0]).append(',').append(wide[3]).append('\n');
			}
		}
		importArchive("text/csv; charset=UTF-8", csv.toString()).andExpect(status().isOk())
			.andExpect(jsonPath("$.readings").value(7))
			.andExpect(jsonPath("$.values").value(13))
			.andExpect(jsonPath("$.alarmsRaised").value(3));
		assertThat(alarms("ARC-C-1")).hasSize(3).first().asString()
			.isEqualTo("积水深度 BLUE CLEARED 2025-06-01T00:10:00Z 0.2 → 2025-06-01T00:40:00Z 0.08 case=false");
	}

	@Test
	void theSameArchiveTwiceIsRefusedAsAConflictAndStoresNothingMore() throws Exception {
		register("ARC-D-1", "water-level");
		importArchive("text/csv", FLOOD.formatted("ARC-D-1")).andExpect(status().isOk());
		importArchive("text/csv", FLOOD.formatted("ARC-D-1")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("line 2"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("device: 'ARC-D-1' has a waterLevel reading "
					+ "stored at 2025-06-01T00:00:00Z")));
		assertThat(storedValues("ARC-D-1")).isEqualTo(13);
		assertThat(alarms("ARC-D-1")).hasSize(3);
	}

	@Test
	void anArchiveOlderThanTheDevicesLaterReadingsLeavesItsCurrentAlarmsAlone() throws Exception {
		register("ARC-E-1", "water-level");
		importArchive("text/csv", "device,ts,battery\nARC-E-1,2025-07-01 08:00,10\n").andExpect(status().isOk())
			.andExpect(jsonPath("$.alarmsActive").value(1));
		importArchive("text/csv", "device,ts,waterLevel,battery\nARC-E-1,2025-06-30 08:00,0.3,90\n"
				+ "ARC-E-1,2025-06-30 08:10,0.45,90\n").andExpect(status().isOk())
			.andExpect(jsonPath("$.alarmsRaised").value(1))
			.andExpect(jsonPath("$.alarmsActive").value(0))
			.andExpect(jsonPath("$.alarmsEnded").value(1));
		assertThat(alarms("ARC-E-1")).containsExactly(
				"积水深度 ORANGE CLEARED 2025-06-30T00:00:00Z 0.3 → 2025-06-30T00:10:00Z null case=false",
				"电量低 BLUE ACTIVE_UNACKNOWLEDGED 2025-07-01T00:00:00Z 10.0 → null null case=false");
	}

	@Test
	void anAlarmStillActiveAtTheEndOfARecentArchiveOpensACaseButClosedEpisodesDoNot() throws Exception {
		register("ARC-F-1", "water-level");
		Instant start = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
		String csv = "device,ts,waterLevel\n" + "ARC-F-1," + start + ",0.3\n" + "ARC-F-1," + start.plusSeconds(600)
				+ ",0.05\n" + "ARC-F-1," + start.plusSeconds(1200) + ",0.3\n";
		importArchive("text/csv", csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.alarmsRaised").value(2))
			.andExpect(jsonPath("$.alarmsActive").value(1));
		long open = jdbc.sql("SELECT id FROM sensing_alarm WHERE device_code = 'ARC-F-1' AND active_key IS NOT NULL")
			.query(Long.class).single();
		long closed = alarmId("ARC-F-1", "积水深度");
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> cases("alarm-" + open) == 1);
		assertThat(cases("alarm-" + closed)).isZero();
	}

	@Test
	void everyBadLineIsNamedAndNothingIsStored() throws Exception {
		register("ARC-G-1", "water-level");
		String good = "ARC-G-1,2025-06-01 08:00:00,0.1\n";
		String header = "device,ts,waterLevel\n";
		refused("text/csv", header + good + "ARC-NOPE,2025-06-01 08:10:00,0.1\n", "line 3", "device: no device");
		refused("text/csv", "device,ts,noise\nARC-G-1,2025-06-01 08:10:00,60\n", "line 2",
				"noise: devices of type water-level report no metric 'noise'");
		refused("text/csv", header + good + "ARC-G-1,2025-06-01 08:10:00,deep\n", "line 3",
				"waterLevel: 'deep' is not a number");
		refused("text/csv", header + good + "ARC-G-1,2025-06-01 08:10:00,11\n", "line 3",
				"waterLevel: 11.0 lies outside [0.0, 10.0]");
		refused("text/csv", header + good + "ARC-G-1,01/06/2025 08:10,0.1\n", "line 3",
				"ts: '01/06/2025 08:10' is not ISO-8601");
		refused("text/csv", header + good + "ARC-G-1,2099-01-01 00:00,0.1\n", "line 3",
				"ts: '2099-01-01 00:00' (2098-12-31T16:00:00Z) lies more than");
		refused("text/csv", header + good + "ARC-G-1,2025-06-01T00:00:00Z,0.2\n", "line 3",
				"ts: device 'ARC-G-1' has a reading at 2025-06-01T00:00:00Z on line 2 already");
		refused("text/csv", header + good + "ARC-G-1,2025-06-01 08:10:00\n", "line 3", "line: has 2 fields");
		refused("text/csv", header + good + "ARC-G-1,2025-06-01 08:10:00,\n", "line 3", "values: the line has no");
		refused("text/csv", "device,time,waterLevel\n" + good, "line 1", "header: names the columns");
		refused("text/csv", header + good + "ARC-G-1,\"2025-06-01 08:10:00,0.1\n", "line 3", "line: a quoted field");
		refused("text/csv", "device,ts,metric,value\nARC-G-1,2025-06-01 08:00,waterLevel,0.1\n"
				+ "ARC-G-1,2025-06-01T00:00Z,waterLevel,0.2\n", "line 3", "waterLevel: device 'ARC-G-1' has a value");
		refused("application/x-ndjson", "{\"device\":\"ARC-G-1\",\"ts\":\"2025-06-01 08:00\",\"values\":{\"waterLevel\""
				+ ":0.1}}\n{\"device\":\"ARC-G-1\",\"ts\":\"2025-06-01 08:10\",\"values\":{\"waterLevel\":\"0.1\"}}\n",
				"line 2", "waterLevel: is a number");
		refused("application/x-ndjson", "{\"device\":\"ARC-G-1\",\"ts\":\"2025-06-01 08:00\",\"values\":{\"waterLevel\""
				+ ":0.1}}\n\n{\"device\": \"ARC-G-1\", \"ts\": 1,\n", "line 3", "line: is not valid JSON");
		refused("application/x-ndjson", "{\"device\":\"ARC-G-1\",\"ts\":1.5,\"values\":{\"waterLevel\":0.1}}", "line 1",
				"ts: is a string or epoch milliseconds");
		refused("text/csv", header, "line 1", "the archive has no readings");
		assertThat(storedValues("ARC-G-1")).isZero();
		assertThat(alarms("ARC-G-1")).isEmpty();
	}

	@Test
	void anAdministratorScopedToAnotherDistrictCannotImportTheDevicesReadings() throws Exception {
		register("ARC-H-1", "water-level");
		mvc.perform(post("/api/admin/users").with(csrf()).contentType("application/json").content("""
				{"username": "archive-nanshan-admin", "password": "a-long-password", "displayName": "南山区管理员",
				 "phone": "13900001111", "roles": ["ADMIN"], "scope": "440305"}""")).andExpect(status().isCreated());
		Caller nanshan = users.enabledCaller("archive-nanshan-admin").orElseThrow();
		mvc.perform(post(PATH).with(csrf()).with(authentication(new CallerAuthentication(nanshan)))
			.contentType("text/csv")
			.content("device,ts,waterLevel\nARC-H-1,2025-06-01 08:00,0.1\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("line 2"))
			.andExpect(jsonPath("$.errors[0].message").value("device: device 'ARC-H-1' lies outside your data scope"));
		assertThat(storedValues("ARC-H-1")).isZero();
	}

	@Test
	@WithDemoUser("operator")
	void onlyAdministratorsImportArchives() throws Exception {
		importArchive("text/csv", "device,ts,waterLevel\n").andExpect(status().isForbidden());
	}

	@Test
	void aBodyOfAnotherTypeIsUnsupported() throws Exception {
		importArchive("application/json", "[]").andExpect(status().isUnsupportedMediaType());
	}

	private void refused(String type, String body, String line, String message) throws Exception {
		importArchive(type, body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(line))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith(message)));
	}

	private ResultActions importArchive(String type, String body) throws Exception {
		return mvc.perform(post(PATH).with(csrf()).contentType(type).content(body.getBytes(StandardCharsets.UTF_8)));
	}

	private void register(String code, String type) throws Exception {
		mvc.perform(post("/api/admin/sensing/devices/import").with(csrf()).contentType("text/csv")
			.content(("code,name,type,longitude,latitude,owner\n" + code + ",档案测试 " + code + "," + type
					+ ",114.0579,22.5431,440304-SHUIWU\n").getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk());
	}

	/** The device's alarms of measuring and no-data rules, oldest first, in one line each. */
	private List<String> alarms(String device) {
		return jdbc.sql("""
				SELECT rule_name, level, state, raised_at, raised_value, cleared_at, cleared_value, case_requested
				FROM sensing_alarm WHERE device_code = ? AND rule_id NOT IN (SELECT id FROM sensing_rule WHERE kind =
				'OFFLINE') ORDER BY raised_at, id""")
			.param(device)
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
					+ instant(rs.getObject(4, OffsetDateTime.class)) + " " + rs.getObject(5) + " → "
					+ instant(rs.getObject(6, OffsetDateTime.class)) + " " + rs.getObject(7) + " case="
					+ rs.getBoolean(8))
			.list();
	}

	private long alarmId(String device, String rule) {
		return jdbc.sql("SELECT MIN(id) FROM sensing_alarm WHERE device_code = ? AND rule_name = ?")
			.params(device, rule)
			.query(Long.class)
			.single();
	}

	private long storedValues(String device) {
		return jdbc.sql("SELECT COUNT(*) FROM sensing_reading WHERE device_id = (SELECT id FROM sensing_device "
				+ "WHERE code = ?)").param(device).query(Long.class).single();
	}

	private long cases(String externalId) {
		return jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE external_id = ?").param(externalId)
			.query(Long.class).single();
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}
}
