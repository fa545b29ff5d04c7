package org.tongguan.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.support.OrganisationDataTest;
import org.tongguan.support.WithDemoUser;

import com.jayway.jsonpath.JsonPath;

/** A whole catalogue imported in one call, JSON or CSV: codes assigned, all or nothing, idempotent. */
@OrganisationDataTest
@WithDemoUser("admin")
class CatalogImportApiTests {

	private static final String HEADER = "kind,majorCode,majorName,code,name,cityFunction,districtFunction,"
			+ "streetFunction,defaultLevel,defaultUrgency,limit,accept,file,dispatch,handle,verify,close,"
			+ "roundTheClock,policeMatter,closingConditions,legalBasis\n";

	private static final String CSV = HEADER + """
			EVENT,,导入测试大类,,路面坑洼,,,城管,,,2d,,,,1d,,,,,,
			EVENT,,导入测试大类,,井盖缺失,,CHENGGUAN,,DISTRICT,URGENT,4h,,,,,,,true,no,井盖已补齐,《城市道路管理条例》
			事件,,导入测试大类,,道路积水,,,PUMPING,,,,,,,,,,,,,
			""";

	@Autowired
	MockMvc mvc;

	@Test
	void aCsvCatalogueCreatesItsMajorAndSubCategoriesWithAssignedCodesAndAgainChangesNothing() throws Exception {
		mvc.perform(post("/api/admin/department-functions").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"PUMPING\", \"label\": \"排涝泵站\"}")).andExpect(status().isCreated());

		String answer = body(importCsv(CSV).andExpect(status().isOk())
			.andExpect(jsonPath("$.majorsCreated").value(1))
			.andExpect(jsonPath("$.categoriesCreated").value(3))
			.andExpect(jsonPath("$.unchanged").value(0))
			.andExpect(jsonPath("$.assigned.length()").value(4))
			.andExpect(jsonPath("$.assigned[0].line").value(2))
			.andExpect(jsonPath("$.assigned[0].name").value("导入测试大类"))
			.andExpect(jsonPath("$.assigned[1].name").value("路面坑洼"))
			.andExpect(jsonPath("$.assigned[3].line").value(4)));
		String major = JsonPath.read(answer, "$.assigned[0].code");
		String potholes = JsonPath.read(answer, "$.assigned[1].code");
		String manholes = JsonPath.read(answer, "$.assigned[2].code");
		mvc.perform(get("/api/catalog/categories/" + potholes))
			.andExpect(jsonPath("$.code").value("E" + major + "01"))
			.andExpect(jsonPath("$.limit.amount").value(2))
			.andExpect(jsonPath("$.stageLimits.HANDLE.amount").value(1))
			.andExpect(jsonPath("$.stageLimits.VERIFY.amount").value(2))
			.andExpect(jsonPath("$.responsibility.street").value("CHENGGUAN"));
		mvc.perform(get("/api/catalog/categories/" + manholes))
			.andExpect(jsonPath("$.defaultUrgency").value("URGENT"))
			.andExpect(jsonPath("$.roundTheClock").value(true))
			.andExpect(jsonPath("$.policeMatter").value(false))
			.andExpect(jsonPath("$.stageLimits.HANDLE.amount").value(4))
			.andExpect(jsonPath("$.stageLimits.HANDLE.unit").value("WORKING_HOURS"))
			.andExpect(jsonPath("$.legalBasis").value("《城市道路管理条例》"));

