package org.tongguan.region.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

@PlatformTest
@WithMockUser(roles = "OPERATOR")
class RegionApiTests {

	private static final String FUTIAN_CIVIC_CENTRE = "/api/regions/locate?lon=114.0579&lat=22.5431";

	@Autowired
	MockMvc mvc;

	@Test
	void listsTheEightDistrictsOfTheDemoCity() throws Exception {
		mvc.perform(get("/api/regions").param("level", "DISTRICT"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(8)))
			.andExpect(jsonPath("$[*].parent", everyItem(is("440300"))))
			.andExpect(jsonPath("$[*].name", hasItem("福田区")))
			.andExpect(jsonPath("$[0].code").value("440303"));
	}

	@Test
	void locatesTheCivicCentreInFutianDownToItsGrid() throws Exception {
		mvc.perform(get(FUTIAN_CIVIC_CENTRE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.district.code").value("440304"))
			.andExpect(jsonPath("$.district.name").value("福田区"))
			.andExpect(jsonPath("$.street.code", matchesPattern("440304\\d{3}")))
			.andExpect(jsonPath("$.community.code", matchesPattern("440304\\d{6}")))
			.andExpect(jsonPath("$.grid.code", matchesPattern("440304\\d{9}")));
	}

	@Test
	void answersARegionWithItsLineageAndChildren() throws Exception {
		mvc.perform(get("/api/regions/440304"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("福田区"))
			.andExpect(jsonPath("$.level").value("DISTRICT"))
			.andExpect(jsonPath("$.lineage[0].code").value("440300"))
			.andExpect(jsonPath("$.childCount").value(greaterThan(0)));
		mvc.perform(get("/api/regions/440304/children"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", everyItem(matchesPattern("440304\\d{3}"))))
			.andExpect(jsonPath("$[*].level", everyItem(is("STREET"))));
	}

	@Test
	void answers404ForAnUnknownRegionAnd400ForAMalformedCode() throws Exception {
		mvc.perform(get("/api/regions/440399")).andExpect(status().isNotFound());
		mvc.perform(get("/api/regions/4403")).andExpect(status().isBadRequest());
	}

	@Test
	void refusesAPointWithoutOrOutOfRangeCoordinates() throws Exception {
		mvc.perform(get("/api/regions/locate").param("lon", "114.05"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lat"));
		mvc.perform(get("/api/regions/locate").param("lon", "214.05").param("lat", "95"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)));
	}

	@Test
	void answers404ForAPointOutsideTheCity() throws Exception {
		mvc.perform(get("/api/regions/locate").param("lon", "116.39").param("lat", "39.91"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("lies in no region of the platform")));
	}

	@Test
	void exportsTheDistrictsAsAGeoJsonFeatureCollection() throws Exception {
		mvc.perform(get("/api/regions/export").param("level", "district"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features", hasSize(8)))
			.andExpect(jsonPath("$.features[0].properties.code").value("440303"))
			.andExpect(jsonPath("$.features[0].properties.level").value("DISTRICT"))
			.andExpect(jsonPath("$.features[0].properties.parent").value("440300"))
			.andExpect(jsonPath("$.features[*].geometry.type", everyItem(matchesPattern("(Multi)?Polygon"))));
	}

	@Test
	void exportsTheGridsOfOneCommunity() throws Exception {
		mvc.perform(get("/api/regions/export").param("level", "GRID").param("within", "440304001001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features[*].properties.parent",
					everyItem(is("440304001001"))));
	}

	@Test
	void refusesAnUnknownLevel() throws Exception {
		mvc.perform(get("/api/regions").param("level", "COUNTY"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
	}

	@Test
	@WithAnonymousUser
	void answers401WithoutAuthentication() throws Exception {
		mvc.perform(get("/api/regions")).andExpect(status().isUnauthorized());
	}

	@Test
	void forbidsImportsToOtherRolesThanAdmin() throws Exception {
		mvc.perform(post("/api/admin/regions/import/GRID").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"FeatureCollection\",\"features\":[]}")).andExpect(status().isForbidden());
	}

	@Test
	@WithDemoUser("admin")
	void letsAdministratorsReachTheImport() throws Exception {
		mvc.perform(post("/api/admin/regions/import/GRID").with(csrf())
			.contentType("application/geo+json")
			.content("{\"type\":\"FeatureCollection\",\"features\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("features"));
	}
}
