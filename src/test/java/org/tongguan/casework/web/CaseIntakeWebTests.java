package org.tongguan.casework.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Optional;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.casework.intake.CategoryNames;
import org.tongguan.casework.intake.Duplicates;
import org.tongguan.casework.intake.IntakeService;
import org.tongguan.casework.store.CaseStore;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.identity.Callers;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.support.ControllerSlice;

/**
 * Intake's validation as a web slice, services mocked: a report without an {@code Idempotency-Key} and a duplicate
 * hint without a known category or a point on earth are answered 400 as problem details naming every wrong field,
 * and nothing is looked up or stored.
 */
@ControllerSlice(@Filter(type = FilterType.ASSIGNABLE_TYPE, classes = { CaseIntakeController.class,
		DuplicateHintController.class }))
class CaseIntakeWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	IntakeService intake;

	@MockitoBean
	CaseViews views;

	@MockitoBean
	CategoryNames categories;

	@MockitoBean
	Duplicates duplicates;

	@MockitoBean
	CaseStore cases;

	@MockitoBean
	Catalog catalog;

	@MockitoBean
	Callers callers;

	@MockitoBean
	Clock clock;

	@Test
	void aReportWithoutAnIdempotencyKeyIsAProblemNamingTheHeaderAndMakesNoCase() throws Exception {
		mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
			.content("{\"category\": \"E0101\", \"description\": \"路边暴露垃圾\"}")
			.header("Idempotency-Key", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
		verifyNoInteractions(intake);
	}

	@Test
	void aDuplicateHintWithoutCategoryOrPointNamesEveryMissingField() throws Exception {
		mvc.perform(get("/api/cases/likely-duplicates"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("A duplicate hint needs a category and a point"))
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("category", "longitude", "latitude")));
		verifyNoInteractions(duplicates);
	}

	@Test
	void aDuplicateHintNamesAnUnknownCategoryAndACoordinateOffTheEarth() throws Exception {
		when(categories.resolve(eq("category"), eq("没有这个小类")))
			.thenThrow(new InvalidInputException("category", "no sub-category named 没有这个小类"));
		when(categories.resolve("category", "E0199")).thenReturn(CategoryCode.of("E0199"));
		when(catalog.current(any())).thenReturn(Optional.empty());

		mvc.perform(get("/api/cases/likely-duplicates").param("category", "没有这个小类")
			.param("longitude", "114.05")
			.param("latitude", "22.54"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("category")))
			.andExpect(jsonPath("$.errors[0].message").value("no sub-category named 没有这个小类"));
		mvc.perform(get("/api/cases/likely-duplicates").param("category", "E0199")
			.param("longitude", "114.05")
			.param("latitude", "95"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("category", "latitude")))
			.andExpect(jsonPath("$.errors[0].message").value("no category E0199 in the catalogue"));
		verifyNoInteractions(duplicates);
	}
}
