package org.tongguan.sensing.device.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

import tools.jackson.databind.ObjectMapper;

/** Device types over the API: the standard types, administrators' edits and their validation. */
@PlatformTest
@WithDemoUser("admin")
class DeviceTypeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	DeviceDirectory directory;

	@Test
	@WithDemoUser("operator")
	void everySignedInUserReadsTheStandardTypesWithUnitsAndRanges() throws Exception {
		mvc.perform(get("/api/sensing/device-types"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(hasItem("water-level")))
			.andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(8)));
		mvc.perform(get("/api/sensing/device-types/water-level"))
			.andExpect(jsonPath("$.name").value("积水监测仪"))
			.andExpect(jsonPath("$.inactivityTimeoutSeconds").value(600))
			.andExpect(jsonPath("$.metrics[0].name").value("waterLevel"))
			.andExpect(jsonPath("$.metrics[0].unit").value("m"))
			.andExpect(jsonPath("$.metrics[0].max").value(10.0))
			.andExpect(jsonPath("$.metrics[2].min").value(-140.0));
		mvc.perform(get("/api/sensing/device-types/camera"))
			.andExpect(jsonPath("$.camera").value(true))
			.andExpect(jsonPath("$.inactivityTimeoutSeconds").value(0));
		mvc.perform(json(post("/api/sensing/device-types"), type("x-meter", "tilt"))).andExpect(status().isForbidden());
	}

	@Test
	void administratorsCreateChangeAndDeleteATypeNoDeviceHas() throws Exception {
		mvc.perform(json(post("/api/sensing/device-types"), type("soil-moisture", "moisture")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.metrics[0].name").value("moisture"))
			.andExpect(jsonPath("$.metrics[0].min").doesNotExist());
		mvc.perform(json(post("/api/sensing/device-types"), type("soil-moisture", "moisture")))
			.andExpect(status().isConflict());
		mvc.perform(json(put("/api/sensing/device-types/soil-moisture"), type("soil-moisture", "moisture", "salinity")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.metrics.length()").value(2));
		mvc.perform(get("/api/sensing/device-types/soil-moisture")).andExpect(jsonPath("$.metrics[1].name")
			.value("salinity"));
		mvc.perform(delete("/api/sensing/device-types/soil-moisture").with(csrf())).andExpect(status().isNoContent());
		mvc.perform(get("/api/sensing/device-types/soil-moisture")).andExpect(status().isNotFound());
	}

	@Test
	void aTypeInUseCannotBeDeleted() throws Exception {
		mvc.perform(delete("/api/sensing/device-types/water-level").with(csrf())).andExpect(status().isConflict());
		assertThat(directory.find("WL-440304-0001")).isPresent();
	}

	@Test
	void changingATypeReachesTheDevicesInTheDirectory() throws Exception {
		Map<String, Object> noise = Map.of("name", "噪声监测仪", "inactivityTimeoutSeconds", 1200, "metrics",
				List.of(Map.of("name", "noise", "label", "噪声", "unit", "dB(A)", "min", 20, "max", 140),
						Map.of("name", "battery", "label", "电量", "unit", "%", "min", 0, "max", 100)));
		mvc.perform(json(put("/api/sensing/device-types/noise-meter"), noise)).andExpect(status().isOk());
		var device = directory.find("NM-440304-0001").orElseThrow();
		assertThat(device.type().metric("battery")).isNotNull();
		assertThat(device.type().inactivityTimeout().toSeconds()).isEqualTo(1200);
	}

	@Test
	void reportsEveryInvalidFieldOfAType() throws Exception {
		Map<String, Object> bad = Map.of("code", "Bad Code", "name", "", "inactivityTimeoutSeconds", -1, "metrics",
				List.of(Map.of("name", "1x", "label", "a", "unit", "m", "min", 5, "max", 1),
						Map.of("name", "ok", "label", "", "unit", "m")));
		mvc.perform(json(post("/api/sensing/device-types"), bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("code")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("inactivityTimeoutSeconds")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("metrics[0].name")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("metrics[0].max")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("metrics[1].label")));
	}

	static Map<String, Object> type(String code, String... metrics) {
		return Map.of("code", code, "name", "测试类型 " + code, "inactivityTimeoutSeconds", 600, "metrics",
				List.of(metrics).stream().map(name -> Map.of("name", name, "label", name, "unit", "%")).toList());
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
		return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
	}
}
