package org.tongguan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongguan.identity.internal.CallerAuthentication;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

/** Departments, users, data scopes and the demo identities through the REST API and the module's API. */
@PlatformTest
class IdentityApiTests {

	private static final RegionCode FUTIAN = RegionCode.of("440304");

	@Autowired
	MockMvc mvc;

	@Autowired
	Departments departments;

	@Autowired
	Callers callers;

	@Autowired
	Regions regions;

	@Autowired
	UserDirectory users;

	@Test
	void theFutianCityManagementBureauServesAFutianGrid() {
		RegionCode grid = firstGridIn(FUTIAN);
		assertThat(departments.serving(DepartmentFunction.CHENGGUAN, RegionLevel.DISTRICT, grid))
			.extracting(department -> department.code().value())
			.containsExactly("440304-CHENGGUAN");
		RegionCode street = regions.lineage(grid).get(2).code();
		assertThat(departments.serving(DepartmentFunction.CHENGGUAN, RegionLevel.STREET, grid))
			.extracting(department -> department.code().value())
			.containsExactly(street + "-CHENGGUAN");
		assertThat(departments.serving(DepartmentFunction.GONGDIAN, RegionLevel.CITY, grid))
			.extracting(department -> department.name())
			.containsExactly("深圳供电局有限公司");
	}

	@Test
	void theDemoHasCityDistrictAndStreetDepartments() {
		int streets = regions.list(RegionLevel.STREET).size();
		assertThat(departments.all())
			.filteredOn(department -> department.code().value().equals(department.home() + "-" + department.function()))
			.hasSize(11 + 20 + 8 * 10 + streets * 3); // 11 operational and 20 further city bureaus (DemoBureaus)
		assertThat(departments.find(new DepartmentCode("440304-GONGAN")))
			.hasValueSatisfying(department -> assertThat(department.name()).isEqualTo("深圳市公安局福田分局"));
	}

