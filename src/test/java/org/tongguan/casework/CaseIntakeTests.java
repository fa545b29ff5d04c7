package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.casework.CaseApi.body;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tongguan.casework.attachment.TestFiles;
import org.tongguan.casework.event.CaseReported;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.Urgency;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.support.TestClock;
import tools.jackson.databind.ObjectMapper;

/**
 * Intake from every channel: validation that stores nothing on bad input, idempotency keys (also under concurrency),
 * address-only reports, sensor alarms through {@link CaseIntake}, citizens without a login, and the reporter's
 * personal data masked for roles that do not call back.
 */
@CaseworkTest
class CaseIntakeTests {

	@Autowired
	CaseApi api;

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseQueries queries;

	@Autowired
	JdbcClient jdbc;

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
	void badReportsAnswer400WithWhatIsWrongAndStoreNothing() throws Exception {
		long before = cases();
		Map<String, Object> good = api.report("E0101", "垃圾");
		assertRejected(api.as("operator"), with(good, "longitude", null, "latitude", null), "location");
		assertRejected(api.as("operator"), with(good, "longitude", 116.397, "latitude", 39.909), "location");
		assertRejected(api.as("operator"), with(good, "longitude", 114.05, "latitude", null), "location");
		assertRejected(api.as("operator"), with(good, "category", "E9999"), "category");
		assertRejected(api.as("operator"), with(good, "category", "garbage"), "category");
		assertRejected(api.as("operator"), with(good, "description", "  "), "description");
		assertRejected(api.as("operator"), with(good, "description", "长".repeat(2001)), "description");
		assertRejected(api.as("operator"), with(good, "urgency", "CRITICAL"), "urgency");
		assertRejected(api.as("operator"), with(good, "attachmentIds", List.of("no-such-photo")), "attachmentIds[0]");
		assertRejected(api.as("operator"), with(good, "selfHandled", true), "selfHandled");
		assertRejected(api.as("operator"), with(good, "reporter", body("phone", "call me")), "reporter.phone");
		assertRejected(api.as("operator"), with(good, "longitude", null, "latitude", null, "address", "某小区门口"),
				"address");
		assertRejected(api.futianInspector(), with(good, "attachmentIds", List.of()), "attachmentIds");
		api.report(api.as("operator"), good, " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
		api.report(api.as("dispatcher"), good, "k-1").andExpect(status().isForbidden());
		assertThat(cases()).isEqualTo(before);
		assertThat(events.stream(CaseReported.class)).isEmpty();
	}

	@Test
	void theCaseProcessStoresItsActivitiesButNotTheSequenceFlowsBetweenThem() throws Exception {
		long id = api.reported(api.as("operator"), api.report("E0102", "路面污渍"));
		String process = jdbc.sql("SELECT process_instance_id FROM casework_case WHERE id = ?")
			.param(id)
			.query(String.class)
			.single();
		List<String> types = jdbc.sql("SELECT ACT_TYPE_ FROM ACT_RU_ACTINST WHERE PROC_INST_ID_ = ?")
			.param(process)
			.query(String.class)
			.list();
		assertThat(types).contains("startEvent", "parallelGateway", "userTask").doesNotContain("sequenceFlow");
	}

	@Test
	void aRetriedReportReturnsTheFirstCase() throws Exception {
		Map<String, Object> report = api.report("E0102", "道路上有泥浆");
		String key = UUID.randomUUID().toString();
		String first = api.report(api.as("operator"), report, key).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String again = api.report(api.as("operator"), report, key).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((Integer) JsonPath.read(again, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
		assertThat(events.stream(CaseReported.class)).hasSize(1);
		api.report(api.as("shiftlead"), api.report("E0102", "另一位受理员的同名键"), key).andExpect(status().isCreated());
	}

	@Test
	void concurrentRetriesOfOneSensorAlarmMakeOneCase() throws Exception {
		double[] point = api.freshPoint();
		CaseReport alarm = CaseReport
			.sensor("alarm-7781", CategoryCode.of("E0505"), "水位传感器 WL-0042 读数 32 cm，超过阈值 15 cm")
			.at(point[0], point[1], null)
			.urgency(Urgency.URGENT)
			.build();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<CaseSnapshot>> reports = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				reports.add(threads.submit((Callable<CaseSnapshot>) () -> intake.reportForChannel(alarm)));
			}
			Set<CaseId> ids = new HashSet<>();
			for (Future<CaseSnapshot> report : reports) {
				ids.add(report.get().id());
			}
			assertThat(ids).hasSize(1);
			CaseSnapshot snapshot = intake.reportForChannel(alarm);
			assertThat(snapshot.channel()).isEqualTo(Channel.SENSOR);
			assertThat(snapshot.externalId()).isEqualTo("alarm-7781");
			assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE external_id = 'alarm-7781'")
				.query(Long.class)
				.single()).isEqualTo(1);
			String timeline = api.timeline(snapshot.id().value());
			assertThat((String) JsonPath.read(timeline, "$[0].actor")).isEqualTo("system:物联感知");
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void sensorAlarmWithoutAPointIsRejected() {
		CaseReport alarm = CaseReport.sensor("alarm-1", CategoryCode.of("E0505"), "积水")
			.at(null, null, "福田区莲花街道")
			.build();
		assertThatThrownBy(() -> intake.reportForChannel(alarm)).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations())
				.anySatisfy(v -> assertThat(v.field()).isEqualTo("location")));
	}

