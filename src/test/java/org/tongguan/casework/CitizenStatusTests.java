package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.casework.CaseApi.body;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tongguan.support.TestClock;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.ObjectMapper;

/**
 * The citizen's status check (C8): the case number and the secret a public report answered once show the stage,
 * dates and outcome, nothing personal; a wrong secret answers as an unknown number; checks are rate limited.
 */
@CaseworkTest
class CitizenStatusTests {

	/** Keeps idempotency keys apart from earlier runs against the same database. */
	private static final String RUN = UUID.randomUUID().toString();

	@Autowired
	CaseApi api;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@BeforeEach
	void mondayMorning() {
		clock.set(TestClock.MONDAY_MORNING);
	}

	@Test
	void theReportersSecretShowsStageDatesAndOutcomeWithoutPersonalData() throws Exception {
		String receipt = report("10.8.0.1", "UUID-1");
		String number = JsonPath.read(receipt, "$.number");
		String secret = JsonPath.read(receipt, "$.statusSecret");
		assertThat(secret).matches("[2-9A-HJ-NP-Z]{12}");
		assertThat(jdbc.sql("SELECT secret_hash FROM casework_status_secret").query(String.class).list())
			.isNotEmpty()
			.doesNotContain(secret);

		String status = check("10.8.0.1", number, secret).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(status, "$.stage.code")).isEqualTo("REPORTED");
		assertThat((String) JsonPath.read(status, "$.reportedAt")).isEqualTo("2026-11-23T09:00:00+08:00");
		assertThat(status).doesNotContain("13812345678", "孙七", "longitude", "reporter", "address");
		check("10.8.0.1", number, secret.toLowerCase()).andExpect(status().isOk());

		long id = idOf(number);
		api.done(api.as("operator"), id, "void", body("reason", "信息不全"));
		api.done(api.as("shiftlead"), id, "void/approval", body("approved", true, "comment", "无法核实地点"));
		check("10.8.0.1", number, secret).andExpect(jsonPath("$.stage.code").value("VOIDED"))
			.andExpect(jsonPath("$.result").value("无法核实地点"));
	}

	@Test
	void aWrongSecretAnswersExactlyAsAnUnknownNumber() throws Exception {
		String receipt = report("10.8.0.2", "UUID-2");
		String number = JsonPath.read(receipt, "$.number");
		String wrong = check("10.8.0.2", number, "ABCDEFGHJKLM").andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String missing = check("10.8.0.2", number, null).andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String unknown = check("10.8.0.2", "20261123999999", "ABCDEFGHJKLM").andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		check("10.8.0.2", "not-a-number", "ABCDEFGHJKLM").andExpect(status().isNotFound());
		check("10.8.0.2", "20261123" + "9".repeat(19), "ABCDEFGHJKLM").andExpect(status().isNotFound());
		assertThat(withoutNumber(wrong, number)).isEqualTo(withoutNumber(missing, number))
			.isEqualTo(withoutNumber(unknown, "20261123999999"));

		String other = JsonPath.read(report("10.8.0.2", "UUID-3"), "$.statusSecret");
		check("10.8.0.2", number, other).andExpect(status().isNotFound()); // another report's secret
		String sameIdOtherDay = "20250101" + number.substring(8);
		String secret = JsonPath.read(receipt, "$.statusSecret");
		check("10.8.0.2", sameIdOtherDay, secret).andExpect(status().isNotFound());
	}

	@Test
	void aRetriedReportAnswersANewSecretThatReplacesTheFirst() throws Exception {
		String first = report("10.8.0.3", "UUID-4");
		String retried = report("10.8.0.3", "UUID-4");
		String number = JsonPath.read(first, "$.number");
		assertThat((String) JsonPath.read(retried, "$.number")).isEqualTo(number);
		check("10.8.0.3", number, JsonPath.read(first, "$.statusSecret")).andExpect(status().isNotFound());
		check("10.8.0.3", number, JsonPath.read(retried, "$.statusSecret")).andExpect(status().isOk());
	}

	@Test
	void statusChecksAreRateLimitedPerAddress() throws Exception {
		for (int i = 0; i < 20; i++) {
			check("10.8.0.4", "20261123000001", "ABCDEFGHJKLM").andExpect(status().isNotFound());
		}
		check("10.8.0.4", "20261123000001", "ABCDEFGHJKLM").andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		check("10.8.0.5", "20261123000001", "ABCDEFGHJKLM").andExpect(status().isNotFound());
	}

	private String report(String address, String key) throws Exception {
		double[] point = api.freshPoint();
		Map<String, Object> report = body("category", "E0105", "description", "小区门口焚烧垃圾", "longitude",
				point[0], "latitude", point[1], "name", "孙七", "phone", "13812345678");
		return mvc.perform(post("/api/public/cases").with(from(address))
			.header("Idempotency-Key", key + "-" + RUN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(report)))
			.andExpect(status().is2xxSuccessful())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private ResultActions check(String address, String number, String secret) throws Exception {
		var request = get("/api/public/cases/" + number + "/status").with(from(address));
		if (secret != null) {
			request.header("X-Status-Secret", secret);
		}
		return mvc.perform(request);
	}

	private long idOf(String number) throws Exception {
		String view = mvc.perform(get("/api/cases/by-number/" + number).with(api.as("admin")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(view, "$.id")).longValue();
	}

	private static String withoutNumber(String problem, String number) {
		return problem.replace(number, "N");
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