	@Test
	@WithDemoUser("dispatcher")
	void anyCallerSearchesDepartmentsByFunctionLevelAndRegion() throws Exception {
		mvc.perform(get("/api/departments").param("function", "CHENGGUAN")
			.param("level", "DISTRICT")
			.param("region", firstGridIn(FUTIAN).value()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].code").value("440304-CHENGGUAN"))
			.andExpect(jsonPath("$[0].name").value("福田区城市管理和综合执法局"));
		mvc.perform(get("/api/departments/440300-RANQI")).andExpect(jsonPath("$.function").value("RANQI"));
		mvc.perform(get("/api/departments/440300-NOTHING")).andExpect(status().isNotFound());
		mvc.perform(get("/api/departments").param("region", "440399")).andExpect(status().isBadRequest());
	}

	@Test
	@WithDemoUser("admin")
	void anAdministratorCreatesAndChangesDepartmentsWithValidatedRegions() throws Exception {
		mvc.perform(post("/api/admin/departments").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "440304-NOWHERE", "name": "无名局", "function": "YUANLIN", "level": "DISTRICT",
				 "home": "440399", "serves": ["440304", "123"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("home"))
			.andExpect(jsonPath("$.errors[1].field").value("serves[1]"));
		mvc.perform(get("/api/departments/440304-NOWHERE")).andExpect(status().isNotFound());
		mvc.perform(post("/api/admin/departments").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "440304-PARKS", "name": "福田区公园管理中心", "function": "YUANLIN", "level": "DISTRICT",
				 "home": "440304"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.serves[0]").value("440304"));
		mvc.perform(put("/api/admin/departments/440304-PARKS").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "福田区公园管理中心", "function": "YUANLIN", "level": "STREET", "home": "440304"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("home"));
		mvc.perform(post("/api/admin/departments").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "440304-PARKS", "name": "重复", "function": "YUANLIN", "level": "DISTRICT",
				 "home": "440304"}"""))
			.andExpect(status().isConflict());
	}

	@Test
	@WithDemoUser("admin")
	void userListsShowPhonesMasked() throws Exception {
		mvc.perform(get("/api/admin/users"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == 'operator')].phone").value("138****0001"))
			.andExpect(jsonPath("$[?(@.username == 'handler')].department").value("440304-CHENGGUAN"));
		mvc.perform(get("/api/admin/users/operator")).andExpect(jsonPath("$.phone").value("13812340001"));
	}

	@Test
	@WithDemoUser("admin")
	void aScopedAdministratorManagesOnlyUsersWithinTheirScope() throws Exception {
		mvc.perform(newUser("futian-admin", "ADMIN", "440304")).andExpect(status().isCreated());
		CallerAuthentication futianAdmin = new CallerAuthentication(users.enabledCaller("futian-admin").orElseThrow());
		mvc.perform(newUser("citywide-clerk", "OPERATOR", "440300").with(authentication(futianAdmin)))
			.andExpect(status().isForbidden());
		mvc.perform(newUser("nanshan-clerk", "OPERATOR", "440305").with(authentication(futianAdmin)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/admin/users/dispatcher").with(authentication(futianAdmin)))
			.andExpect(status().isForbidden());
		mvc.perform(newUser("futian-clerk", "OPERATOR", "440304").with(authentication(futianAdmin)))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/admin/users").with(authentication(futianAdmin)))
			.andExpect(jsonPath("$[*].username").value(hasItems("futian-admin", "futian-dispatcher", "futian-clerk",
					"handler", "inspector")))
			.andExpect(jsonPath("$[*].username").value(not(hasItem("dispatcher"))));
	}

	@Test
	@WithDemoUser("admin")
	void invalidUsersAreRejectedWithEveryProblemAndNothingStored() throws Exception {
		mvc.perform(post("/api/admin/users").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "Bad Name", "password": "short", "displayName": "", "phone": "call me",
				 "roles": [], "scope": "999999", "department": "440304-NOTHING"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("username",
					"password", "displayName", "phone", "roles", "scope", "department")));
		assertThat(users.enabledCaller("Bad Name")).isEmpty();
	}

	@Test
	@WithDemoUser("admin")
	void aDisabledUserCanNoLongerLogIn() throws Exception {
		mvc.perform(newUser("temp-worker", "HANDLER", "440304001")).andExpect(status().isCreated());
		mvc.perform(post("/api/admin/users/temp-worker/disable").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		mvc.perform(post("/api/auth/tokens").contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "temp-worker", "password": "a-long-password"}"""))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/admin/users/admin/disable").with(csrf())).andExpect(status().isConflict());
	}

	@Test
	@WithDemoUser("handler")
	void meShowsTheCallersRolesScopeAndDepartment() throws Exception {
		mvc.perform(get("/api/me"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0].label").value("处置人员"))
			.andExpect(jsonPath("$.scope.name").value("福田区"))
			.andExpect(jsonPath("$.department.code").value("440304-CHENGGUAN"));
	}

	@Test
	@WithDemoUser("inspector")
	void theDemoInspectorPatrolsTheStreetAroundTheCivicCentre() {
		Region street = regions.locate(114.0579, 22.5431).orElseThrow().street();
		assertThat(callers.current().scope()).isEqualTo(street.code());
		assertThat(street.code().value()).startsWith("440304");
	}

	@Test
	@WithDemoUser("futian-dispatcher")
	void aCallerSeesOnlyRegionsWithinTheirScope() {
		assertThat(callers.canSee(firstGridIn(FUTIAN))).isTrue();
		assertThat(callers.canSee(firstGridIn(RegionCode.of("440305")))).isFalse();
	}

	private MockHttpServletRequestBuilder newUser(String username, String role, String scope) {
		return post("/api/admin/users").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "a-long-password", "displayName": "测试用户", "phone": "13900001111",
				 "roles": ["%s"], "scope": "%s"}""".formatted(username, role, scope));
	}

	private RegionCode firstGridIn(RegionCode district) {
		return regions.list(RegionLevel.GRID)
			.stream()
			.map(Region::code)
			.filter(code -> regions.isWithin(code, district))
			.findFirst()
			.orElseThrow();
	}
}
