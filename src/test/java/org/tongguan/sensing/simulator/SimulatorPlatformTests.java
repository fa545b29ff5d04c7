package org.tongguan.sensing.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

import com.jayway.jsonpath.JsonPath;

/**
 * The demo simulator on a sample of 60 demo devices with time running 60 times faster: they connect to the embedded
 * broker over real MQTT and their readings are stored without rejections; a compressed rainstorm floods gauges past
 * the 黄 threshold, which raises alarms and opens SENSOR cases (道路积水) in their grids, and stopping it clears them.
 */
@PlatformTest
@WithDemoUser("admin")
@TestPropertySource(properties = { "tongguan.sensing.simulator.enabled=true",
		"tongguan.sensing.simulator.max-devices=60", "tongguan.sensing.simulator.time-scale=60",
		"tongguan.sensing.simulator.connect-rate=500" })
class SimulatorPlatformTests {

	private static final String SIMULATOR = "/api/admin/sensing/simulator";

	@Autowired
	MockMvc mvc;

	@Autowired
	DeviceDirectory directory;

	@Autowired
	DemoSimulator simulator;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoDevicesConnectOverMqttAndTheirReadingsAreStoredWithoutRejections() throws Exception {
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			SimulatorState state = simulator.state();
			return state.devices() == 60 && state.connected() == 60 && state.messages().acknowledged() >= 120;
		});
		mvc.perform(get(SIMULATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.devices").value(60))
			.andExpect(jsonPath("$.messages.failed").value(0));

		List<String> types = List.of("water-level", "rain-gauge", "manhole-cover", "smoke-detector", "noise-meter",
				"bridge-strain", "air-quality");
		Map<String, SimulatedDevice> oneOfEachType = new HashMap<>();
		simulator.fleet().forEach(device -> oneOfEachType.putIfAbsent(device.registered().type().code(), device));
		assertThat(oneOfEachType).containsOnlyKeys(types);
		for (SimulatedDevice device : oneOfEachType.values()) {
			String code = device.code().value();
			await().atMost(Duration.ofSeconds(20))
				.pollInSameThread()
				.untilAsserted(() -> mvc.perform(get("/api/sensing/devices/" + code + "/latest"))
					.andExpect(jsonPath("$.values[0].value").isNumber()));
			mvc.perform(get("/api/sensing/devices/" + code + "/health"))
				.andExpect(jsonPath("$.presence").value("ONLINE"))
				.andExpect(jsonPath("$.rejected").isEmpty());
		}
	}

	@Test
	void aCompressedRainstormOpensWaterloggingCasesInTheFloodedGaugesGridsAndStoppingItClearsTheirAlarms()
			throws Exception {
		await().atMost(Duration.ofSeconds(20)).until(() -> simulator.state().connected() == 60);
		String started = mvc.perform(post(SIMULATOR + "/rainstorm").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rainstorm.phase").value("RAINING"))
			.andExpect(jsonPath("$.rainstorm.districts").value(contains("440306", "440307")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> flooded = JsonPath.read(started, "$.rainstorm.floodedGauges");
		assertThat(flooded).isNotEmpty().allMatch(code -> code.startsWith("WL-440306-") || code.startsWith("WL-440307-"));
		mvc.perform(post(SIMULATOR + "/rainstorm").with(csrf())).andExpect(status().isConflict());

		for (String code : flooded) {
			RegisteredDevice gauge = directory.find(code).orElseThrow();
			long alarm = await().atMost(Duration.ofSeconds(25)).until(() -> activeWaterAlarm(gauge), id -> id != null);
			long caseId = await().atMost(Duration.ofSeconds(20)).until(() -> caseOf(alarm), id -> id != null);
			mvc.perform(get("/api/cases/" + caseId))
				.andExpect(jsonPath("$.channel.code").value("SENSOR"))
				.andExpect(jsonPath("$.category.code").value("E0505"))
				.andExpect(jsonPath("$.location.grid.code").value(gauge.grid().value()));
		}

		mvc.perform(delete(SIMULATOR + "/rainstorm").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rainstorm.phase").value("RECEDING"));
		for (String code : flooded) {
			RegisteredDevice gauge = directory.find(code).orElseThrow();
			await().atMost(Duration.ofSeconds(20)).until(() -> activeWaterAlarm(gauge) == null);
		}
		long lastCase = caseOf(lastAlarm(directory.find(flooded.get(0)).orElseThrow()));
		await().atMost(Duration.ofSeconds(10))
			.pollInSameThread()
			.untilAsserted(() -> mvc.perform(get("/api/cases/" + lastCase + "/timeline"))
				.andExpect(jsonPath("$[*].action.code").value(hasItem("SENSOR_CLEARED"))));
	}

	@Test
	void aRainstormOverAnUnknownDistrictOrForNoMinutesIsRejected() throws Exception {
		mvc.perform(post(SIMULATOR + "/rainstorm").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"districts\": [\"440306\", \"440399\", \"44030\"], \"minutes\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("districts[1]", "districts[2]", "minutes")));
	}

	/** The gauge's active water-level (积水深度) alarm at 黄 or above, or null. */
	private Long activeWaterAlarm(RegisteredDevice gauge) {
		return jdbc.sql("""
				SELECT a.id FROM sensing_alarm a JOIN sensing_rule r ON r.id = a.rule_id
				WHERE a.device_id = ? AND a.active_key IS NOT NULL AND r.metric = 'waterLevel'
				AND a.level IN ('YELLOW', 'ORANGE', 'RED')""")
			.param(gauge.id().value())
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private Long lastAlarm(RegisteredDevice gauge) {
		return jdbc.sql("""
				SELECT MAX(a.id) FROM sensing_alarm a JOIN sensing_rule r ON r.id = a.rule_id
				WHERE a.device_id = ? AND r.metric = 'waterLevel'""")
			.param(gauge.id().value())
			.query(Long.class)
			.single();
	}

	private Long caseOf(long alarm) {
		return jdbc.sql("SELECT id FROM casework_case WHERE external_id = ? AND channel = 'SENSOR'")
			.param("alarm-" + alarm)
			.query(Long.class)
			.optional()
			.orElse(null);
	}
}
