package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.casework.CaseApi.body;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tongguan.identity.Role;
import org.tongguan.support.TestClock;

import com.jayway.jsonpath.JsonPath;

/**
 * Who may do and see what: wrong roles and callers outside the data scope get 403, illegal transitions 409; lists
 * filter, sort and page within the caller's scope; work queues show each role's open tasks with counts per light.
 */
@CaseworkTest
class CaseAccessTests {

	/** A point in 南山区 (440305). */
	private static final Map<String, Object> NANSHAN = body("longitude", 113.93, "latitude", 22.53);

	/** The Civic Centre in 福田区, in the street the demo inspector patrols. */
	private static final Map<String, Object> CIVIC_CENTRE = body("longitude", 114.0579, "latitude", 22.5431);

	@Autowired
	CaseApi api;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@BeforeEach
	void mondayMorning() {
		clock.set(TestClock.MONDAY_MORNING);
	}

	@Test
	void actionsByTheWrongRoleAre403() throws Exception {
		long id = api.reported(api.as("operator"), api.report("E0105", "焚烧"));
		api.act(api.as("handler"), id, "accept", body()).andExpect(status().isForbidden());
		api.act(api.as("inspector"), id, "close", body()).andExpect(status().isForbidden());
		api.act(api.as("leader"), id, "file", body()).andExpect(status().isForbidden());
		assertThat(api.stage(id)).isEqualTo("REPORTED");
	}

	@Test
	void callersOutsideTheirDataScopeAre403() throws Exception {
		Map<String, Object> report = api.report("E0101", "南山区垃圾");
		report.putAll(NANSHAN);
		long id = api.reported(api.as("operator"), report);
		assertThat(api.<String>read(id, "$.location.district.code")).isEqualTo("440305");
		mvc.perform(get("/api/cases/" + id).with(api.as("futian-dispatcher"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/cases/" + id + "/timeline").with(api.as("handler"))).andExpect(status().isForbidden());
		api.act(api.as("operator"), id, "accept", body()).andExpect(status().isOk());
		api.act(api.as("operator"), id, "file", body("dispatchManually", true)).andExpect(status().isOk());
		api.act(api.as("futian-dispatcher"), id, "dispatch", body("department", "440305-HUANWEI"))
			.andExpect(status().isForbidden());
		api.report(api.futianInspector(), with(api.report("E0101", "越界上报"), NANSHAN), "out-of-beat")
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/cases").param("size", "200").with(api.as("futian-dispatcher")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))))
			.andExpect(jsonPath("$.items[*].district.code").value(not(hasItem("440305"))));
	}

	@Test
	void callersOutsideTheRoleOrScopeAre403BeforeTheirBodyIsRead() throws Exception {
		long id = api.reported(api.as("operator"), with(api.report("E0101", "南山区垃圾，坏请求"), NANSHAN));
		api.done(api.as("operator"), id, "accept", body());
		api.done(api.as("operator"), id, "file", body("dispatchManually", true));
		for (MediaType type : List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN)) {
			raw(api.as("futian-dispatcher"), id + "/dispatch", type, "{not json").andExpect(status().isForbidden());
			raw(api.as("handler"), id + "/accept", type, "{not json").andExpect(status().isForbidden());
			raw(api.as("leader"), id + "/dispatch", type, "{not json").andExpect(status().isForbidden());
		}
		api.act(api.user("futian-operator", Role.OPERATOR, CaseApi.FUTIAN, null), id, "void", body())
			.andExpect(status().isForbidden());
		raw(api.as("dispatcher"), "999999/dispatch", MediaType.APPLICATION_JSON, "{not json")
			.andExpect(status().isNotFound());
		raw(api.as("dispatcher"), id + "/dispatch", MediaType.APPLICATION_JSON, "{not json")
			.andExpect(status().isBadRequest());
		raw(api.as("dispatcher"), id + "/dispatch", MediaType.TEXT_PLAIN, "{not json")
			.andExpect(status().isUnsupportedMediaType());
		assertThat(api.stage(id)).isEqualTo("FILED");
	}

	@Test
	void illegalTransitionsAre409AndChangeNothing() throws Exception {
		long id = api.reported(api.as("operator"), api.report("E0105", "焚烧"));
		api.act(api.as("shiftlead"), id, "close", body())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("not waiting for 结案")));
		api.act(api.as("dispatcher"), id, "dispatch", body("department", "440304-CHENGGUAN"))
			.andExpect(status().isConflict());
		api.done(api.as("operator"), id, "accept", body());
		api.act(api.as("operator"), id, "accept", body()).andExpect(status().isConflict());
		api.act(api.as("shiftlead"), id, "supervise", body("notice", "快办")).andExpect(status().isConflict());
		api.act(api.as("leader"), 999_999, "supervise", body("notice", "快办")).andExpect(status().isNotFound());
		assertThat(api.stage(id)).isEqualTo("ACCEPTED");
		assertThat((List<String>) JsonPath.read(api.timeline(id), "$[*].action.code")).containsExactly("REPORT",
				"ACCEPT");
	}

