package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.casework.CaseApi.body;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.casework.event.CaseClosed;
import org.tongguan.casework.event.CaseEscalated;
import org.tongguan.casework.event.CaseExtended;
import org.tongguan.casework.event.CaseOverdue;
import org.tongguan.casework.event.CaseResumed;
import org.tongguan.casework.event.CaseSupervised;
import org.tongguan.casework.event.CaseSuspended;
import org.tongguan.casework.event.CaseWarned;
import org.tongguan.catalog.Stage;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.support.TestClock;

/**
 * Working-time deadlines with a clock the test moves: extensions, suspension and resumption, warnings at 80 %,
 * overdue alarms, supervision and escalation, all fired by the process's timer job exactly once. Cases here are
 * 露天焚烧 (E0105, urgent: 2 working hours overall and for handling) reported on Monday 09:00 and dispatched to
 * 福田区城管局, whose demo handler is "handler".
 */
@CaseworkTest
class CaseDeadlineTests {

	private static final Instant MONDAY_11 = Instant.parse("2026-11-23T03:00:00Z");

	@Autowired
	CaseApi api;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void mondayMorning() {
		clock.set(TestClock.MONDAY_MORNING);
	}

	@Test
	void aHotlineMattersReplyLimitCapsTheOverallDeadline() throws Exception {
		Map<String, Object> enquiry = new HashMap<>(api.report("E0207", "咨询：小区门口的广告是否违法"));
		enquiry.put("matterType", "CONSULTATION");
		long asked = api.reported(api.as("operator"), enquiry);
		// an enquiry is answered within 3 working days (7 working hours each) from Monday 09:00: Wednesday 18:00
		Instant wednesday18 = Instant.parse("2026-11-25T10:00:00Z");
		assertThat(Instant.parse(api.read(asked, "$.deadline.dueAt"))).isEqualTo(wednesday18);
		api.done(api.as("operator"), asked, "accept", body());
		api.done(api.as("operator"), asked, "file", body());
		assertThat(Instant.parse(api.read(asked, "$.deadline.dueAt"))).as("after filing").isEqualTo(wednesday18);

		long reported = api.reported(api.as("operator"), api.report("E0207", "小区门口的违法广告"));
		// the category's own 15 working days: Friday 11 December 18:00
		assertThat(Instant.parse(api.read(reported, "$.deadline.dueAt")))
			.isEqualTo(Instant.parse("2026-12-11T10:00:00Z"));
	}

	@Test
	void approvedExtensionMovesTheDeadlinesAndARejectedOneDoesNot() throws Exception {
		long id = dispatched();
		assertThat(Instant.parse(api.read(id, "$.deadline.dueAt"))).isEqualTo(MONDAY_11);
		api.act(api.as("handler"), id, "extension-requests", body("extension", "soon", "reason", "等待设备"))
			.andExpect(status().isBadRequest());
		String requested = api.done(api.as("handler"), id, "extension-requests",
				body("extension", "1d", "reason", "需协调物业清理"));
		int request = JsonPath.read(requested, "$.requestId");
		assertThat(api.<List<String>>read(id, "$.openTasks[*].key")).containsExactly("approveExtension");
		api.act(api.as("handler"), id, "handled", body("result", "x")).andExpect(status().isConflict());
		api.act(api.as("dispatcher"), id, "extension-requests/" + (request + 1000) + "/approval",
				body("approved", true)).andExpect(status().isNotFound());
		api.done(api.as("dispatcher"), id, "extension-requests/" + request + "/approval",
				body("approved", true, "comment", "同意延期一天"));
		// 2 + 7 working hours from Monday 09:00: Monday 09:00–12:00 and 14:00–18:00, then Tuesday 09:00–11:00
		Instant tuesday11 = Instant.parse("2026-11-24T03:00:00Z");
		assertThat(Instant.parse(api.read(id, "$.deadline.dueAt"))).isEqualTo(tuesday11);
		assertThat(Instant.parse(api.read(id, "$.stageDeadline.dueAt"))).isEqualTo(tuesday11);
		assertThat(api.<Integer>read(id, "$.counts.extensions")).isEqualTo(1);
		assertThat(events.stream(CaseExtended.class)).contains(new CaseExtended(new CaseId(id), tuesday11,
				Instant.parse("2026-11-23T03:00:00Z")));

		String again = api.done(api.as("handler"), id, "extension-requests", body("extension", "4h", "reason", "再延"));
		api.done(api.as("dispatcher"), id, "extension-requests/" + JsonPath.read(again, "$.requestId") + "/approval",
				body("approved", false, "comment", "不予延期"));
		assertThat(Instant.parse(api.read(id, "$.deadline.dueAt"))).isEqualTo(tuesday11);
		assertThat(api.<List<String>>read(id, "$.openTasks[*].key")).containsExactly("handle");
		assertThat((List<String>) JsonPath.read(api.timeline(id), "$[*].action.code")).containsSubsequence(
				"REQUEST_EXTENSION", "APPROVE_EXTENSION", "REQUEST_EXTENSION", "REJECT_EXTENSION");
	}