		importCsv(CSV).andExpect(status().isOk())
			.andExpect(jsonPath("$.majorsCreated").value(0))
			.andExpect(jsonPath("$.categoriesCreated").value(0))
			.andExpect(jsonPath("$.categoriesRevised").value(0))
			.andExpect(jsonPath("$.unchanged").value(3))
			.andExpect(jsonPath("$.assigned.length()").value(0));
		importCsv(CSV.replace("2d,,,,1d", "2d,,,,6h")).andExpect(status().isOk())
			.andExpect(jsonPath("$.categoriesRevised").value(1))
			.andExpect(jsonPath("$.unchanged").value(2));
		mvc.perform(get("/api/catalog/categories/" + potholes + "/versions")).andExpect(jsonPath("$.length()").value(2));
	}

	@Test
	void everyBadRowIsNamedByItsLineAndNothingIsStored() throws Exception {
		importCsv(HEADER + """
				EVENT,,坏导入大类,,甲,,,FIRE_BRIGADE,,,,,,,,,,,,,
				EVENT,,坏导入大类,,乙,,,城管,,,soon,,,,,,,,,,
				EVENT,,坏导入大类,E9901,丙,,,城管,,,,,,,,,,,,,
				EVENT,,坏导入大类,,乙,,,城管,,,,,,,,,,,,,
				EVENT,,坏导入大类,,丁,,,城管,,,,,,,,,,maybe,,,
				EVENT,,坏导入大类,,戊,,,城管,,,,,,,9d,,,,,,
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					hasItems("line 2", "line 3", "line 4", "line 5", "line 6", "line 7")))
			.andExpect(jsonPath("$.errors[0].message", containsString("FIRE_BRIGADE")))
			.andExpect(jsonPath("$.errors[?(@.field == 'line 3')].message",
					hasItems(containsString("limit"))));
		mvc.perform(get("/api/catalog/majors")).andExpect(jsonPath("$[?(@.name == '坏导入大类')]").isEmpty());
		mvc.perform(get("/api/catalog/categories").param("q", "丁")).andExpect(jsonPath("$[?(@.name == '丁')]").isEmpty());
	}

	@Test
	void aJsonCatalogueNamesItsErrorsByItemAndFieldAndOtherwiseImportsWhole() throws Exception {
		importJson("""
				{"majors": [{"kind": "COMPONENT", "name": "JSON导入部件", "stageLimits": {"HANDLE": "2d"}}],
				 "categories": [
				   {"kind": "COMPONENT", "majorName": "JSON导入部件", "name": "路灯", "responsibility": {"district": "GONGDIAN"}},
				   {"kind": "COMPONENT", "majorName": "JSON导入部件", "responsibility": {"district": "GONGDIAN"}}]}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("categories[1].name"));
		mvc.perform(get("/api/catalog/majors")).andExpect(jsonPath("$[?(@.name == 'JSON导入部件')]").isEmpty());

		String json = """
				{"majors": [{"kind": "COMPONENT", "code": "88", "name": "JSON导入部件", "stageLimits": {"HANDLE": "2d"}}],
				 "categories": [
				   {"kind": "COMPONENT", "majorName": "JSON导入部件", "name": "路灯", "responsibility": {"district": "GONGDIAN"}},
				   {"code": "C8805", "name": "信号灯", "responsibility": {"city": "交通"}}]}
				""";
		importJson(json).andExpect(status().isOk())
			.andExpect(jsonPath("$.majorsCreated").value(1))
			.andExpect(jsonPath("$.categoriesCreated").value(2))
			.andExpect(jsonPath("$.assigned[0].item").value("categories[0]"))
			.andExpect(jsonPath("$.assigned[0].code").value("C8801"));
		mvc.perform(get("/api/catalog/categories/C8805"))
			.andExpect(jsonPath("$.majorName").value("JSON导入部件"))
			.andExpect(jsonPath("$.responsibility.city").value("JIAOTONG"))
			.andExpect(jsonPath("$.stageLimits.HANDLE.amount").value(2));
		importJson(json).andExpect(status().isOk()).andExpect(jsonPath("$.unchanged").value(2));
	}

	@Test
	@WithMockUser(roles = "OPERATOR")
	void onlyAdministratorsImport() throws Exception {
		importCsv(CSV).andExpect(status().isForbidden());
	}

	private ResultActions importCsv(String csv) throws Exception {
		return mvc.perform(post("/api/admin/catalog/import").with(csrf())
			.contentType(MediaType.valueOf("text/csv"))
			.content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private ResultActions importJson(String json) throws Exception {
		return mvc.perform(post("/api/admin/catalog/import").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.getBytes(StandardCharsets.UTF_8)));
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
