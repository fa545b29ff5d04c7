package org.tongguan.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.support.OrganisationDataTest;
import org.tongguan.support.WithDemoUser;

/** Departments imported from CSV: codes derived, regions and functions by name, all or nothing, idempotent. */
@OrganisationDataTest
@WithDemoUser("admin")
class DepartmentImportApiTests {

	private static final String FILE = """
			code,name,function,level,region,serves
			,园岭街道水务站,水务,STREET,园岭街道,
			,福田区通信办,TONGXIN,DISTRICT,福田区,园岭街道;440304002
			IMP-PARKS,福田区公园二所,YUANLIN,DISTRICT,440304,
			""";

	@Autowired
	MockMvc mvc;

	@Test
	void importsDepartmentsWithDerivedCodesAndRegionsByNameAndAgainChangesNothing() throws Exception {
		importCsv(FILE).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.unchanged").value(0))
			.andExpect(jsonPath("$.assigned[0].line").value(2))
			.andExpect(jsonPath("$.assigned[0].code").value("440304001-SHUIWU"))
			.andExpect(jsonPath("$.assigned[1].code").value("440304-TONGXIN"));
		mvc.perform(get("/api/departments/440304-TONGXIN"))
			.andExpect(jsonPath("$.level").value("DISTRICT"))
			.andExpect(jsonPath("$.home").value("440304"))
			.andExpect(jsonPath("$.serves[0]").value("440304001"))
			.andExpect(jsonPath("$.serves[1]").value("440304002"));
		mvc.perform(get("/api/departments/440304001-SHUIWU")).andExpect(jsonPath("$.serves[0]").value("440304001"));

		importCsv(FILE).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.unchanged").value(3));
		importCsv(FILE.replace("福田区公园二所", "福田区公园管理二所")).andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1))
			.andExpect(jsonPath("$.unchanged").value(2));
		mvc.perform(get("/api/departments/IMP-PARKS")).andExpect(jsonPath("$.name").value("福田区公园管理二所"));
	}

	@Test
	void everyBadRowIsNamedByItsLineAndNothingIsStored() throws Exception {
		importCsv("""
				code,name,function,level,region,serves
				BAD-A,甲,FIRE_BRIGADE,DISTRICT,福田区,
				BAD-B,乙,CHENGGUAN,DISTRICT,不存在区,
				BAD-C,丙,CHENGGUAN,COUNTY,福田区,
				BAD-D,丁,CHENGGUAN,DISTRICT,福田区,
				BAD-D,戊,CHENGGUAN,DISTRICT,福田区,
				BAD-E,己,CHENGGUAN,STREET,福田区,
				BAD-F,庚,CHENGGUAN,DISTRICT,福田区,不存在街道
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(6))
			.andExpect(jsonPath("$.errors[0].field").value("line 2"))
			.andExpect(jsonPath("$.errors[0].message", containsString("FIRE_BRIGADE")))
			.andExpect(jsonPath("$.errors[1].field").value("line 3"))
			.andExpect(jsonPath("$.errors[1].message", containsString("不存在区")))
			.andExpect(jsonPath("$.errors[2].field").value("line 4"))
			.andExpect(jsonPath("$.errors[3].field").value("line 6"))
			.andExpect(jsonPath("$.errors[3].message", containsString("line 5")))
			.andExpect(jsonPath("$.errors[4].field").value("line 7"))
			.andExpect(jsonPath("$.errors[5].field").value("line 8"));
		mvc.perform(get("/api/departments/BAD-D")).andExpect(status().isNotFound());
	}

	@Test
	void aFileWithoutTheRequiredColumnsOrRowsIsRefused() throws Exception {
		importCsv("code,name,function\nX-1,甲,CHENGGUAN\n").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("line 1"));
		importCsv("code,name,function,level,region\n").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("line 2"));
	}

	@Test
	@WithDemoUser("operator")
	void onlyAdministratorsImport() throws Exception {
		importCsv(FILE).andExpect(status().isForbidden());
	}

	private ResultActions importCsv(String csv) throws Exception {
		return mvc.perform(post("/api/admin/departments/import").with(csrf())
			.contentType(MediaType.valueOf("text/csv"))
			.content(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}
}
