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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.casework.event.CaseClosed;
import org.tongguan.casework.event.CaseReopened;
import org.tongguan.casework.event.CaseReturned;
import org.tongguan.casework.event.CaseReworked;
import org.tongguan.casework.event.CaseVoided;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.support.TestClock;

/**
 * The closed loop end to end through the REST API: the demo inspector's report walked to closure, and the paths that
 * leave the straight line — void, return and re-dispatch, co-handling, rework, reopening, self-handling.
 */
@CaseworkTest
class CaseLoopTests {

	@Autowired
	CaseApi api;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void mondayMorning() {
		clock.set(TestClock.MONDAY_MORNING);
	}

	@Test
	void inspectorReportWalksTheLoopToClosureWithEveryStepOnTheTimeline() throws Exception {
		String categories = mvc.perform(get("/api/catalog/categories").param("q", "暴露垃圾").with(api.as("inspector")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String exposedGarbage = JsonPath.read(categories, "$[0].code");

		String reported = api.report(api.as("inspector"), body("category", exposedGarbage, "description",
				"人行道旁有一堆暴露垃圾", "longitude", 114.0579, "latitude", 22.5431, "attachmentIds",
				api.photos("BEFORE")), "inspector-walk-1")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long id = ((Number) JsonPath.read(reported, "$.id")).longValue();
		String street = JsonPath.read(reported, "$.location.street.code");
		assertThat((String) JsonPath.read(reported, "$.location.grid.code")).startsWith(street).hasSize(15);
		assertThat((String) JsonPath.read(reported, "$.location.street.name")).isNotBlank();
		assertThat((String) JsonPath.read(reported, "$.responsibleDepartment.code")).isEqualTo(street + "-JIEDAO");
		assertThat((String) JsonPath.read(reported, "$.deadline.dueAt"))
			.isEqualTo("2026-11-23T18:00:00+08:00"); // one working day (7 h): Monday 18:00 in Shenzhen
		assertThat((String) JsonPath.read(reported, "$.stage.code")).isEqualTo("REPORTED");

		api.done(api.as("operator"), id, "accept", body("comment", "信息完整"));
		clock.advance(Duration.ofMinutes(10));
		String filed = api.done(api.as("operator"), id, "file", body());
		assertThat((String) JsonPath.read(filed, "$.stage.code")).isEqualTo("HANDLING");
		assertThat((String) JsonPath.read(filed, "$.leadDepartment.code")).isEqualTo(street + "-JIEDAO");
		assertThat((String) JsonPath.read(filed, "$.dispatch.rule")).isEqualTo("CATALOGUE");
		assertThat((String) JsonPath.read(filed, "$.dispatch.explanation")).contains(exposedGarbage, "事项清单版本 #");

		String streetHandler = street + "-JIEDAO";
		clock.advance(Duration.ofHours(2));
		api.done(api.handler(streetHandler), id, "handled", body("result", "已清运并消杀", "attachmentIds", api.photos("AFTER")));
		assertThat(api.stage(id)).isEqualTo("VERIFYING");
		api.done(api.as("inspector"), id, "verify",
				body("passed", true, "comment", "现场已清理干净", "attachmentIds", api.photos("AFTER")));
		String closed = api.done(api.as("shiftlead"), id, "close", body("comment", "按期办结"));
		assertThat((String) JsonPath.read(closed, "$.stage.code")).isEqualTo("CLOSED");
		assertThat((Boolean) JsonPath.read(closed, "$.onTime")).isTrue();
		assertThat((List<?>) JsonPath.read(closed, "$.openTasks")).isEmpty();

		String timeline = api.timeline(id);
		assertThat((List<String>) JsonPath.read(timeline, "$[*].action.code")).containsExactly("REPORT", "ACCEPT",
				"FILE", "DISPATCH", "HANDLE", "VERIFY", "CLOSE");
		assertThat((List<String>) JsonPath.read(timeline, "$[*].actor")).containsExactly("inspector", "operator",
				"operator", "system", CaseApi.handlerName(streetHandler), "inspector", "shiftlead");
		assertThat((List<String>) JsonPath.read(timeline, "$[*].to.code")).containsExactly("REPORTED", "ACCEPTED",
				"FILED", "HANDLING", "VERIFYING", "CLOSING", "CLOSED");
		assertThat((List<String>) JsonPath.read(timeline, "$[*].at")).allSatisfy(at -> assertThat(Instant.parse(at))
			.isAfterOrEqualTo(TestClock.MONDAY_MORNING));
		assertThat(events.stream(CaseClosed.class)).contains(new CaseClosed(new CaseId(id), true));
	}

	@Test
	void voidingNeedsTheShiftLeadsApproval() throws Exception {
		long id = api.reportedByCitizen("E0105", "重复来电，无实际事项");
		api.act(api.as("operator"), id, "void", body()).andExpect(status().isBadRequest());
		api.done(api.as("operator"), id, "void", body("reason", "重复来电"));
		api.act(api.as("operator"), id, "void/approval", body("approved", true)).andExpect(status().isForbidden());
		api.done(api.as("shiftlead"), id, "void/approval", body("approved", false, "comment", "请先核实"));
		assertThat(api.<List<String>>read(id, "$.openTasks[*].key")).containsExactly("accept");
		api.done(api.as("operator"), id, "void", body("reason", "核实为重复来电"));
		String voided = api.done(api.as("shiftlead"), id, "void/approval", body("approved", true, "comment",
				"经核实为重复来电"));
		assertThat((String) JsonPath.read(voided, "$.stage.code")).isEqualTo("VOIDED");
		assertThat((String) JsonPath.read(voided, "$.note")).isEqualTo("经核实为重复来电");
		mvc.perform(get("/open311/v2/requests/" + JsonPath.read(voided, "$.number") + ".json"))
			.andExpect(jsonPath("$[0].status_notes").value("已作废：经核实为重复来电"));
		long silent = api.reported(api.as("operator"), api.report("E0105", "重复来电，无需备注"));
		api.done(api.as("operator"), silent, "void", body("reason", "重复来电"));
		assertThat(api.done(api.as("shiftlead"), silent, "void/approval", body("approved", true)))
			.doesNotContain("\"note\"");
		assertThat(events.stream(CaseVoided.class)).contains(new CaseVoided(new CaseId(id)));
		assertThat((List<String>) JsonPath.read(api.timeline(id), "$[*].action.code")).containsExactly("REPORT",
				"REQUEST_VOID", "REJECT_VOID", "REQUEST_VOID", "APPROVE_VOID");
	}

	@Test
	void returnedCaseCountsAsWrongDispatchAndIsDispatchedAgain() throws Exception {
		long id = filed("E0105", "露天焚烧树叶");
		assertThat(api.<String>read(id, "$.leadDepartment.code")).isEqualTo("440304-CHENGGUAN");
		api.act(api.as("handler"), id, "return", body()).andExpect(status().isBadRequest());
		api.done(api.as("handler"), id, "return", body("reason", "属环卫部门职责"));
		assertThat(api.stage(id)).isEqualTo("FILED");
		assertThat(api.<Integer>read(id, "$.counts.returns")).isEqualTo(1);
		assertThat(events.stream(CaseReturned.class))
			.contains(new CaseReturned(new CaseId(id), new DepartmentCode("440304-CHENGGUAN")));

		api.act(api.as("dispatcher"), id, "dispatch", body("department", "440305-HUANWEI"))
			.andExpect(status().isBadRequest()); // Nanshan's bureau does not serve Futian
		api.done(api.as("dispatcher"), id, "dispatch", body("department", "440304-HUANWEI", "comment", "改派环卫"));
		assertThat(api.<String>read(id, "$.leadDepartment.code")).isEqualTo("440304-HUANWEI");
		assertThat(api.<String>read(id, "$.dispatch.rule")).isEqualTo("MANUAL");
		assertThat(api.<Integer>read(id, "$.counts.dispatches")).isEqualTo(2);
		api.act(api.as("handler"), id, "handled", body("result", "已处理")).andExpect(status().isForbidden());
		api.done(api.handler("440304-HUANWEI"), id, "handled", body("result", "已扑灭并清理"));
		assertThat(api.stage(id)).isEqualTo("VERIFYING");
	}

	@Test
	void coHandledCaseWaitsForTheLeadAndEveryAssistingDepartment() throws Exception {
		long id = api.reported(api.as("operator"), api.report("E0105", "工地焚烧建筑垃圾，烟雾较大"));
		api.done(api.as("operator"), id, "accept", body());
		String queued = api.done(api.as("operator"), id, "file", body("dispatchManually", true));
		assertThat((String) JsonPath.read(queued, "$.stage.code")).isEqualTo("FILED");
		api.done(api.as("dispatcher"), id, "dispatch", body("department", "440304-CHENGGUAN", "assisting",
				List.of("440304-HUANWEI", "440304-ZHUJIAN")));
		assertThat(api.<List<String>>read(id, "$.openTasks[*].key")).containsExactlyInAnyOrder("handle", "assist",
				"assist");
		api.done(api.as("handler"), id, "handled", body("result", "已责令停止焚烧"));
		assertThat(api.stage(id)).isEqualTo("HANDLING");
		api.done(api.handler("440304-HUANWEI"), id, "assist", body("result", "已清运残余物"));
		api.act(api.handler("440304-HUANWEI"), id, "assist", body("result", "again"))
			.andExpect(status().isForbidden());
		assertThat(api.stage(id)).isEqualTo("HANDLING");
		api.done(api.handler("440304-ZHUJIAN"), id, "assist", body("result", "已约谈施工单位"));
		assertThat(api.stage(id)).isEqualTo("VERIFYING");
		assertThat(api.<List<String>>read(id, "$.assisting[*].doneAt")).hasSize(2).doesNotContainNull();
	}

	@Test
	void failedVerificationSendsTheCaseBackAsRework() throws Exception {
		long id = filed("E0105", "焚烧垃圾");
		api.done(api.as("handler"), id, "handled", body("result", "已处理"));
		api.act(api.futianInspector(), id, "verify", body("passed", false, "comment", "仍有残余"))
			.andExpect(status().isBadRequest()); // no photo
		api.done(api.futianInspector(), id, "verify",
				body("passed", false, "comment", "仍有残余", "attachmentIds", api.photos("AFTER")));
		assertThat(api.stage(id)).isEqualTo("HANDLING");
		assertThat(api.<Integer>read(id, "$.counts.reworks")).isEqualTo(1);
		api.done(api.as("handler"), id, "handled", body("result", "已彻底清理"));
		api.done(api.futianInspector(), id, "verify", body("passed", true, "attachmentIds", api.photos("AFTER")));
		assertThat(api.stage(id)).isEqualTo("CLOSING");
		assertThat(events.stream(CaseReworked.class)).hasSizeGreaterThanOrEqualTo(1);
	}

	@Test
	void dissatisfiedCallbackReopensTheCase() throws Exception {
		Map<String, Object> report = api.report("E0105", "小区门口焚烧垃圾");
		report.put("reporter", body("name", "张三", "phone", "13800138000"));
		long id = api.reported(api.as("operator"), report);
		api.walkToClosing(id);
		String closed = api.done(api.as("shiftlead"), id, "close", body());
		assertThat((String) JsonPath.read(closed, "$.stage.code")).isEqualTo("CALLBACK");
		assertThat((String) JsonPath.read(closed, "$.milestones.closed")).isNotNull();
		api.done(api.as("operator"), id, "callback", body("satisfaction", "DISSATISFIED", "comment", "又烧起来了"));
		assertThat(api.stage(id)).isEqualTo("HANDLING");
		assertThat(api.<Integer>read(id, "$.counts.reopens")).isEqualTo(1);
		assertThat(api.<Map<String, Object>>read(id, "$.milestones")).doesNotContainKey("closed");
		assertThat(events.stream(CaseReopened.class)).contains(new CaseReopened(new CaseId(id)));

		api.done(api.as("handler"), id, "handled", body("result", "已罚款并清理"));
		api.done(api.futianInspector(), id, "verify", body("passed", true, "attachmentIds", api.photos("AFTER")));
		api.done(api.as("shiftlead"), id, "close", body());
		String evaluated = api.done(api.as("operator"), id, "callback", body("satisfaction", "SATISFIED"));
		assertThat((String) JsonPath.read(evaluated, "$.stage.code")).isEqualTo("CLOSED");
		assertThat((String) JsonPath.read(evaluated, "$.satisfaction")).isEqualTo("SATISFIED");
	}

	@Test
	void selfHandledCaseIsClosedOnTheSpotAndReviewedAfterwards() throws Exception {
		Map<String, Object> report = api.report("E0101", "路边少量垃圾，已现场清理");
		report.put("selfHandled", true);
		long id = api.reported(api.futianInspector(), report);
		assertThat(api.stage(id)).isEqualTo("CLOSED");
		assertThat(api.<String>read(id, "$.milestones.closed")).isNotNull();
		assertThat(api.<List<String>>read(id, "$.openTasks[*].key")).containsExactly("review");
		api.done(api.as("shiftlead"), id, "review", body("approved", true));
		assertThat(api.<List<String>>read(id, "$.openTasks")).isEmpty();
		assertThat((List<String>) JsonPath.read(api.timeline(id), "$[*].action.code")).containsExactly("REPORT",
				"SELF_HANDLE", "APPROVE_SELF_HANDLING");

		Map<String, Object> another = api.report("E0101", "自称已清理");
		another.put("selfHandled", true);
		long rejected = api.reported(api.futianInspector(), another);
		api.done(api.as("shiftlead"), rejected, "review", body("approved", false, "comment", "照片显示仍有垃圾"));
		assertThat(api.stage(rejected)).isEqualTo("FILED");
		assertThat(api.<Map<String, Object>>read(rejected, "$.milestones")).doesNotContainKey("closed");
	}

	private long filed(String category, String description) throws Exception {
		long id = api.reported(api.as("operator"), api.report(category, description));
		api.done(api.as("operator"), id, "accept", body());
		api.done(api.as("operator"), id, "file", body());
		return id;
	}
}
