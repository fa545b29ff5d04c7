package org.tongguan.sensing.telemetry.web;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongguan.support.TestClock;
import org.tongguan.sensing.DemoGauges;
import org.tongguan.sensing.TelemetryTest;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.health.DevicePresence;
import org.tongguan.sensing.health.PresenceState;
import org.tongguan.support.CityTime;
import org.tongguan.support.WithDemoUser;

/** Telemetry over HTTP from devices, and reading latest values, history and health as a signed-in user. */
@TelemetryTest
@WithDemoUser("admin")
class TelemetryApiTests {

	private static final String FUTIAN = "440304";

	@Autowired
	MockMvc mvc;

	@Autowired
	DeviceDirectory directory;

	@Autowired
	DevicePresence presence;

	@Autowired
	TestClock clock;

	@Test
	void storesTheAcceptedElementsOfAnHttpBatchAndAnswersForEach() throws Exception {
		RegisteredDevice gauge = DemoGauges.gauge(directory, FUTIAN, 0);
		long now = clock.millis();

		send(gauge, DemoGauges.SECRET, "[{\"ts\": " + (now - 60_000) + ", \"values\": {\"waterLevel\": 0.05, "
				+ "\"battery\": 81}}, {\"values\": {\"rainfall\": 2}}, {\"ts\": " + now + ", \"values\": "
				+ "{\"waterLevel\": 0.07, \"signal\": -85}}]")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(2))
			.andExpect(jsonPath("$.rejected").value(1))
			.andExpect(jsonPath("$.results[0].accepted").value(true))
			.andExpect(jsonPath("$.results[1].accepted").value(false))
			.andExpect(jsonPath("$.results[1].reason").value("UNKNOWN_METRIC"))
			.andExpect(jsonPath("$.results[1].detail").value(containsString("rainfall")));

