package org.tongguan.identity;

import static org.hamcrest.Matchers.hasItem;
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

/** A city's own department functions beside the built-in bureau kinds, and departments naming them. */
@OrganisationDataTest
@WithDemoUser("admin")
class DepartmentFunctionApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anAdministratorRegistersACityFunctionThatDepartmentsThenName() throws Exception {
		register("{\"code\": \"STREET_LIGHTING\", \"label\": \"Street lighting\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("STREET_LIGHTING"))
			.andExpect(jsonPath("$.builtIn").value(false));
		mvc.perform(get("/api/department-functions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("CHENGGUAN"))
			.andExpect(jsonPath("$[0].label").value("城管"))
			.andExpect(jsonPath("$[0].builtIn").value(true))
			.andExpect(jsonPath("$[*].code", hasItem("STREET_LIGHTING")));

		mvc.perform(post("/api/admin/departments").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "440304-LIGHTS", "name": "福田区路灯所", "function": "STREET_LIGHTING", "level": "DISTRICT",
				 "home": "440304"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.function").value("STREET_LIGHTING"))
			.andExpect(jsonPath("$.functionLabel").value("Street lighting"))
			.andExpect(jsonPath("$.enabled").value(true));
		mvc.perform(get("/api/departments").param("function", "STREET_LIGHTING"))
			.andExpect(jsonPath("$[0].code").value("440304-LIGHTS"));
	}

	@Test
	void aBuiltInLabelNamesItsFunctionAndAnUnknownFunctionIsRefused() throws Exception {
		mvc.perform(post("/api/admin/departments").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "440304-CG2", "name": "福田区城管二队", "function": "城管", "level": "DISTRICT",
				 "home": "440304"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.function").value("CHENGGUAN"));
		mvc.perform(post("/api/admin/departments").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "440304-FIRE", "name": "福田区消防", "function": "FIRE_BRIGADE", "level": "DISTRICT",
				 "home": "440304"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("function"));
		mvc.perform(get("/api/departments/440304-FIRE")).andExpect(status().isNotFound());
	}

	@Test
	void badAndDuplicateFunctionCodesAreRefused() throws Exception {
		register("{\"code\": \"sanitation\", \"label\": \"Sanitation\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		register("{\"code\": \"PARKING\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("label"));
		register("{\"code\": \"CHENGGUAN\", \"label\": \"Again\"}").andExpect(status().isConflict());
		register("{\"code\": \"URBAN\", \"label\": \"城管\"}").andExpect(status().isConflict());
		mvc.perform(get("/api/department-functions")).andExpect(jsonPath("$[?(@.code == 'PARKING')]").isEmpty());
	}

	@Test
	@WithDemoUser("operator")
	void onlyAdministratorsRegisterFunctions() throws Exception {
		register("{\"code\": \"KIOSKS\", \"label\": \"Kiosks\"}").andExpect(status().isForbidden());
		mvc.perform(get("/api/department-functions")).andExpect(status().isOk());
	}

	private ResultActions register(String body) throws Exception {
		return mvc.perform(post("/api/admin/department-functions").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}
}
