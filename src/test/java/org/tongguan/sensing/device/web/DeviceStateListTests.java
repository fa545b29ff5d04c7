package org.tongguan.sensing.device.web;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

import com.jayway.jsonpath.JsonPath;
import tools.jackson.databind.ObjectMapper;

/** The device list by state (ONLINE, OFFLINE, ALARM), as the device map shows it, with each device's state. */
@PlatformTest
@WithDemoUser("admin")
class DeviceStateListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Test
	void listsDevicesByStateWithTheirStateAsTheMapShowsIt() throws Exception {
		register("T-STATE-SILENT");
		String reporting = register("T-STATE-ONLINE");
		String flooded = register("T-STATE-FLOOD");
		send("T-STATE-ONLINE", reporting, 0.02);
		send("T-STATE-FLOOD", flooded, 0.55);

		Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			mvc.perform(get("/api/sensing/devices").param("q", "T-STATE-").param("state", "ALARM"))
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].code").value("T-STATE-FLOOD"))
				.andExpect(jsonPath("$.items[0].state").value("ALARM"))
				.andExpect(jsonPath("$.items[0].district").value("440304"));
			mvc.perform(get("/api/sensing/devices").param("q", "T-STATE-").param("state", "ONLINE"))
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].code").value("T-STATE-ONLINE"));
		});
		mvc.perform(get("/api/sensing/devices").param("q", "T-STATE-").param("state", "OFFLINE"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].code").value("T-STATE-SILENT"))
			.andExpect(jsonPath("$.items[0].state").value("OFFLINE"));
		mvc.perform(get("/api/sensing/devices").param("q", "T-STATE-"))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items[*].code").value(org.hamcrest.Matchers.contains("T-STATE-FLOOD",
					"T-STATE-ONLINE", "T-STATE-SILENT")))
			.andExpect(jsonPath("$.items[*].state").value(org.hamcrest.Matchers.contains("ALARM", "ONLINE",
					"OFFLINE")));
		mvc.perform(get("/api/sensing/devices").param("region", "440306").param("state", "ALARM").param("q",
				"T-STATE-")).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void refusesAnUnknownStateWithAProblemNamingIt() throws Exception {
		mvc.perform(get("/api/sensing/devices").param("state", "FLOODED"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
	}

	@Test
	@WithDemoUser("futian-dispatcher")
	void aDistrictUserListsOnlyTheirDistrictsDevicesInAState() throws Exception {
		mvc.perform(get("/api/sensing/devices").param("state", "OFFLINE").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].district").value(everyItem(is("440304"))))
			.andExpect(jsonPath("$.items[*].state").value(everyItem(is("OFFLINE"))));
	}

	private String register(String code) throws Exception {
		String answer = mvc.perform(post("/api/admin/sensing/devices").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(DeviceApiTests.gauge(code))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(answer, "$.secret");
	}

	private void send(String code, String secret, double waterLevel) throws Exception {
		var started = mvc.perform(post("/api/sensing/devices/{code}/telemetry", code)
			.header("X-Device-Token", secret)
			.contentType(MediaType.APPLICATION_JSON)
			.content("[{\"values\": {\"waterLevel\": " + waterLevel + "}}]"))
			.andExpect(request().asyncStarted())
			.andReturn();
		mvc.perform(asyncDispatch(started)).andExpect(status().isOk());
	}
}
