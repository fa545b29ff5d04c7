package org.tongguan.sensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.region.Regions;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.IngestCallback;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.ingest.TelemetryIngestion;
import org.tongguan.sensing.rule.RuleEngine;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

import tools.jackson.databind.ObjectMapper;

/**
 * The whole loop from a sensor to case handling: a water-level message through the ingestion entrance with a value
 * above the 黄色 threshold raises an alarm, the alarm opens a case (channel SENSOR) in the device's grid for the
 * department the dispatch rules name, and the alarm's clearing is recorded on the case.
 */
@PlatformTest
@WithDemoUser("admin")
class AlarmCaseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	RuleEngine engine;

	@Autowired
	DeviceDirectory directory;

	@Autowired
	Regions regions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	TelemetryIngestion ingestion;

	private AlarmProbe probe;

	@BeforeEach
	void probe() {
		probe = new AlarmProbe(engine, regions, jdbc, clock);
	}

	@Test
	void aWaterLevelAboveTheYellowThresholdOpensOneSensorCaseInTheDevicesGridAndItsClearingIsRecorded()
			throws Exception {
		RegisteredDevice device = register("T-LOOP-WL-1");

		send(device, 0.31);
		long alarm = probe.awaitActive(device, WarningLevel.YELLOW);
		long caseId = awaitCase(alarm);

		mvc.perform(get("/api/cases/" + caseId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.channel.code").value("SENSOR"))
			.andExpect(jsonPath("$.externalId").value("alarm-" + alarm))
			.andExpect(jsonPath("$.category.code").value("E0505"))
			.andExpect(jsonPath("$.location.grid.code").value(device.grid().value()))
			.andExpect(jsonPath("$.responsibleDepartment.code").value("440304-SHUIWU"))
			.andExpect(jsonPath("$.description").value(containsString("积水深度 0.31 m ≥ 黄色阈值 0.27 m")))
			.andExpect(jsonPath("$.reporter").doesNotExist());

		send(device, 0.45);
		probe.awaitActive(device, WarningLevel.ORANGE);
		assertThat(casesOf(alarm)).as("an escalated alarm opens no second case").isEqualTo(1);

		send(device, 0.05);
		probe.awaitNoneActive(device);
		await().atMost(Duration.ofSeconds(10)).pollInSameThread()
			.untilAsserted(() -> mvc.perform(get("/api/cases/" + caseId + "/timeline"))
			.andExpect(jsonPath("$[*].action.code").value(hasItem("SENSOR_CLEARED")))
			.andExpect(jsonPath("$[?(@.action.code == 'SENSOR_CLEARED')].comment")
				.value(hasItem(containsString("解除阈值 0.1 m")))));
	}

	@Test
	void anAlarmBelowTheCaseLevelOpensNoCase() throws Exception {
		RegisteredDevice device = register("T-LOOP-WL-2");
		send(device, 0.2);
		long alarm = probe.awaitActive(device, WarningLevel.BLUE);
		mvc.perform(get("/api/sensing/alarms/" + alarm)).andExpect(jsonPath("$.alarm.caseRequested").value(false));
		assertThat(casesOf(alarm)).isZero();
	}

	/** Sends a message as the device would, through the entrance every transport uses, and waits until stored. */
	private void send(RegisteredDevice device, double waterLevel) {
		CompletableFuture<String> outcome = new CompletableFuture<>();
		byte[] payload = ("{\"ts\": " + clock.millis() + ", \"values\": {\"waterLevel\": " + waterLevel
				+ ", \"battery\": 90}}").getBytes(StandardCharsets.UTF_8);
		ingestion.accept(device, payload, new IngestCallback() {

			@Override
			public void stored() {
				outcome.complete("stored");
			}

			@Override
			public void rejected(Rejection reason, String detail) {
				outcome.complete(reason + ": " + detail);
			}
		});
		assertThat(outcome).succeedsWithin(Duration.ofSeconds(10)).isEqualTo("stored");
	}

	private RegisteredDevice register(String code) throws Exception {
		RegisteredDevice made = probe.waterLevel(AlarmProbe.FUTIAN);
		mvc.perform(post("/api/admin/sensing/devices").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("code", code, "name", "端到端积水点", "type", "water-level",
					"longitude", made.longitude(), "latitude", made.latitude(), "owner", "440304-SHUIWU"))))
			.andExpect(status().isCreated());
		return directory.find(code).orElseThrow();
	}

	private long awaitCase(long alarm) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				SELECT id FROM casework_case WHERE external_id = ? AND channel = 'SENSOR'""")
			.param("alarm-" + alarm)
			.query(Long.class)
			.optional()
			.orElse(null), found -> found != null);
	}

	private long casesOf(long alarm) {
		return jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE external_id = ?")
			.param("alarm-" + alarm)
			.query(Long.class)
			.single();
	}
}
