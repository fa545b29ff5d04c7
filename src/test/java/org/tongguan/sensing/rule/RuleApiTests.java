package org.tongguan.sensing.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongguan.region.Regions;
import org.tongguan.sensing.AlarmProbe;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.ObjectMapper;

/** The rules API: defaults, validation with a problem per field, administrators only, edits effective at once. */
@PlatformTest
@WithDemoUser("admin")
class RuleApiTests {

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

	private AlarmProbe probe;

	@BeforeEach
	void probe() {
		probe = new AlarmProbe(engine, regions, jdbc, clock);
	}

	@Test
	@WithDemoUser("handler")
	void everySignedInUserReadsTheDefaultRulesOfTheStandardTypes() throws Exception {
		mvc.perform(get("/api/sensing/rules"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.deviceType == 'water-level' && @.metric == 'waterLevel')].thresholds.YELLOW")
				.value(hasItem(0.27)))
			.andExpect(jsonPath("$[?(@.deviceType == 'water-level' && @.metric == 'waterLevel')].clearThreshold")
				.value(hasItem(0.1)))
			.andExpect(jsonPath("$[?(@.deviceType == 'water-level' && @.metric == 'waterLevel')].category")
				.value(hasItem("E0505")))
			.andExpect(jsonPath("$[?(@.deviceType == 'noise-meter')].sustain").value(hasItem("PT5M")))
			.andExpect(jsonPath("$[?(@.deviceType == 'bridge-strain' && @.kind == 'RATE')].absolute")
				.value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.kind == 'NO_DATA')].noDataFor").value(hasItem("PT30M")))
			.andExpect(jsonPath("$[?(@.metric == 'battery')].deviceType").value(hasItems("water-level",
					"rain-gauge", "manhole-cover", "smoke-detector", "bridge-strain")))
			.andExpect(jsonPath("$[?(@.builtIn == true)].kind").value(hasItem("OFFLINE")));
	}

	@Test
	@WithDemoUser("dispatcher")
	void onlyAdministratorsEditRules() throws Exception {
		send(post("/api/sensing/rules"), rule("noise-meter", Map.of("RED", 120.0))).andExpect(status().isForbidden());
	}

	@Test
	void rejectsAnInvalidRuleWithAProblemPerField() throws Exception {
		Map<String, Object> bad = Map.of("name", " ", "deviceType", "lava-lamp", "kind", "THRESHOLD", "comparator",
				"GE", "thresholds", Map.of("YELLOW", 0.5, "ORANGE", 0.3, "PURPLE", 1.0), "clearThreshold", 0.6,
				"sustain", "5 minutes", "urgency", "URGENT");
		send(post("/api/sensing/rules"), bad).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("name", "deviceType", "thresholds.PURPLE",
					"thresholds.ORANGE", "clearThreshold", "sustain", "caseLevel")));
		Map<String, Object> wrongMetric = Map.of("name", "深度", "deviceType", "water-level", "metric", "depth",
				"kind", "RATE", "comparator", "GE", "absolute", true, "thresholds", Map.of("RED", -1.0),
				"caseLevel", "RED", "category", "E0999");
		send(post("/api/sensing/rules"), wrongMetric).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("metric", "thresholds.RED", "category")));
		Map<String, Object> noData = Map.of("name", "静默", "deviceType", "water-level", "kind", "NO_DATA",
				"noDataFor", "PT10S", "level", "紫", "comparator", "GE");
		send(post("/api/sensing/rules"), noData).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("noDataFor", "level", "comparator")));
	}

	@Test
	void createsReadsUpdatesAndDeletesARule() throws Exception {
		String created = send(post("/api/sensing/rules"), rule("noise-meter", Map.of("ORANGE", 110.0, "RED", 120.0)))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.thresholds.RED").value(120.0))
			.andExpect(jsonPath("$.updatedBy").value("admin"))
			.andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(created, "$.id");
		send(put("/api/sensing/rules/" + id), Map.of("name", "夜间噪声", "deviceType", "noise-meter", "metric",
				"noise", "kind", "THRESHOLD", "comparator", "GT", "thresholds", Map.of("黄", 60.0), "sustain", "PT10M",
				"caseLevel", "YELLOW", "category", "E0411", "urgency", "NORMAL"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.comparator").value("GT"))
			.andExpect(jsonPath("$.thresholds.YELLOW").value(60.0))
			.andExpect(jsonPath("$.caseLevel").value("YELLOW"));
		mvc.perform(get("/api/sensing/rules/" + id)).andExpect(jsonPath("$.sustain").value("PT10M"));
		mvc.perform(delete("/api/sensing/rules/" + id).with(csrf())).andExpect(status().isNoContent());
		mvc.perform(get("/api/sensing/rules/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void theBuiltInOfflineRuleCannotBeChangedOrDeleted() throws Exception {
		String rules = mvc.perform(get("/api/sensing/rules")).andReturn().getResponse().getContentAsString();
		int offline = JsonPath.<List<Integer>>read(rules, "$[?(@.kind == 'OFFLINE')].id").get(0);
		send(put("/api/sensing/rules/" + offline), rule("noise-meter", Map.of("RED", 120.0)))
			.andExpect(status().isConflict());
		mvc.perform(delete("/api/sensing/rules/" + offline).with(csrf())).andExpect(status().isConflict());
	}

	@Test
	void ruleEditsTakeEffectOnTheNextReadingWithoutARestart() throws Exception {
		RegisteredDevice device = registered("T-RULE-EDIT-1");
		Map<String, Object> own = Map.of("name", "本点积水", "device", device.code().value(), "metric", "waterLevel",
				"kind", "THRESHOLD", "comparator", "GE", "thresholds", Map.of("RED", 1.0));
		String created = send(post("/api/sensing/rules"), own).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(created, "$.id");

		probe.read(device, "waterLevel", 0.45);
		probe.read(device, "battery", 10);
		probe.awaitActive(device, WarningLevel.BLUE);
		assertThat(probe.activeCount(device)).as("the device rule replaces the type's water-level rule").isEqualTo(1);
		probe.read(device, "waterLevel", 1.2);
		probe.awaitActive(device, WarningLevel.RED);

		Map<String, Object> higher = new HashMap<>(own);
		higher.put("thresholds", Map.of("RED", 2.0));
		send(put("/api/sensing/rules/" + id), higher).andExpect(status().isOk());
		probe.read(device, "waterLevel", 1.2);
		await().until(() -> probe.activeCount(device) == 1);

		mvc.perform(delete("/api/sensing/rules/" + id).with(csrf())).andExpect(status().isNoContent());
		probe.read(device, "waterLevel", 0.2);
		await().until(() -> probe.activeCount(device) == 2);
	}

	private RegisteredDevice registered(String code) throws Exception {
		RegisteredDevice made = probe.waterLevel(AlarmProbe.FUTIAN);
		send(post("/api/admin/sensing/devices"), Map.of("code", code, "name", "规则测试积水点", "type", "water-level",
				"longitude", made.longitude(), "latitude", made.latitude(), "owner", "440304-SHUIWU"))
			.andExpect(status().isCreated());
		return directory.find(code).orElseThrow();
	}

	private static Map<String, Object> rule(String type, Map<String, Double> thresholds) {
		return Map.of("name", "测试规则", "deviceType", type, "metric", "noise", "kind", "THRESHOLD", "comparator",
				"GE", "thresholds", thresholds);
	}

	private ResultActions send(MockHttpServletRequestBuilder request, Map<String, Object> body) throws Exception {
		return mvc.perform(request.with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}
}
