package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.casework.CaseApi.body;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.tongguan.casework.event.CaseMerged;
import org.tongguan.casework.event.CaseTransferred;
import org.tongguan.support.TestClock;
import tools.jackson.databind.ObjectMapper;

/**
 * Cases linked to others: likely duplicates merged into a master that they follow, police matters transferred to
 * 110 and non-police matters transferred in, 24×7 emergencies going straight to the duty department, and a category
 * group with a process of its own.
 */
@CaseworkTest
class CaseLinkageTests {

	@Autowired
	CaseApi api;

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseQueries queries;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ObjectMapper json;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void mondayMorning() {
		clock.set(TestClock.MONDAY_MORNING);
	}

	@Test
	void aNearbyReportOfTheSameCategoryIsFlaggedMergedAndFollowsItsMaster() throws Exception {
		Map<String, Object> first = api.report("E0105", "十字路口有人焚烧杂物");
		long master = api.reported(api.as("operator"), first);
		Map<String, Object> second = api.report("E0105", "路口冒烟，像是在烧东西");
		second.put("longitude", (Double) first.get("longitude") + 0.0002); // about 20 m east
		second.put("latitude", first.get("latitude"));
		long duplicate = api.reported(api.as("operator"), second);
		assertThat(api.<Integer>read(duplicate, "$.duplicates[0].id")).isEqualTo((int) master);
		assertThat(api.<Integer>read(duplicate, "$.duplicates[0].distanceM")).isBetween(15, 25);
		Map<String, Object> far = api.report("E0105", "别处焚烧");
		assertThat(api.<List<?>>read(api.reported(api.as("operator"), far), "$.duplicates")).isEmpty();

		api.act(api.as("operator"), duplicate, "merge", body("master", duplicate)).andExpect(status().isBadRequest());
		api.act(api.as("operator"), duplicate, "merge", body("master", 987_654)).andExpect(status().isNotFound());
		api.done(api.as("operator"), duplicate, "merge", body("master", master, "comment", "同一处焚烧"));
		assertThat(api.stage(duplicate)).isEqualTo("MERGED");
		assertThat(api.<String>read(duplicate, "$.mergedInto.code")).isEqualTo(Long.toString(master));
		assertThat(events.stream(CaseMerged.class)).contains(new CaseMerged(new CaseId(duplicate), new CaseId(master)));
		assertThat((List<String>) JsonPath.read(api.timeline(master), "$[*].action.code")).contains("ABSORB");

		api.done(api.as("operator"), master, "accept", body());
		api.done(api.as("operator"), master, "file", body());
		api.done(api.as("handler"), master, "handled", body("result", "已扑灭"));
		api.done(api.futianInspector(), master, "verify", body("passed", true, "attachmentIds", api.photos("AFTER")));
		api.done(api.as("shiftlead"), master, "close", body());
		assertThat(api.<String>read(duplicate, "$.milestones.closed")).isEqualTo(api.read(master, "$.milestones.closed"));
		assertThat(api.<Boolean>read(duplicate, "$.onTime")).isTrue();
		assertThat(queries.master(new CaseId(duplicate)).orElseThrow().id()).isEqualTo(new CaseId(master));
		assertThat(queries.master(new CaseId(master))).isEmpty();
	}

	@Test
	void operatorsTransferPoliceMattersTo110WithATransferRecord() throws Exception {
		Map<String, Object> report = api.report("E0408", "小区内有可疑人员撬车");
		report.put("urgency", "NORMAL");
		long id = api.reported(api.as("operator"), report);
		api.act(api.as("operator"), id, "transfer-110", body()).andExpect(status().isBadRequest());
		String transferred = api.done(api.as("operator"), id, "transfer-110", body("reason", "涉嫌盗窃，属公安职责"));
		assertThat((String) JsonPath.read(transferred, "$.stage.code")).isEqualTo("TRANSFERRED");
		assertThat((String) JsonPath.read(transferred, "$.note")).isEqualTo("涉嫌盗窃，属公安职责");
		assertThat((String) JsonPath.read(transferred, "$.transfers[0].direction")).isEqualTo("OUT");
		String reference = JsonPath.read(transferred, "$.transfers[0].reference");
		assertThat(events.stream(CaseTransferred.class)).contains(new CaseTransferred(new CaseId(id), reference));
	}

	@Test
	void urgentPoliceMattersGoTo110TheMomentTheyAreReported() throws Exception {
		long id = api.reported(api.as("operator"), api.report("E0406", "广场有人打架"));
		assertThat(api.stage(id)).isEqualTo("TRANSFERRED");
		assertThat(api.<String>read(id, "$.dispatch.rule")).isEqualTo("POLICE_MATTER");
		assertThat((List<String>) JsonPath.read(api.timeline(id), "$[*].action.code")).containsExactly("REPORT",
				"ACCEPT", "FILE", "TRANSFER_TO_110");
	}

