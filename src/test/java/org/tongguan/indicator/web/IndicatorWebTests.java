package org.tongguan.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.identity.Callers;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.indicator.Framework;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorDomain;
import org.tongguan.indicator.computed.ComputedIndicators;
import org.tongguan.indicator.registry.IndicatorRegistry;
import org.tongguan.indicator.registry.RegistryPage;
import org.tongguan.indicator.registry.RegistryQuery;
import org.tongguan.indicator.registry.RegistrySearch;
import org.tongguan.indicator.value.ValueIngest;
import org.tongguan.region.RegionLevel;
import org.tongguan.support.ControllerSlice;

/**
 * The registry's and the push's requests as a web slice, services mocked: a malformed code, an unknown enumeration
 * or a body of another format is a problem detail and reaches no service; every search filter reaches the search.
 */
@ControllerSlice(@Filter(type = FilterType.ASSIGNABLE_TYPE, classes = { IndicatorController.class,
		ValueIngestController.class, IndicatorCodeConverter.class }))
class IndicatorWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	IndicatorRegistry registry;

	@MockitoBean
	RegistrySearch search;

	@MockitoBean
	ValueIngest ingest;

	@MockitoBean
	Callers callers;

	@MockitoBean
	ComputedIndicators computed;

	@Test
	void aMalformedCodeOrAnUnknownEnumerationIsAProblemAndReachesNoService() throws Exception {
		mvc.perform(get("/api/indicators/X1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		mvc.perform(get("/api/indicators").param("domain", "WEATHER"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("domain"));
		mvc.perform(get("/api/indicators").param("sourceDepartment", "福田"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sourceDepartment"));
		verifyNoInteractions(registry, search);
	}

	@Test
	void aPushThatIsNoJsonIsAProblemAndStoresNothing() throws Exception {
		mvc.perform(post("/api/indicator-values").contentType("text/csv").content("indicator,region\n"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(ingest);
	}

	@Test
	void everySearchFilterReachesTheSearch() throws Exception {
		when(search.search(any(), any())).thenReturn(new RegistryPage(List.of(), 0, 2, 50));
		mvc.perform(get("/api/indicators").param("q", "PM2.5")
			.param("within", "L8")
			.param("domain", "ENVIRONMENT")
			.param("level", "DISTRICT")
			.param("framework", "ISO_37120")
			.param("sourceDepartment", "440300-SHENGTAI")
			.param("highFrequency", "true")
			.param("includeRetired", "true")
			.param("page", "2")
			.param("size", "50")).andExpect(status().isOk()).andExpect(jsonPath("$.page").value(2));
		ArgumentCaptor<RegistryQuery> query = ArgumentCaptor.forClass(RegistryQuery.class);
		verify(search).search(query.capture(), any());
		assertThat(query.getValue()).isEqualTo(new RegistryQuery("PM2.5", IndicatorCode.of("L8"), null, null,
				IndicatorDomain.ENVIRONMENT, null, RegionLevel.DISTRICT, null, new DepartmentCode("440300-SHENGTAI"),
				null, null, Framework.ISO_37120, null, true, null, true, 2, 50));
	}
}
