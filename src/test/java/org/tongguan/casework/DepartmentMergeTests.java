package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.casework.CaseApi.body;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.identity.Role;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.region.Regions;
import org.tongguan.support.TestClock;


import tools.jackson.databind.ObjectMapper;

/**
 * Departments taken out of work: a disabled department receives no dispatch, and merging one moves its people and
 * the open cases it leads — tasks included — to the department taking over, while the timeline keeps the old name.
 */
@CaseworkTest
class DepartmentMergeTests {

	@Autowired
	CaseApi api;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	Regions regions;

	@Autowired
	UserDirectory users;

	@Autowired
	ObjectMapper json;

	@BeforeEach
	void mondayMorning() {
		clock.set(TestClock.MONDAY_MORNING);
	}

	@Test
	void mergingMovesUsersAndOpenCasesLedByTheDepartmentAndItNoLongerReceivesDispatch() throws Exception {
		double[] point = api.freshPoint();
		String street = regions.locate(point[0], point[1]).orElseThrow().street().code().value();
		String successor = street + "-JIEDAO";
		String team = "00-MERGE-TEAM";
		createDepartment(team, "临时街道综合队", street);
		api.user("merge-handler", Role.HANDLER, CaseApi.FUTIAN, team);

		long id = filed(point);
		assertThat(api.<String>read(id, "$.leadDepartment.code")).isEqualTo(team);

		mvc.perform(post("/api/admin/departments/" + team + "/merge").with(api.as("admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": \"" + successor + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false))
			.andExpect(jsonPath("$.mergedInto").value(successor));

		assertThat(users.enabledCaller("merge-handler").orElseThrow().department().value()).isEqualTo(successor);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.<String>read(id, "$.leadDepartment.code")).isEqualTo(successor));
		String timeline = api.timeline(id);
		assertThat(timeline).contains("临时街道综合队", "部门合并移交");
		api.done(api.handler(successor), id, "handled", body("result", "已处置", "attachmentIds", api.photos("AFTER")));
		assertThat(api.stage(id)).isEqualTo("VERIFYING");

		long later = filed(point);
		assertThat(api.<String>read(later, "$.leadDepartment.code")).isEqualTo(successor);
	}

	@Test
	void aDisabledDepartmentReceivesNoDispatchUntilEnabledAgain() throws Exception {
		double[] point = api.freshPoint();
		String street = regions.locate(point[0], point[1]).orElseThrow().street().code().value();
		String team = "00-PAUSED-TEAM";
		createDepartment(team, "暂停街道综合队", street);
		mvc.perform(post("/api/admin/departments/" + team + "/disable").with(api.as("admin")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		mvc.perform(post("/api/admin/departments/" + team + "/disable").with(api.as("admin")).with(csrf()))
			.andExpect(status().isConflict());

		long id = filed(point);
		assertThat(api.<String>read(id, "$.leadDepartment.code")).isEqualTo(street + "-JIEDAO");
		mvc.perform(get("/api/departments/" + team).with(api.as("admin"))).andExpect(jsonPath("$.enabled").value(false));

		mvc.perform(post("/api/admin/departments/" + team + "/enable").with(api.as("admin")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(true));
		long again = filed(point);
		assertThat(api.<String>read(again, "$.leadDepartment.code")).isEqualTo(team);
		mvc.perform(post("/api/admin/departments/" + team + "/disable").with(api.as("admin")).with(csrf()))
			.andExpect(status().isOk());

		mvc.perform(post("/api/admin/departments/" + team + "/merge").with(api.as("admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": \"" + team + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("into"));
		mvc.perform(post("/api/admin/departments/" + team + "/merge").with(api.as("admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": \"NO-SUCH-DEPT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("into"));
	}

	private void createDepartment(String code, String name, String street) throws Exception {
		mvc.perform(post("/api/admin/departments").with(api.as("admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("code", code, "name", name, "function", "街道办", "level",
					"STREET", "home", street))))
			.andExpect(status().isCreated());
	}

	/** A case of exposed garbage (dispatched at street level) reported, accepted and filed at the point. */
	private long filed(double[] point) throws Exception {
		long id = api.reported(api.futianInspector(), body("category", "E0101", "description", "人行道旁有暴露垃圾",
				"longitude", point[0], "latitude", point[1], "attachmentIds", List.of(api.photo("BEFORE"))));
		api.done(api.as("operator"), id, "accept", body());
		api.done(api.as("operator"), id, "file", body());
		return id;
	}
}