		mvc.perform(get("/api/sensing/devices/{code}/latest", gauge.code().value()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values[?(@.metric == 'waterLevel')].value").value(0.07))
			.andExpect(jsonPath("$.values[?(@.metric == 'waterLevel')].label").value("积水深度"))
			.andExpect(jsonPath("$.values[?(@.metric == 'battery')].value").value(81.0));
		mvc.perform(get("/api/sensing/devices/{code}/history", gauge.code().value()).param("metric", "waterLevel"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit").value("m"))
			.andExpect(jsonPath("$.readings[*].value").value(contains(0.05, 0.07)))
			.andExpect(jsonPath("$.truncated").value(false));
		await().until(() -> presence.of(gauge.id()).state() == PresenceState.ONLINE);
		mvc.perform(get("/api/sensing/devices/{code}/health", gauge.code().value()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.presence").value("ONLINE"))
			.andExpect(jsonPath("$.monitored").value(true))
			.andExpect(jsonPath("$.inactivityTimeout").value("PT10M"))
			.andExpect(jsonPath("$.battery.value").value(81.0))
			.andExpect(jsonPath("$.signal.value").value(-85.0))
			.andExpect(jsonPath("$.rejected.UNKNOWN_METRIC").value(1));
	}

	@Test
	void refusesUnknownDevicesAndWrongTokensAndCountsTheFailedLogins() throws Exception {
		RegisteredDevice gauge = DemoGauges.gauge(directory, FUTIAN, 1);
		String reading = "[{\"values\": {\"waterLevel\": 0.05}}]";

		send("WL-NO-SUCH", DemoGauges.SECRET, reading).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Unauthorized"));
		send(gauge.code().value(), "guess", reading).andExpect(status().isUnauthorized());
		send(gauge.code().value(), null, reading).andExpect(status().isUnauthorized());

		mvc.perform(get("/api/sensing/devices/{code}/health", gauge.code().value()))
			.andExpect(jsonPath("$.rejected.BAD_CREDENTIALS").value(2))
			.andExpect(jsonPath("$.presence").value("NEVER_SEEN"));
		mvc.perform(get("/api/sensing/devices/{code}/history", gauge.code().value()).param("metric", "waterLevel"))
			.andExpect(jsonPath("$.readings").value(hasSize(0)));
	}

	@Test
	void answersABodyThatIsNoJsonArrayWithAProblemAndCountsIt() throws Exception {
		RegisteredDevice gauge = DemoGauges.gauge(directory, FUTIAN, 2);

		send(gauge, DemoGauges.SECRET, "[{\"values\": {\"waterLevel\": 0.05}}, {oops").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		send(gauge, DemoGauges.SECRET, "[" + "{\"values\": {\"waterLevel\": 0.05}},".repeat(600) + "{}]")
			.andExpect(status().isPayloadTooLarge());

		mvc.perform(get("/api/sensing/devices/{code}/health", gauge.code().value()))
			.andExpect(jsonPath("$.rejected.MALFORMED_JSON").value(1))
			.andExpect(jsonPath("$.rejected.OVERSIZE").value(1));
	}

	@Test
	void refusesADeviceInMaintenanceAndAFloodingDeviceWithProblems() throws Exception {
		RegisteredDevice resting = DemoGauges.gauge(directory, FUTIAN, 5);
		mvc.perform(put("/api/admin/sensing/devices/{code}/status", resting.code().value()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"MAINTENANCE\"}")).andExpect(status().isOk());
		send(resting, DemoGauges.SECRET, "[{\"values\": {\"waterLevel\": 0.05}}]").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Device not active"));

		RegisteredDevice flooding = DemoGauges.gauge(directory, FUTIAN, 6);
		for (int i = 0; i < 100; i++) { // the burst of 50 and 5 s of tolerance at 10 per second
			send(flooding, DemoGauges.SECRET, "[]").andExpect(status().isBadRequest());
		}
		send(flooding, DemoGauges.SECRET, "[{\"values\": {\"waterLevel\": 0.05}}]")
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		mvc.perform(get("/api/sensing/devices/{code}/health", flooding.code().value()))
			.andExpect(jsonPath("$.rejected.RATE_LIMITED").value(1))
			.andExpect(jsonPath("$.rejected.MALFORMED_JSON").value(100));
	}

	@Test
	void downsamplesTheHistoryIntoBucketsWithMinMaxAvgAndCount() throws Exception {
		RegisteredDevice gauge = DemoGauges.gauge(directory, FUTIAN, 3);
		Instant base = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS);
		StringBuilder batch = new StringBuilder("[");
		for (int minute = 0; minute < 10; minute++) {
			batch.append(minute == 0 ? "" : ", ").append("{\"ts\": \"").append(base.plus(minute, ChronoUnit.MINUTES))
				.append("\", \"values\": {\"waterLevel\": ").append(minute / 100.0).append("}}");
		}
		send(gauge, DemoGauges.SECRET, batch.append(']').toString()).andExpect(jsonPath("$.accepted").value(10));
		String code = gauge.code().value();

		mvc.perform(get("/api/sensing/devices/{code}/history", code).param("metric", "waterLevel")
			.param("from", base.toString()).param("to", base.plus(1, ChronoUnit.HOURS).toString())
			.param("bucket", "PT5M"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bucket").value("PT5M"))
			.andExpect(jsonPath("$.buckets", hasSize(2)))
			.andExpect(jsonPath("$.buckets[0].start").value(CityTime.of(base)))
			.andExpect(jsonPath("$.buckets[0].min").value(0.0))
			.andExpect(jsonPath("$.buckets[0].max").value(0.04))
			.andExpect(jsonPath("$.buckets[0].avg").value(closeTo(0.02, 1e-9)))
			.andExpect(jsonPath("$.buckets[0].count").value(5))
			.andExpect(jsonPath("$.buckets[1].start").value(CityTime.of(base.plus(5, ChronoUnit.MINUTES))))
			.andExpect(jsonPath("$.buckets[1].min").value(0.05))
			.andExpect(jsonPath("$.buckets[1].max").value(0.09))
			.andExpect(jsonPath("$.buckets[1].count").value(5));
		mvc.perform(get("/api/sensing/devices/{code}/history", code).param("metric", "waterLevel")
			.param("from", base.toString()).param("limit", "3"))
			.andExpect(jsonPath("$.readings[*].value").value(contains(0.0, 0.01, 0.02)))
			.andExpect(jsonPath("$.truncated").value(true));
		mvc.perform(get("/api/sensing/devices/{code}/history", code).param("metric", "waterLevel")
			.param("from", base.minus(7, ChronoUnit.DAYS).toString()).param("bucket", "PT1S"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("bucket"));
		mvc.perform(get("/api/sensing/devices/{code}/history", code).param("metric", "rainfall"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("metric"));
	}

	@Test
	@WithDemoUser("futian-dispatcher")
	void showsTelemetryAndHealthOnlyWithinTheCallersScope() throws Exception {
		mvc.perform(get("/api/sensing/devices/{code}/latest", DemoGauges.gauge(directory, FUTIAN, 4).code().value()))
			.andExpect(status().isOk());
		String baoan = DemoGauges.gauge(directory, "440306", 0).code().value();
		mvc.perform(get("/api/sensing/devices/{code}/latest", baoan)).andExpect(status().isForbidden());
		mvc.perform(get("/api/sensing/devices/{code}/history", baoan).param("metric", "waterLevel"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/sensing/devices/{code}/health", baoan)).andExpect(status().isForbidden());
		mvc.perform(get("/api/sensing/devices/{code}/latest", "WL-NO-SUCH")).andExpect(status().isNotFound());
		mvc.perform(get("/api/sensing/health").param("type", "water-level").param("offline", "false"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.devices[*].device").value(everyItem(containsString("-" + FUTIAN + "-"))))
			.andExpect(jsonPath("$.devices[*].type").value(everyItem(is("water-level"))));
	}

	@Test
	@WithAnonymousUser
	void refusesReadsWithoutASignedInUserButTakesTelemetryFromDevices() throws Exception {
		RegisteredDevice gauge = DemoGauges.gauge(directory, FUTIAN, 4);
		mvc.perform(get("/api/sensing/devices/{code}/latest", gauge.code().value()))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/sensing/health")).andExpect(status().isUnauthorized());

		send(gauge, DemoGauges.SECRET, "[{\"values\": {\"waterLevel\": 0.04}}]").andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(1));
	}

	private ResultActions send(RegisteredDevice device, String token, String body) throws Exception {
		return send(device.code().value(), token, body);
	}

	private ResultActions send(String code, String token, String body) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/sensing/devices/{code}/telemetry", code)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (token != null) {
			request.header("X-Device-Token", token);
		}
		return mvc.perform(asyncDispatch(mvc.perform(request).andExpect(request().asyncStarted()).andReturn()));
	}
}