	@Test
	void suspensionStopsTheClockUntilTheCaseResumes() throws Exception {
		long id = dispatched();
		clock.advance(Duration.ofMinutes(30));
		String requested = api.done(api.as("handler"), id, "suspension-requests", body("reason", "等待法院裁定"));
		api.done(api.as("dispatcher"), id, "suspension-requests/" + JsonPath.read(requested, "$.requestId")
				+ "/approval", body("approved", true));
		assertThat(api.stage(id)).isEqualTo("SUSPENDED");
		assertThat(events.stream(CaseSuspended.class)).contains(new CaseSuspended(new CaseId(id)));
		int usedWhenSuspended = api.read(id, "$.deadline.usedPercent");
		assertThat(usedWhenSuspended).isEqualTo(25);

		clock.set(Instant.parse("2026-11-24T01:00:00Z")); // Tuesday 09:00, long past the old deadline
		assertThat(api.fireDueTimers(id)).isZero();
		assertThat(api.<Integer>read(id, "$.deadline.usedPercent")).isEqualTo(usedWhenSuspended);
		assertThat(api.<String>read(id, "$.deadline.light")).isEqualTo("GREEN");

		api.done(api.as("handler"), id, "resume", body("comment", "裁定已下达"));
		assertThat(api.stage(id)).isEqualTo("HANDLING");
		// Suspended Monday 09:30–18:00 = 6.5 working hours; 2 + 6.5 working hours from Monday 09:00 end Tuesday 10:30
		Instant tuesday1030 = Instant.parse("2026-11-24T02:30:00Z");
		assertThat(Instant.parse(api.read(id, "$.deadline.dueAt"))).isEqualTo(tuesday1030);
		assertThat(events.stream(CaseResumed.class)).contains(new CaseResumed(new CaseId(id), tuesday1030,
				Instant.parse("2026-11-23T03:00:00Z")));
	}

	@Test
	void overdueCaseIsWarnedSupervisedAndEscalatedOnce() throws Exception {
		long id = dispatched();
		api.act(api.as("shiftlead"), id, "supervise", body()).andExpect(status().isBadRequest());
		api.act(api.as("handler"), id, "supervise", body("notice", "抓紧")).andExpect(status().isForbidden());

		clock.set(Instant.parse("2026-11-23T02:40:00Z")); // 10:40, past 80 % of two hours
		assertThat(api.fireDueTimers(id)).isEqualTo(1);
		assertThat(api.<String>read(id, "$.deadline.light")).isEqualTo("YELLOW");
		assertThat(events.stream(CaseWarned.class)).contains(new CaseWarned(new CaseId(id), null, MONDAY_11),
				new CaseWarned(new CaseId(id), Stage.HANDLE, MONDAY_11));

		clock.set(Instant.parse("2026-11-23T03:01:00Z"));
		api.fireDueTimers(id);
		assertThat(api.<String>read(id, "$.deadline.light")).isEqualTo("RED");
		assertThat(events.stream(CaseOverdue.class)).contains(new CaseOverdue(new CaseId(id), null, MONDAY_11));
		assertThat(list("light", "RED")).contains((int) id);

		api.done(api.as("shiftlead"), id, "supervise", body("notice", "请于今日内办结"));
		assertThat(events.stream(CaseSupervised.class))
			.contains(new CaseSupervised(new CaseId(id), new DepartmentCode("440304-CHENGGUAN")));
		assertThat(api.<String>read(id, "$.supervisions[0].department.code")).isEqualTo("440304-CHENGGUAN");

		// Four working hours past 11:00 is 17:00 (lunch 12:00–14:00 does not count)
		clock.set(Instant.parse("2026-11-23T08:59:00Z"));
		api.fireDueTimers(id);
		assertThat(events.stream(CaseEscalated.class)).isEmpty();
		clock.set(Instant.parse("2026-11-23T09:00:00Z"));
		api.fireDueTimers(id);
		assertThat(events.stream(CaseEscalated.class)).containsExactly(
				new CaseEscalated(new CaseId(id), RegionLevel.CITY, new DepartmentCode("440300-SHENGTAI")));
		assertThat(api.<String>read(id, "$.escalationLevel")).isEqualTo("CITY");

		clock.set(Instant.parse("2026-11-25T09:00:00Z"));
		api.fireDueTimers(id);
		assertThat(events.stream(CaseEscalated.class)).hasSize(1);
		assertThat(events.stream(CaseWarned.class).filter(e -> e.id().value() == id)).hasSize(2);
		assertThat((List<String>) JsonPath.read(api.timeline(id), "$[*].action.code")).containsSubsequence("WARN",
				"WARN", "OVERDUE", "OVERDUE", "SUPERVISE", "ESCALATE");
	}

	@Test
	void closingAfterTheDeadlineIsNotOnTime() throws Exception {
		long id = dispatched();
		api.done(api.as("handler"), id, "handled", body("result", "已处理"));
		api.done(api.futianInspector(), id, "verify", body("passed", true, "attachmentIds", api.photos("AFTER")));
		clock.set(Instant.parse("2026-11-23T06:00:00Z"));
		String closed = api.done(api.as("shiftlead"), id, "close", body());
		assertThat((Boolean) JsonPath.read(closed, "$.onTime")).isFalse();
		assertThat((String) JsonPath.read(closed, "$.deadline.light")).isEqualTo("RED");
		assertThat(events.stream(CaseClosed.class)).contains(new CaseClosed(new CaseId(id), false));
	}

	private long dispatched() throws Exception {
		long id = api.reported(api.as("operator"), api.report("E0105", "绿化带焚烧落叶"));
		api.done(api.as("operator"), id, "accept", body());
		api.done(api.as("operator"), id, "file", body());
		assertThat(api.<String>read(id, "$.leadDepartment.code")).isEqualTo("440304-CHENGGUAN");
		return id;
	}

	private List<Integer> list(String parameter, String value) throws Exception {
		String page = mvc.perform(get("/api/cases").param(parameter, value).param("size", "200").with(api.as("leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(page, "$.items[*].id");
	}
}