	@Test
	void nonPoliceMattersComeInFrom110Once() throws Exception {
		double[] point = api.freshPoint();
		Map<String, Object> transfer = body("incidentNumber", "110-20261123-0042", "category", "E0101", "description",
				"群众报警称路边垃圾堆积发臭，非警情", "longitude", point[0], "latitude", point[1]);
		String created = transfer(transfer).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(created, "$.channel.code")).isEqualTo("POLICE_110");
		assertThat((String) JsonPath.read(created, "$.externalId")).isEqualTo("110-20261123-0042");
		assertThat((String) JsonPath.read(created, "$.transfers[0].direction")).isEqualTo("IN");
		transfer(transfer).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value((Integer) JsonPath.read(created, "$.id")));

		Map<String, Object> police = new HashMap<>(transfer);
		police.put("incidentNumber", "110-20261123-0043");
		police.put("category", "E0406");
		transfer(police).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("category"));
		police.remove("incidentNumber");
		police.put("category", "E0101");
		transfer(police).andExpect(status().isBadRequest());
	}

	@Test
	void emergenciesGoStraightToTheDutyDepartmentAndRunRoundTheClock() throws Exception {
		Map<String, Object> report = api.report("E0501", "路面塌陷约两平方米");
		long id = api.reported(api.as("operator"), report);
		assertThat(api.stage(id)).isEqualTo("HANDLING");
		assertThat(api.<String>read(id, "$.leadDepartment.code")).isEqualTo("440304-JIAOTONG");
		assertThat(api.<String>read(id, "$.dispatch.rule")).isEqualTo("EMERGENCY_DUTY");
		assertThat(api.<String>read(id, "$.deadline.dueAt")).isEqualTo("2026-11-23T11:00:00+08:00");
		assertThat((List<String>) JsonPath.read(api.timeline(id), "$[*].actor")).containsExactly("operator",
				"system", "system", "system");
	}

	@Test
	void aCategoryGroupRunsTheProcessDeployedForIt() throws Exception {
		String bpmn = new ClassPathResource("processes/case-handling.bpmn20.xml").getContentAsString(
				StandardCharsets.UTF_8).replace("<process id=\"case-handling\"", "<process id=\"case-handling-E03\"");
		mvc.perform(upload("street-works.bpmn20.xml", bpmn).with(api.as("operator"))).andExpect(status().isForbidden());
		mvc.perform(upload("other.bpmn20.xml", bpmn.replace("case-handling-E03", "my-process"))
			.with(api.as("admin"))).andExpect(status().isBadRequest());
		mvc.perform(upload("broken.bpmn20.xml", "<definitions>").with(api.as("admin")))
			.andExpect(status().isBadRequest());
		mvc.perform(upload("street-works.bpmn20.xml", bpmn).with(api.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].key").value("case-handling-E03"));

		long works = api.reported(api.as("operator"), api.report("E0302", "工地扬尘"));
		long garbage = api.reported(api.as("operator"), api.report("E0101", "垃圾"));
		assertThat(processKey(works)).isEqualTo("case-handling-E03");
		assertThat(processKey(garbage)).isEqualTo("case-handling");
		assertThat(api.stage(works)).isEqualTo("REPORTED");
	}

	@Test
	void aProcessUploadThatIsNotMultipartIsAClientErrorForEveryRole() throws Exception {
		mvc.perform(post("/api/admin/processes").with(api.as("admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"file\": \"<definitions/>\"}"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/admin/processes").with(api.as("operator"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"file\": \"<definitions/>\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/admin/processes").with(api.as("admin"))
			.with(csrf())
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.content("not a multipart body"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/v3/api-docs").with(api.as("admin")))
			.andExpect(jsonPath("$.paths['/api/admin/processes'].post.requestBody.content['multipart/form-data']")
				.exists())
			.andExpect(jsonPath("$.paths['/api/admin/processes'].post.requestBody.content['application/json']")
				.doesNotExist());
	}

	private String processKey(long id) {
		return runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(Long.toString(id))
			.singleResult()
			.getProcessDefinitionKey();
	}

	private ResultActions transfer(Map<String, Object> body) throws Exception {
		return mvc.perform(post("/api/110/transfers").with(api.as("operator"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private static MockMultipartHttpServletRequestBuilder upload(String name, String content) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/api/admin/processes")
			.file(new MockMultipartFile("file", name, "application/xml", content.getBytes(StandardCharsets.UTF_8)))
			.with(csrf());
	}
}
