package org.tongguan.sensing.mqtt;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * A platform's device API as the MQTT tests use it: registers a water-level gauge in 福田 and reads what the platform
 * shows of its telemetry.
 */
record PlatformDevices(MockMvc mvc, RequestPostProcessor admin) {

	/** Registers a gauge and answers its one-time secret. */
	String register(String code) throws Exception {
		String draft = """
				{"code": "%s", "name": "MQTT 测试积水点 %s", "type": "water-level", "longitude": 114.0579,
				 "latitude": 22.5431, "owner": "440304-SHUIWU"}""".formatted(code, code);
		String answer = mvc.perform(post("/api/admin/sensing/devices").with(admin)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(draft)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(answer, "$.secret");
	}

	/** The device's latest water level, or null when it has none. */
	Double latestWaterLevel(String code) throws Exception {
		String answer = mvc.perform(get("/api/sensing/devices/" + code + "/latest").with(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Double> values = JsonPath.read(answer, "$.values[?(@.metric == 'waterLevel')].value");
		return values.isEmpty() ? null : values.get(0);
	}

	/** The stored water levels of the last day, oldest first. */
	List<Double> storedWaterLevels(String code) throws Exception {
		String answer = mvc.perform(get("/api/sensing/devices/" + code + "/history").param("metric", "waterLevel")
			.with(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(answer, "$..value");
	}

	/** Waits up to ten seconds for a condition on the platform. */
	static void await(Check check) throws Exception {
		long deadline = System.currentTimeMillis() + 10_000;
		while (!check.holds() && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
	}

	/** A condition that may ask the platform. */
	interface Check {

		boolean holds() throws Exception;
	}
}
