package org.tongguan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.TimeLimit;
import org.tongguan.support.PlatformTest;

import tools.jackson.databind.ObjectMapper;

/** The default catalogue, its REST API, versioning of edits and the validation of bad entries. */
@PlatformTest
@RecordApplicationEvents
@WithMockUser(roles = "OPERATOR")
class CatalogApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	@Autowired
	ObjectMapper json;

	@Autowired
	ApplicationEvents events;

	@Test
	void listsAtLeastSixtySubCategoriesWithTheirLimits() throws Exception {
		mvc.perform(get("/api/catalog/categories"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(greaterThanOrEqualTo(60)))
			.andExpect(jsonPath("$[?(@.limit == null)]").isEmpty())
			.andExpect(jsonPath("$[?(@.stageLimits.HANDLE == null)]").isEmpty());
		assertThat(catalog.currentAll()).hasSizeGreaterThanOrEqualTo(60);
	}

	@Test
	void exposedGarbageHasOneWorkingDayAndDirtyRoadsFiveWorkingHours() throws Exception {
		mvc.perform(get("/api/catalog/categories").param("q", "暴露垃圾"))
			.andExpect(jsonPath("$[0].code").value("E0101"))
			.andExpect(jsonPath("$[0].majorName").value("市容环境"))
			.andExpect(jsonPath("$[0].limit.amount").value(1))
			.andExpect(jsonPath("$[0].limit.unit").value("WORKING_DAYS"));
		mvc.perform(get("/api/catalog/categories/E0102"))
			.andExpect(jsonPath("$.name").value("道路不洁"))
			.andExpect(jsonPath("$.limit.amount").value(5))
			.andExpect(jsonPath("$.limit.unit").value("WORKING_HOURS"));
		assertThat(catalog.current(CategoryCode.of("E0103")).orElseThrow().definition().limits().overall())
			.isEqualTo(TimeLimit.workingDays(4));
	}

	@Test
	void emergenciesRunRoundTheClockAndPoliceMattersGoTo110() {
		CategoryDefinition gasLeak = catalog.current(CategoryCode.of("E0502")).orElseThrow().definition();
		CategoryDefinition fight = catalog.current(CategoryCode.of("E0406")).orElseThrow().definition();

		assertThat(gasLeak.roundTheClock()).isTrue();
		assertThat(gasLeak.limits().defaultUrgency()).isEqualTo(Urgency.CRITICAL);
		assertThat(fight.policeMatter()).isTrue();
	}

	@Test
	void filtersByKindAndMajorAndShowsBothTrees() throws Exception {
		mvc.perform(get("/api/catalog/categories").param("kind", "COMPONENT").param("major", "01"))
			.andExpect(jsonPath("$[*].kind").value(hasItem("COMPONENT")))
			.andExpect(jsonPath("$[?(@.kind == 'EVENT' || @.major != '01')]").isEmpty())
			.andExpect(jsonPath("$[?(@.name == '燃气井盖')].responsibility.city").value(hasItem("RANQI")));
		mvc.perform(get("/api/catalog/tree"))
			.andExpect(jsonPath("$.length()").value(10))
			.andExpect(jsonPath("$[0].name").value("市容环境"))
			.andExpect(jsonPath("$[0].categories[0].code").value("E0101"));
		mvc.perform(get("/api/catalog/categories").param("kind", "PLANT")).andExpect(status().isBadRequest());
	}

	@Test
	void listsTheHotlineMatterTypesWithTheirLimits() throws Exception {
		mvc.perform(get("/api/catalog/matter-types"))
			.andExpect(jsonPath("$.length()").value(5))
			.andExpect(jsonPath("$[?(@.kind == 'COMPLAINT')].limit.amount").value(hasItem(13)))
			.andExpect(jsonPath("$[?(@.kind == 'CONSULTATION')].name").value(hasItem("咨询")));
		assertThat(catalog.matterType(MatterKind.COMPLAINT).limit()).isEqualTo(TimeLimit.workingDays(13));
	}

	@Test
	void theDemoCityHasFutianHandleDirtyRoadsAtDistrictLevel() {
		CategoryDefinition dirtyRoad = catalog.current(CategoryCode.of("E0102")).orElseThrow().definition();

		Responsibility futian = dirtyRoad.responsibilityIn(RegionCode.of("440304"));
		assertThat(futian.dispatchLevel()).isEqualTo(RegionLevel.DISTRICT);
		assertThat(futian.dispatchFunction()).isEqualTo(DepartmentFunction.HUANWEI);
		assertThat(dirtyRoad.responsibilityIn(RegionCode.of("440305")).dispatchLevel()).isEqualTo(RegionLevel.STREET);
	}

	@Test
	@WithMockUser(username = "catalog-admin", roles = "ADMIN")
	void anEditPublishesVersionTwoAndVersionOneStaysReadableById() throws Exception {
		CategoryVersion first = catalog.current(CategoryCode.of("E0104")).orElseThrow();
		String firstJson = read(get("/api/catalog/versions/" + first.id()));
		Map<String, Object> edit = draftOf("垃圾满溢", "3h");
		edit.put("changeNote", "缩短时限");

		mvc.perform(json(put("/api/admin/catalog/categories/E0104"), edit))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.limit.amount").value(3))
			.andExpect(jsonPath("$.editedBy").value("catalog-admin"))
			.andExpect(jsonPath("$.changeNote").value("缩短时限"));

		assertThat(read(get("/api/catalog/versions/" + first.id()))).isEqualTo(firstJson);
		assertThat(catalog.version(first.id())).contains(first);
		mvc.perform(get("/api/catalog/categories/E0104")).andExpect(jsonPath("$.version").value(2));
		mvc.perform(get("/api/catalog/categories/E0104/versions"))
			.andExpect(jsonPath("$[*].version").value(contains(1, 2)))
			.andExpect(jsonPath("$[0].limit.amount").value(4));
		CategoryVersion second = catalog.current(CategoryCode.of("E0104")).orElseThrow();
		assertThat(events.stream(CategoryVersionPublished.class))
			.contains(new CategoryVersionPublished(second.code(), second.id(), 2));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void aNewSubCategoryStartsAtVersionOneAndADuplicateCodeIsAConflict() throws Exception {
		Map<String, Object> draft = draftOf("乱涂乱画", "2d");
		draft.put("code", "E0190");
		draft.put("kind", "EVENT");
		draft.put("major", "01");

		mvc.perform(json(post("/api/admin/catalog/categories"), draft))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/catalog/categories/E0190"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.editedBy").value("user"));
		mvc.perform(json(post("/api/admin/catalog/categories"), draft)).andExpect(status().isConflict());
		assertThat(catalog.versions(CategoryCode.of("E0190"))).hasSize(1);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void deactivationPublishesAnInactiveVersionHiddenFromTheDefaultList() throws Exception {
		mvc.perform(json(post("/api/admin/catalog/categories/E0111/deactivate"), Map.of("changeNote", "并入店外经营")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.active").value(false));
		mvc.perform(get("/api/catalog/categories").param("q", "E0111")).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/catalog/categories").param("q", "E0111").param("includeInactive", "true"))
			.andExpect(jsonPath("$.length()").value(1));
		mvc.perform(post("/api/admin/catalog/categories/E0111/deactivate").with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(json(put("/api/admin/catalog/categories/E0111"), draftOf("沿街晾挂", "2d")))
			.andExpect(jsonPath("$.version").value(3))
			.andExpect(jsonPath("$.active").value(false));
		mvc.perform(post("/api/admin/catalog/categories/E0111/activate").with(csrf()))
			.andExpect(jsonPath("$.version").value(4))
			.andExpect(jsonPath("$.active").value(true));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void badEntriesAnswer400NamingTheFieldAndStoreNothing() throws Exception {
		Map<String, Object> negative = draftOf("露天焚烧", "4h");
		urgencies(negative).put("NORMAL", Map.of("amount", -1, "unit", "WORKING_HOURS"));
		expectInvalid(put("/api/admin/catalog/categories/E0105"), negative, "urgencyLimits.NORMAL.amount");

		Map<String, Object> tooLong = draftOf("露天焚烧", "4h");
		stages(tooLong).put("HANDLE", "2d");
		expectInvalid(put("/api/admin/catalog/categories/E0105"), tooLong, "stageLimits.HANDLE");

		Map<String, Object> unknownDistrict = draftOf("露天焚烧", "4h");
		unknownDistrict.put("districtOverrides", Map.of("449999", districtResponsibility()));
		expectInvalid(put("/api/admin/catalog/categories/E0105"), unknownDistrict, "districtOverrides.449999");

		Map<String, Object> unknownFunction = draftOf("露天焚烧", "4h");
		unknownFunction.put("responsibility", Map.of("dispatchLevel", "DISTRICT", "district", "FIRE_BRIGADE"));
		expectInvalid(put("/api/admin/catalog/categories/E0105"), unknownFunction, "responsibility.district");

		Map<String, Object> badCode = draftOf("乱涂乱画", "2d");
		badCode.put("code", "E1");
		expectInvalid(post("/api/admin/catalog/categories"), badCode, "code");

		Map<String, Object> wrongMajor = draftOf("乱涂乱画", "2d");
		wrongMajor.put("code", "E0191");
		wrongMajor.put("major", "02");
		expectInvalid(post("/api/admin/catalog/categories"), wrongMajor, "major");

		assertThat(catalog.versions(CategoryCode.of("E0105"))).hasSize(1);
		assertThat(catalog.versions(CategoryCode.of("E0191"))).isEmpty();
		mvc.perform(get("/api/catalog/categories/E0105/versions")).andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void nonAdministratorsCannotEdit() throws Exception {
		Map<String, Object> draft = draftOf("暴露垃圾", "1d");
		mvc.perform(json(put("/api/admin/catalog/categories/E0101"), draft)).andExpect(status().isForbidden());
		draft.put("code", "E0192");
		mvc.perform(json(post("/api/admin/catalog/categories"), draft)).andExpect(status().isForbidden());
		mvc.perform(post("/api/admin/catalog/categories/E0101/deactivate").with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(catalog.versions(CategoryCode.of("E0101"))).hasSize(1);
	}

	@Test
	void unknownAndMalformedCodesAnswer404And400() throws Exception {
		mvc.perform(get("/api/catalog/categories/E0999")).andExpect(status().isNotFound());
		mvc.perform(get("/api/catalog/categories/garbage"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		mvc.perform(get("/api/catalog/versions/999999")).andExpect(status().isNotFound());
	}

	private void expectInvalid(MockHttpServletRequestBuilder request, Map<String, Object> body, String field)
			throws Exception {
		mvc.perform(json(request, body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
	}

	private String read(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
		return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> urgencies(Map<String, Object> draft) {
		return (Map<String, Object>) draft.get("urgencyLimits");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> stages(Map<String, Object> draft) {
		return (Map<String, Object>) draft.get("stageLimits");
	}

	private static Map<String, Object> districtResponsibility() {
		return Map.of("dispatchLevel", "DISTRICT", "district", "CHENGGUAN");
	}

	/** A valid request body: street-level dispatch, the given normal limit, structured and short-form limits. */
	private static Map<String, Object> draftOf(String name, String normalLimit) {
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("name", name);
		draft.put("responsibility", Map.of("dispatchLevel", "STREET", "district", "CHENGGUAN", "street", "JIEDAO"));
		draft.put("defaultUrgency", "NORMAL");
		draft.put("urgencyLimits", new HashMap<>(Map.of("NORMAL", normalLimit)));
		draft.put("stageLimits", new HashMap<>(Map.of("ACCEPT", Map.of("amount", 1, "unit", "WORKING_HOURS"), "FILE",
				"1h", "DISPATCH", "1h", "HANDLE", "1h", "VERIFY", "1h", "CLOSE", "1h")));
		draft.put("closingConditions", "现场已恢复");
		return draft;
	}
}
