package org.tongguan.catalog.web;

import static org.hamcrest.Matchers.contains;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryDefinition;
import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.CategoryLimits;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.CategoryVersionId;
import org.tongguan.catalog.MajorCategory;
import org.tongguan.catalog.Responsibility;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.TimeLimit;
import org.tongguan.support.ControllerSlice;

/**
 * Reading the catalogue as a web slice, the catalogue mocked: the list's filters (kind, major, a text in the code or
 * the name, inactive sub-categories only when asked), and a malformed code or kind answered 400 as a problem naming
 * the expected form before the catalogue is asked, an unknown one 404.
 */
@ControllerSlice(@Filter(type = FilterType.ASSIGNABLE_TYPE, classes = CatalogController.class))
class CatalogWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Catalog catalog;

	@Test
	void filtersByKindMajorAndATextInTheCodeOrNameAndHidesInactiveSubCategoriesUnlessAsked() throws Exception {
		when(catalog.majors()).thenReturn(List.of(new MajorCategory(CategoryKind.EVENT, "01", "市容环境"),
				new MajorCategory(CategoryKind.COMPONENT, "01", "公共设施")));
		when(catalog.currentAll()).thenReturn(List.of(version("E0101", "暴露垃圾", true),
				version("E0102", "道路不洁", true), version("C0101", "上水井盖", true),
				version("E0103", "积存垃圾渣土", false)));

		mvc.perform(get("/api/catalog/categories").param("kind", "EVENT").param("q", "垃圾"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(contains("E0101")))
			.andExpect(jsonPath("$[0].majorName").value("市容环境"));
		mvc.perform(get("/api/catalog/categories").param("major", "01")
			.param("q", " e01 ")
			.param("includeInactive", "true"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(contains("E0101", "E0102", "E0103")));
	}

	@Test
	void aMalformedCodeIsAProblemNamingTheFormAndNothingIsLookedUp() throws Exception {
		for (String path : List.of("/api/catalog/categories/E01", "/api/catalog/categories/E01/versions")) {
			mvc.perform(get(path))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("code"))
				.andExpect(jsonPath("$.errors[0].message").value("'E01' is not a category code: " + CategoryCode.FORM));
		}
		mvc.perform(get("/api/catalog/categories").param("kind", "THING"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.errors[0].message").value("cannot read 'THING' as CategoryKind"));
		verifyNoInteractions(catalog);
	}

	@Test
	void anUnknownSubCategoryOrVersionIsNotFound() throws Exception {
		when(catalog.current(any())).thenReturn(Optional.empty());
		when(catalog.versions(any())).thenReturn(List.of());
		when(catalog.version(any())).thenReturn(Optional.empty());

		mvc.perform(get("/api/catalog/categories/E0199"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No sub-category E0199"));
		mvc.perform(get("/api/catalog/categories/E0199/versions")).andExpect(status().isNotFound());
		mvc.perform(get("/api/catalog/versions/999"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No catalogue version 999"));
	}

	private static CategoryVersion version(String code, String name, boolean active) {
		Map<Stage, TimeLimit> stages = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			stages.put(stage, TimeLimit.workingHours(4));
		}
		CategoryDefinition definition = new CategoryDefinition(name, new Responsibility(RegionLevel.DISTRICT, null,
				DepartmentFunction.CHENGGUAN, null), Map.of(), new CategoryLimits(Urgency.NORMAL,
						Map.of(Urgency.NORMAL, TimeLimit.workingDays(1)), stages), null, null, false, false, active);
		return new CategoryVersion(new CategoryVersionId(1), CategoryCode.of(code), 1, definition, "admin",
				Instant.parse("2026-11-21T00:00:00Z"), null);
	}
}
