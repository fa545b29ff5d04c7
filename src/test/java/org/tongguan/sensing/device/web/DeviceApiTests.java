package org.tongguan.sensing.device.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Registering and maintaining devices over the API: validation, one-time secrets, the directory, data scope. */
@PlatformTest
@WithDemoUser("admin")
class DeviceApiTests {

	/** 福田 civic centre. */
	static final double FUTIAN_LON = 114.0579, FUTIAN_LAT = 22.5431;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	DeviceDirectory directory;

	@Test
	void registersADeviceLocatedToItsGridAndShowsTheSecretOnce() throws Exception {
		JsonNode answer = body(mvc.perform(json(post("/api/admin/sensing/devices"), gauge("T-REG-1")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.device.grid").value(startsWith("440304")))
			.andExpect(jsonPath("$.device.district").value("440304"))
			.andExpect(jsonPath("$.device.status").value("ACTIVE"))
			.andExpect(jsonPath("$.secret").isString()));
		String secret = answer.get("secret").asString();
		assertThat(secret).hasSize(43);
		RegisteredDevice registered = directory.find("T-REG-1").orElseThrow();
		assertThat(directory.authenticate(registered, secret)).isTrue();
		assertThat(directory.authenticate(registered, "tongguan-demo")).isFalse();
		mvc.perform(get("/api/sensing/devices/T-REG-1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("测试积水点 T-REG-1"))
			.andExpect(jsonPath("$.secret").doesNotExist())
			.andExpect(jsonPath("$.secretHash").doesNotExist());
		mvc.perform(json(post("/api/admin/sensing/devices"), gauge("T-REG-1"))).andExpect(status().isConflict());
	}

	@Test
	void rotatingTheSecretRetiresTheOldOneOnceCommitted() throws Exception {
		String first = body(mvc.perform(json(post("/api/admin/sensing/devices"), gauge("T-ROT-1")))).get("secret")
			.asString();
		String second = body(mvc.perform(post("/api/admin/sensing/devices/T-ROT-1/secret").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("T-ROT-1"))).get("secret").asString();
		RegisteredDevice device = directory.find("T-ROT-1").orElseThrow();
		assertThat(second).isNotEqualTo(first);
		assertThat(directory.authenticate(device, first)).isFalse();
		assertThat(directory.authenticate(device, second)).isTrue();
	}

	@Test
	void directoryFollowsUpdatesStatusChangesAndDeletion() throws Exception {
		mvc.perform(json(post("/api/admin/sensing/devices"), gauge("T-UPD-1"))).andExpect(status().isCreated());
		DeviceId id = directory.find("T-UPD-1").orElseThrow().id();
		Map<String, Object> moved = gauge("T-UPD-1");
		moved.put("name", "宝安积水点");
		moved.put("longitude", 113.8830);
		moved.put("latitude", 22.5560);
		moved.put("owner", "440306-SHUIWU");
		mvc.perform(json(put("/api/admin/sensing/devices/T-UPD-1"), moved))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.district").value("440306"));
		RegisteredDevice updated = directory.find(id).orElseThrow();
		assertThat(updated.name()).isEqualTo("宝安积水点");
		assertThat(updated.grid().value()).startsWith("440306");
		mvc.perform(json(put("/api/admin/sensing/devices/T-UPD-1/status"), Map.of("status", "MAINTENANCE")))
			.andExpect(jsonPath("$.status").value("MAINTENANCE"));
		assertThat(directory.find("T-UPD-1").orElseThrow().status()).isEqualTo(DeviceStatus.MAINTENANCE);
		mvc.perform(json(put("/api/admin/sensing/devices/T-UPD-1"), moved))
			.andExpect(jsonPath("$.status").value("MAINTENANCE"));
		mvc.perform(delete("/api/admin/sensing/devices/T-UPD-1").with(csrf())).andExpect(status().isNoContent());
		assertThat(directory.find("T-UPD-1")).isEmpty();
		assertThat(directory.find(id)).isEmpty();
		mvc.perform(get("/api/sensing/devices/T-UPD-1")).andExpect(status().isNotFound());
	}

	@Test
	void rejectsABadCodeAPointOutsideTheCityAnUnknownTypeAndAnUnknownDepartment() throws Exception {
		Map<String, Object> bad = gauge("bad code!");
		bad.put("type", "teleporter");
		bad.put("owner", "999999-NOBODY");
		mvc.perform(json(post("/api/admin/sensing/devices"), bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("code")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("type")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("owner")));
		Map<String, Object> beijing = gauge("T-BAD-2");
		beijing.put("longitude", 116.397);
		beijing.put("latitude", 39.909);
		mvc.perform(json(post("/api/admin/sensing/devices"), beijing))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("longitude"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("outside the city")));
		assertThat(directory.find("T-BAD-2")).isEmpty();
	}

	@Test
	void acceptsOnlyHttpHttpsOrRtspStreamsAndOnlyOnCameras() throws Exception {
		Map<String, Object> camera = camera("T-CAM-1", "ftp://cams.example/1");
		mvc.perform(json(post("/api/admin/sensing/devices"), camera))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("streamUrl"));
		camera.remove("streamUrl");
		mvc.perform(json(post("/api/admin/sensing/devices"), camera))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("streamUrl"));
		Map<String, Object> gauge = gauge("T-CAM-2");
		gauge.put("streamUrl", "rtsp://cams.example/2");
		mvc.perform(json(post("/api/admin/sensing/devices"), gauge))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("only cameras have a stream URL"));
		mvc.perform(json(post("/api/admin/sensing/devices"), camera("T-CAM-3", "rtsp://cams.example/3")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.device.streamUrl").value("rtsp://cams.example/3"));
	}

	@Test
	void listsCamerasAroundAPointNearestFirst() throws Exception {
		Map<String, Object> near = camera("T-NEAR-1", "https://cams.example/near");
		near.put("longitude", 114.0531);
		near.put("latitude", 22.5402);
		mvc.perform(json(post("/api/admin/sensing/devices"), near)).andExpect(status().isCreated());
		JsonNode cameras = body(mvc.perform(get("/api/sensing/cameras").param("longitude", "114.0531")
			.param("latitude", "22.5402")
			.param("radius", "3000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("T-NEAR-1"))
			.andExpect(jsonPath("$[0].distanceMeters").value(0.0))
			.andExpect(jsonPath("$[0].streamUrl").value("https://cams.example/near")));
		assertThat(cameras.size()).isGreaterThan(1);
		for (int i = 1; i < cameras.size(); i++) {
			assertThat(cameras.get(i).get("distanceMeters").asDouble())
				.isBetween(cameras.get(i - 1).get("distanceMeters").asDouble(), 3000.0);
		}
		mvc.perform(get("/api/sensing/cameras").param("longitude", "114.0579").param("latitude", "22.5431")
			.param("radius", "100000")).andExpect(status().isBadRequest());
	}

	@Test
	@WithDemoUser("futian-dispatcher")
	void aDistrictDispatcherSeesOnlyTheDevicesOfTheDistrict() throws Exception {
		mvc.perform(get("/api/sensing/devices").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].district").value(everyItem(org.hamcrest.Matchers.is("440304"))));
		mvc.perform(get("/api/sensing/devices").param("region", "440306"))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/sensing/devices/WL-440304-0001")).andExpect(status().isOk());
		mvc.perform(get("/api/sensing/devices/WL-440306-0001")).andExpect(status().isForbidden());
		mvc.perform(json(post("/api/admin/sensing/devices"), gauge("T-SCOPE-1"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/sensing/cameras").param("longitude", "113.883").param("latitude", "22.556")
			.param("radius", "5000")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void cityWideUsersSeeTheCamerasOfEveryDistrict() throws Exception {
		mvc.perform(get("/api/sensing/cameras").param("longitude", "113.883").param("latitude", "22.556")
			.param("radius", "5000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value(startsWith("CAM-4403")));
	}

	@Test
	void filtersByTypeStatusRegionOwnerAndText() throws Exception {
		mvc.perform(get("/api/sensing/devices").param("type", "air-quality").param("region", "440306")
			.param("owner", "440306-SHENGTAI").param("status", "ACTIVE").param("q", "aq-440306"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.items[*].type").value(everyItem(org.hamcrest.Matchers.is("air-quality"))))
			.andExpect(jsonPath("$.items[*].code").value(everyItem(startsWith("AQ-440306-"))));
		mvc.perform(get("/api/sensing/devices").param("size", "1000")).andExpect(status().isBadRequest());
	}

	static Map<String, Object> gauge(String code) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("code", code);
		draft.put("name", "测试积水点 " + code);
		draft.put("type", "water-level");
		draft.put("longitude", FUTIAN_LON);
		draft.put("latitude", FUTIAN_LAT);
		draft.put("owner", "440304-SHUIWU");
		draft.put("installedOn", "2025-06-30");
		draft.put("installer", "深圳水务科技");
		draft.put("address", "福田区市民中心");
		return draft;
	}

	static Map<String, Object> camera(String code, String streamUrl) {
		Map<String, Object> draft = gauge(code);
		draft.put("type", "camera");
		draft.put("name", "测试摄像头 " + code);
		draft.put("owner", "440304-CHENGGUAN");
		if (streamUrl != null) {
			draft.put("streamUrl", streamUrl);
		}
		return draft;
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
		return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
	}

	JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}
}