	@Test
	void listsFilterSortAndPageWithinTheScope() throws Exception {
		long burning = api.reported(api.as("operator"), api.report("E0105", "列表测试焚烧"));
		long garbage = api.reported(api.as("operator"), api.report("E0101", "列表测试垃圾"));
		String page = list("category", "E0105", "stage", "REPORTED", "channel", "HOTLINE", "region", "440304",
				"size", "200");
		assertThat((List<Integer>) JsonPath.read(page, "$.items[*].id")).contains((int) burning)
			.doesNotContain((int) garbage);
		assertThat((List<String>) JsonPath.read(page, "$.items[*].category.code")).containsOnly("E0105");
		String first = list("size", "1", "sort", "REPORTED_AT", "ascending", "false");
		assertThat((List<?>) JsonPath.read(first, "$.items")).hasSize(1);
		assertThat((Integer) JsonPath.read(first, "$.total")).isGreaterThanOrEqualTo(2);
		mvc.perform(get("/api/cases").param("size", "0").with(api.as("leader"))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/cases").param("region", "futian").with(api.as("leader")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/cases").param("stage", "DONE").with(api.as("leader"))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/cases").param("from", "yesterday").with(api.as("leader")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aStreetCommunityOrGridListsTheCasesLocatedInItAndNoOthers() throws Exception {
		long here = api.reported(api.as("operator"), with(api.report("E0101", "辖区列表测试"), CIVIC_CENTRE));
		long nanshan = api.reported(api.as("operator"), with(api.report("E0101", "辖区列表测试南山"), NANSHAN));
		for (String level : List.of("street", "community", "grid")) {
			String code = api.read(here, "$.location." + level + ".code");
			assertThat(ids(list("region", code, "size", "200"))).as(level)
				.contains((int) here)
				.doesNotContain((int) nanshan);
			String inspectors = mvc.perform(get("/api/cases").param("region", code).param("size", "200")
				.with(api.as("inspector"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(ids(inspectors)).as("the street's inspector, " + level).contains((int) here);
		}
	}

	@Test
	void workQueuesShowEachRolesOpenTasksWithCountsPerLight() throws Exception {
		long reported = api.reported(api.as("operator"), api.report("E0105", "队列测试"));
		long dispatched = api.reported(api.as("operator"), api.report("E0105", "队列测试二"));
		api.done(api.as("operator"), dispatched, "accept", body());
		api.done(api.as("operator"), dispatched, "file", body());

		String operator = queue("operator");
		assertThat((List<Integer>) JsonPath.read(operator, "$.items[*].caseSummary.id")).contains((int) reported)
			.doesNotContain((int) dispatched);
		assertThat((List<String>) JsonPath.read(operator, "$.items[?(@.caseSummary.id == " + reported + ")].task.key"))
			.containsExactly("accept");
		assertThat((Integer) JsonPath.read(operator, "$.counts.GREEN")).isGreaterThanOrEqualTo(1);

		String handler = queue("handler");
		assertThat((List<Integer>) JsonPath.read(handler, "$.items[*].caseSummary.id")).contains((int) dispatched)
			.doesNotContain((int) reported);
		assertThat((List<String>) JsonPath.read(handler, "$.items[*].task.key")).isSubsetOf("handle", "resume",
				"assist");

		clock.set(Instant.parse("2026-11-23T03:30:00Z"));
		String late = queue("handler");
		assertThat((Integer) JsonPath.read(late, "$.counts.RED")).isGreaterThanOrEqualTo(1);
		assertThat((List<String>) JsonPath.read(late,
				"$.items[?(@.caseSummary.id == " + dispatched + ")].caseSummary.light")).containsExactly("RED");
		assertThat((List<?>) JsonPath.read(queue("leader"), "$.items")).isEmpty();
	}

	private String list(String... parameters) throws Exception {
		var request = get("/api/cases").with(api.as("leader"));
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private ResultActions raw(RequestPostProcessor who, String path, MediaType type, String content)
			throws Exception {
		return mvc.perform(post("/api/cases/" + path).with(who).with(csrf()).contentType(type).content(content));
	}

	private static List<Integer> ids(String page) {
		return JsonPath.read(page, "$.items[*].id");
	}

	private String queue(String user) throws Exception {
		return mvc.perform(get("/api/cases/queues/mine").param("size", "200").with(api.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static Map<String, Object> with(Map<String, Object> report, Map<String, Object> changes) {
		report.putAll(changes);
		return report;
	}
}
