package org.tongguan.catalog;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongguan.support.OrganisationDataTest;

import com.jayway.jsonpath.JsonPath;

/**
 * Major categories (大类) through the API: created with or without a code, edited, retired (with their
 * sub-categories), and the default limits a sub-category falls back to so that it needs no invented limits.
 */
@OrganisationDataTest
@WithMockUser(roles = "ADMIN")
class MajorCategoryApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aSubCategoryStatedByMajorNameAndResponsibilityTakesTheMajorsThenTheCatalogueDefaults() throws Exception {
		String major = code(send(post("/api/admin/catalog/majors"), """
				{"kind": "EVENT", "name": "测试大类甲", "stageLimits": {"HANDLE": "2d"}, "urgencyLimits": {"NORMAL": "3d"}}
				""").andExpect(status().isCreated()).andExpect(jsonPath("$.retired").value(false)));

		send(post("/api/admin/catalog/categories"), """
				{"kind": "EVENT", "majorName": "测试大类甲", "name": "测试小类", "responsibility": {"street": "城管"}}
				""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("E" + major + "01"))
			.andExpect(jsonPath("$.majorName").value("测试大类甲"))
			.andExpect(jsonPath("$.responsibility.dispatchLevel").value("STREET"))
			.andExpect(jsonPath("$.responsibility.street").value("CHENGGUAN"))
			.andExpect(jsonPath("$.limit.amount").value(3))
			.andExpect(jsonPath("$.stageLimits.HANDLE.amount").value(2))
			.andExpect(jsonPath("$.stageLimits.HANDLE.unit").value("WORKING_DAYS"))
			.andExpect(jsonPath("$.stageLimits.ACCEPT.amount").value(1))
			.andExpect(jsonPath("$.stageLimits.ACCEPT.unit").value("WORKING_HOURS"))
			.andExpect(jsonPath("$.closingConditions").isNotEmpty());
		send(post("/api/admin/catalog/categories"), """
				{"kind": "EVENT", "major": "%s", "name": "测试小类二", "urgencyLimits": {"NORMAL": "5h"},
				 "responsibility": {"district": "CHENGGUAN"}}""".formatted(major))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("E" + major + "02"))
			.andExpect(jsonPath("$.limit.amount").value(5))
			.andExpect(jsonPath("$.stageLimits.HANDLE.amount").value(5))
			.andExpect(jsonPath("$.stageLimits.HANDLE.unit").value("WORKING_HOURS"));
	}

	@Test
	void aMajorWithoutDefaultsLeavesTheCatalogueWideDefaults() throws Exception {
		code(send(post("/api/admin/catalog/majors"), "{\"kind\": \"COMPONENT\", \"name\": \"测试部件大类\"}")
			.andExpect(status().isCreated()));
		send(post("/api/admin/catalog/categories"), """
				{"kind": "COMPONENT", "majorName": "测试部件大类", "name": "测试部件", "responsibility": {"city": "SHUIWU"}}
				""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.startsWith("C")))
			.andExpect(jsonPath("$.defaultUrgency").value("NORMAL"))
			.andExpect(jsonPath("$.limit.amount").value(5))
			.andExpect(jsonPath("$.limit.unit").value("WORKING_DAYS"))
			.andExpect(jsonPath("$.urgencyLimits.CRITICAL.amount").value(4))
			.andExpect(jsonPath("$.stageLimits.HANDLE.amount").value(3));
	}

	@Test
	void aMajorIsEditedAndRetiredOnlyWithItsSubCategoriesDeactivated() throws Exception {
		String major = code(send(post("/api/admin/catalog/majors"), "{\"kind\": \"EVENT\", \"name\": \"待停用大类\"}"));
		String category = JsonPath.read(body(send(post("/api/admin/catalog/categories"), """
				{"kind": "EVENT", "majorName": "待停用大类", "name": "待停用小类", "responsibility": {"street": "JIEDAO"}}
				""").andExpect(status().isCreated())), "$.code");

		send(put("/api/admin/catalog/majors/EVENT/" + major), """
				{"name": "待停用大类（改）", "stageLimits": {"VERIFY": "3h"}}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("待停用大类（改）"))
			.andExpect(jsonPath("$.stageLimits.VERIFY.amount").value(3));
		mvc.perform(post("/api/admin/catalog/majors/EVENT/" + major + "/retire").with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/admin/catalog/majors/EVENT/" + major + "/retire").param("cascade", "true")
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.retired").value(true));
		mvc.perform(get("/api/catalog/categories/" + category)).andExpect(jsonPath("$.active").value(false));
		mvc.perform(get("/api/catalog/majors").param("kind", "EVENT"))
			.andExpect(jsonPath("$[?(@.code == '" + major + "')].retired").value(org.hamcrest.Matchers.contains(true)));
		send(post("/api/admin/catalog/categories"), """
				{"kind": "EVENT", "major": "%s", "name": "新小类", "responsibility": {"street": "JIEDAO"}}"""
			.formatted(major)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("major"));
	}

	@Test
	void badMajorsAndSubCategoriesAnswer4xxNamingTheFieldAndStoreNothing() throws Exception {
		send(post("/api/admin/catalog/majors"), "{\"kind\": \"THING\", \"name\": \"错\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		send(post("/api/admin/catalog/majors"), "{\"kind\": \"EVENT\", \"name\": \"坏时限\", \"stageLimits\": {\"HANDLE\": \"soon\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stageLimits.HANDLE.unit"));
		send(post("/api/admin/catalog/majors"), "{\"kind\": \"EVENT\", \"code\": \"01\", \"name\": \"重复\"}")
			.andExpect(status().isConflict());
		send(post("/api/admin/catalog/majors"), "{\"kind\": \"EVENT\", \"name\": \"市容环境\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		send(post("/api/admin/catalog/categories"), """
				{"kind": "EVENT", "majorName": "没有这个大类", "name": "甲", "responsibility": {"street": "JIEDAO"}}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("majorName"));
		send(post("/api/admin/catalog/categories"), """
				{"kind": "EVENT", "majorName": "市容环境", "name": "甲", "responsibility": {"street": "FIRE_BRIGADE"}}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("responsibility.street"));
		mvc.perform(get("/api/catalog/majors")).andExpect(jsonPath("$[?(@.name == '坏时限')]").isEmpty());
		mvc.perform(get("/api/catalog/categories").param("q", "甲")).andExpect(jsonPath("$[?(@.name == '甲')]").isEmpty());
	}

	@Test
	@WithMockUser(roles = "OPERATOR")
	void onlyAdministratorsChangeMajorsButEveryoneListsThem() throws Exception {
		send(post("/api/admin/catalog/majors"), "{\"kind\": \"EVENT\", \"name\": \"无权\"}")
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/catalog/majors")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("EVENT"));
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
		return mvc.perform(request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static String code(ResultActions created) throws Exception {
		return JsonPath.read(body(created), "$.code");
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
