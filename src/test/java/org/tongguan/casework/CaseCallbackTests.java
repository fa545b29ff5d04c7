package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.casework.CaseApi.body;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.casework.event.CaseEvaluated;
import org.tongguan.support.TestClock;

/**
 * The callback (回访) when the reporter left no phone: recorded through another channel with who was reached and
 * when, or the loop ended without an evaluation and why; only real evaluations count as evaluated.
 */
@CaseworkTest
class CaseCallbackTests {

	@Autowired
	CaseApi api;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void mondayMorning() {
		clock.set(TestClock.MONDAY_MORNING);
	}

	@Test
	void aHotlineCaseWithoutAPhoneWaitsForItsCallbackInsteadOfClosingUnevaluated() throws Exception {
		long id = closedHotlineCase(null);
		assertThat(api.stage(id)).isEqualTo("CALLBACK");
		assertThat(api.<List<String>>read(id, "$.openTasks[*].key")).containsExactly("callback");
	}

	@Test
	void aCallbackWithoutAPhoneNamesItsChannelWhoWasReachedAndWhen() throws Exception {
		long id = closedHotlineCase(body("name", "李四"));
		api.act(api.as("operator"), id, "callback", body("channel", "SMS"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
		api.act(api.as("operator"), id, "callback", body("satisfaction", "SATISFIED"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("channel"));
		api.act(api.as("operator"), id, "callback", body("satisfaction", "SATISFIED", "channel", "OTHER"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		api.act(api.as("operator"), id, "callback", body("satisfaction", "SATISFIED", "channel", "FAX"))
			.andExpect(status().isBadRequest());
		api.act(api.as("operator"), id, "callback", body("satisfaction", "SATISFIED", "channel", "VISIT",
				"contactedAt", "2026-11-30T09:00:00+08:00"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contactedAt"));
		api.act(api.as("operator"), id, "callback", body("satisfaction", "SATISFIED", "channel", "VISIT",
				"contactedAt", "2026-11-01T09:00:00Z"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contactedAt"));
		api.act(api.as("operator"), id, "callback", body("satisfaction", "SATISFIED", "channel", "VISIT",
				"contact", "x".repeat(101)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contact"));
		assertThat(api.stage(id)).isEqualTo("CALLBACK");

		clock.advance(Duration.ofHours(1));
		Instant visited = clock.instant().minus(Duration.ofMinutes(20));
		String evaluated = api.done(api.as("operator"), id, "callback", body("satisfaction", "BASICALLY_SATISFIED",
				"channel", "VISIT", "contactedAt", visited.toString(), "contact", "李四的家人", "comment", "已清理"));
		assertThat((String) JsonPath.read(evaluated, "$.stage.code")).isEqualTo("CLOSED");
		assertThat((String) JsonPath.read(evaluated, "$.satisfaction")).isEqualTo("BASICALLY_SATISFIED");
		assertThat((String) JsonPath.read(evaluated, "$.callback.channel")).isEqualTo("VISIT");
		assertThat((String) JsonPath.read(evaluated, "$.callback.contact")).isEqualTo("李四的家人");
		assertThat(Instant.parse(JsonPath.read(evaluated, "$.callback.contactedAt"))).isEqualTo(visited);
		assertThat(api.<Map<String, Object>>read(id, "$.callback")).doesNotContainKey("contact"); // leader: not personal
		assertThat((List<String>) JsonPath.read(api.timeline(id), "$[*].comment")).contains("基本满意（上门回访，李四的家人）：已清理");
		assertThat(events.stream(CaseEvaluated.class))
			.contains(new CaseEvaluated(new CaseId(id), Satisfaction.BASICALLY_SATISFIED));
	}

	@Test
	void aPhoneOnRecordIsTheDefaultChannel() throws Exception {
		long id = closedHotlineCase(body("phone", "13800138000"));
		String evaluated = api.done(api.as("operator"), id, "callback", body("satisfaction", "SATISFIED"));
		assertThat((String) JsonPath.read(evaluated, "$.callback.channel")).isEqualTo("PHONE");
	}

	@Test
	void anUnreachableReporterEndsTheLoopWithAReasonAndNoEvaluation() throws Exception {
		long id = closedHotlineCase(null);
		api.act(api.as("operator"), id, "callback/no-evaluation", body()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		api.act(api.as("operator"), id, "callback/no-evaluation", body("reason", "OTHER"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		api.act(api.as("operator"), id, "callback/no-evaluation", body("reason", "MOVED_AWAY"))
			.andExpect(status().isBadRequest());
		api.act(api.as("handler"), id, "callback/no-evaluation", body("reason", "NO_CONTACT"))
			.andExpect(status().isForbidden());

		String ended = api.done(api.as("operator"), id, "callback/no-evaluation",
				body("reason", "NO_CONTACT", "comment", "未留电话，无法回访"));
		assertThat((String) JsonPath.read(ended, "$.stage.code")).isEqualTo("CLOSED");
		assertThat((String) JsonPath.read(ended, "$.callback.noEvaluationReason")).isEqualTo("NO_CONTACT");
		assertThat((Map<String, Object>) JsonPath.read(ended, "$")).doesNotContainKey("satisfaction");
		assertThat((Map<String, Object>) JsonPath.read(ended, "$.milestones")).doesNotContainKey("evaluated");
		assertThat((List<String>) JsonPath.read(api.timeline(id), "$[*].action.code")).endsWith("CLOSE",
				"END_WITHOUT_EVALUATION");
		assertThat(events.stream(CaseEvaluated.class)).noneMatch(event -> event.id().equals(new CaseId(id)));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE id = ? AND satisfaction IS NULL "
				+ "AND evaluated_at IS NULL").param(id).query(Long.class).single()).isOne();

		api.act(api.as("operator"), id, "callback/no-evaluation", body("reason", "NO_CONTACT"))
			.andExpect(status().isConflict());
		api.act(api.as("operator"), id, "callback", body("satisfaction", "SATISFIED", "channel", "SMS"))
			.andExpect(status().isConflict());
	}

	@Test
	void onlyRealEvaluationsCountInTheSatisfactionRate() throws Exception {
		long unreached = closedHotlineCase(null);
		long visited = closedHotlineCase(null);
		String before = statistics();
		api.done(api.as("operator"), unreached, "callback/no-evaluation", body("reason", "DECLINED"));
		assertThat(statistics()).isEqualTo(before);
		api.done(api.as("operator"), visited, "callback", body("satisfaction", "DISSATISFIED", "channel", "APP"));
		String after = statistics();
		assertThat((Integer) JsonPath.read(after, "$.total.evaluated"))
			.isEqualTo((Integer) JsonPath.read(before, "$.total.evaluated") + 1);
		assertThat((Integer) JsonPath.read(after, "$.total.satisfied"))
			.isEqualTo((Integer) JsonPath.read(before, "$.total.satisfied"));
	}

	@Test
	void aCaseAnInspectorFoundWithoutAReporterIsNotCalledBack() throws Exception {
		long id = api.reported(api.futianInspector(), api.report("E0105", "巡查发现焚烧"));
		api.walkToClosing(id);
		String closed = api.done(api.as("shiftlead"), id, "close", body());
		assertThat((String) JsonPath.read(closed, "$.stage.code")).isEqualTo("CLOSED");
	}

	private String statistics() throws Exception {
		return mvc.perform(get("/api/statistics/cases").param("groupBy", "channel").param("from", "2026-11-01")
			.param("to", "2026-12-31").with(api.as("leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** A hotline case walked to closure, with the reporter given (or none). */
	private long closedHotlineCase(Map<String, Object> reporter) throws Exception {
		Map<String, Object> report = api.report("E0105", "路边焚烧垃圾");
		if (reporter != null) {
			report.put("reporter", reporter);
		}
		long id = api.reported(api.as("operator"), report);
		api.walkToClosing(id);
		api.done(api.as("shiftlead"), id, "close", body());
		return id;
	}
}