	@Test
	void anAddressOnlyReportIsLocatedByTheRegionNamesItContains() throws Exception {
		long id = api.reported(api.as("operator"), body("category", "E0105", "description", "小区门口焚烧垃圾",
				"address", "深圳市福田区莲花街道彩田路 7018 号"));
		assertThat(api.<String>read(id, "$.location.district.code")).isEqualTo(CaseApi.FUTIAN);
		assertThat(api.<String>read(id, "$.location.street.name")).isEqualTo("莲花街道");
		assertThat(api.<Map<String, Object>>read(id, "$.location")).doesNotContainKey("grid");
		assertThat(api.<String>read(id, "$.responsibleDepartment.code")).isEqualTo("440304-CHENGGUAN");
	}

	@Test
	void citizensReportWithoutALoginAndGetTheCaseNumber() throws Exception {
		double[] point = api.freshPoint();
		String body = json.writeValueAsString(body("category", "E0101", "description", "楼下垃圾没人清", "longitude",
				point[0], "latitude", point[1], "phone", "13912345678"));
		String receipt = mvc.perform(post("/api/public/cases").header("Idempotency-Key", "citizen-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String number = JsonPath.read(receipt, "$.number");
		assertThat(number).startsWith("20261123");
		mvc.perform(post("/api/public/cases").header("Idempotency-Key", "citizen-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk()).andExpect(jsonPath("$.number").value(number));
		mvc.perform(post("/api/public/cases").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/cases/by-number/" + number).with(api.as("operator")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.channel.code").value("CITIZEN"))
			.andExpect(jsonPath("$.reporter.phone").value("13912345678"));
	}

	@Test
	void citizensAttachPhotosUploadedWithoutALoginButNoOneElsesUpload() throws Exception {
		String photo = JsonPath.read(mvc.perform(multipart("/api/public/attachments")
			.file(new MockMultipartFile("file", "垃圾.jpg", "image/jpeg", TestFiles.jpeg(64, 48))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("image/jpeg"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.id");
		mvc.perform(multipart("/api/public/attachments")
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf", TestFiles.PDF)))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		String staffUpload = JsonPath.read(mvc.perform(multipart("/api/attachments")
			.file(new MockMultipartFile("file", "b.jpg", "image/jpeg", TestFiles.jpeg(8, 8)))
			.param("role", "BEFORE")
			.with(api.as("inspector"))
			.with(csrf())).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		double[] point = api.freshPoint();

		mvc.perform(post("/api/public/cases").header("Idempotency-Key", "citizen-photo-foreign")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body("category", "E0101", "description", "垃圾", "longitude", point[0],
					"latitude", point[1], "attachmentIds", List.of(photo, staffUpload)))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("attachmentIds[1]"));
		String receipt = mvc.perform(post("/api/public/cases").header("Idempotency-Key", "citizen-photo")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body("category", "E0101", "description", "垃圾", "longitude", point[0],
					"latitude", point[1], "attachmentIds", List.of(photo)))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		mvc.perform(get("/api/cases/by-number/" + JsonPath.read(receipt, "$.number")).with(api.as("operator")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attachments[0].id").value(photo));
	}

	@Test
	void oneCitizenAddressIsLimitedWithoutBlockingOthers() throws Exception {
		String empty = json.writeValueAsString(body("category", "E0101"));
		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/api/public/cases").with(from("10.9.9.9")).header("Idempotency-Key", "flood-" + i)
				.contentType(MediaType.APPLICATION_JSON)
				.content(empty)).andExpect(status().isBadRequest());
		}
		mvc.perform(post("/api/public/cases").with(from("10.9.9.9")).header("Idempotency-Key", "flood-x")
			.contentType(MediaType.APPLICATION_JSON)
			.content(empty))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.status").value(429));
		mvc.perform(post("/api/public/cases").with(from("10.9.9.10")).header("Idempotency-Key", "other")
			.contentType(MediaType.APPLICATION_JSON)
			.content(empty)).andExpect(status().isBadRequest());
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void externalSystemsReportWithTheirApiKey() throws Exception {
		String created = mvc.perform(post("/api/admin/api-keys").with(api.as("admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body("name", "smart-city-app", "purposes", List.of("INTEGRATION"),
					"roles", List.of("EXTERNAL_SYSTEM"), "scope", "440300"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String key = JsonPath.read(created, "$.key");
		String reported = mvc.perform(post("/api/cases").header("X-API-Key", key)
			.header("Idempotency-Key", "app-report-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(with(api.report("E0102", "道路上洒落泥土"), "externalId", "APP-77"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(reported, "$.channel.code")).isEqualTo("EXTERNAL_SYSTEM");
		assertThat((String) JsonPath.read(reported, "$.externalId")).isEqualTo("APP-77");
		// 福田 has its own responsibility for 道路不洁: the district's sanitation office (区级个性化配置)
		assertThat((String) JsonPath.read(reported, "$.dispatch.rule")).isEqualTo("DISTRICT_OVERRIDE");
		assertThat((String) JsonPath.read(reported, "$.responsibleDepartment.code")).isEqualTo("440304-HUANWEI");
	}

	@Test
	void otherModulesReadCasesByIdNumberAndSearchWithoutPersonalData() throws Exception {
		Map<String, Object> report = api.report("E0104", "垃圾桶满溢");
		report.put("reporter", body("name", "王五", "phone", "13700001234"));
		long id = api.reported(api.as("operator"), report);
		CaseSnapshot snapshot = queries.find(new CaseId(id)).orElseThrow();
		assertThat(snapshot.category()).isEqualTo(CategoryCode.of("E0104"));
		assertThat(snapshot.stage()).isEqualTo(CaseStage.REPORTED);
		assertThat(snapshot.grid()).isNotNull();
		assertThat(snapshot.dueAt()).isNotNull();
		assertThat(snapshot.attachmentIds()).hasSize(1);
		assertThat(snapshot.toString()).doesNotContain("13700001234", "王五");
		assertThat(queries.findByNumber(snapshot.number())).contains(snapshot);
		assertThat(queries.findByNumber("20991231" + snapshot.number().substring(8))).isEmpty();
		assertThat(queries.search(new CaseSearch(List.of(), List.of(CategoryCode.of("E0104")),
				Set.of(CaseStage.REPORTED), TestClock.MONDAY_MORNING, null, 50))).contains(snapshot);
		assertThat(queries.search(new CaseSearch(List.of(new CaseId(id)), List.of(), Set.of(CaseStage.CLOSED), null,
				null, 50))).isEmpty();
	}

	@Test
	void reporterIsShownInFullOnlyToRolesThatCallBack() throws Exception {
		Map<String, Object> report = api.report("E0101", "门口堆放垃圾");
		report.put("reporter", body("name", "李四", "phone", "13800001111"));
		long id = api.reported(api.as("operator"), report);
		mvc.perform(get("/api/cases/" + id).with(api.as("operator")))
			.andExpect(jsonPath("$.reporter.name").value("李四"))
			.andExpect(jsonPath("$.reporter.phone").value("13800001111"));
		mvc.perform(get("/api/cases/" + id).with(api.as("dispatcher")))
			.andExpect(jsonPath("$.reporter.name").value("李*"))
			.andExpect(jsonPath("$.reporter.phone").value("138****1111"));
		mvc.perform(get("/api/cases").param("stage", "REPORTED").param("size", "200").with(api.as("operator")))
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].reporter.phone").value("138****1111"));
	}

	private void assertRejected(RequestPostProcessor who,
			Map<String, Object> report, String field) throws Exception {
		api.report(who, report, UUID.randomUUID().toString())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
	}

	private static Map<String, Object> with(Map<String, Object> report, Object... changes) {
		Map<String, Object> changed = new LinkedHashMap<>(report);
		for (int i = 0; i < changes.length; i += 2) {
			changed.put((String) changes[i], changes[i + 1]);
		}
		return changed;
	}

	private long cases() {
		return jdbc.sql("SELECT COUNT(*) FROM casework_case").query(Long.class).single();
	}
}
