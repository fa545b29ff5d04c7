package org.tongguan.region.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.region.Location;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.internal.RegionService;
import org.tongguan.shared.geo.GeoFeature;
import org.tongguan.shared.geo.GeoJson;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

@PlatformTest
@WithDemoUser("admin")
class RegionImportPreviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegionService regions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void previewsARenamedGridWithoutStoringItAndRefusesAFileWithABadFeature() throws Exception {
		Location here = civicCentre();
		String community = here.community().code().value();
		String grid = here.grid().code().value();
		String body = GeoJson.writeFeatureCollection(List.of(
				feature(grid, "市民中心网格", community, regions.current().boundary(here.grid().code()).geometry()),
				feature(null, "新网格", community, GeoJson.FACTORY.toGeometry(new Envelope(0, 0.001, 0, 0.001)))), 7);
		String before = tableState();

		preview("GRID", body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("features[1]"));
		String inside = GeoJson.writeFeatureCollection(List.of(feature(grid, "市民中心网格", community,
				regions.current().boundary(here.grid().code()).geometry())), 7);
		preview("GRID", inside).andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("GRID"))
			.andExpect(jsonPath("$.updated").value(1))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.features", hasSize(1)))
			.andExpect(jsonPath("$.features[0].feature").value("features[0]"))
			.andExpect(jsonPath("$.features[0].code").value(grid))
			.andExpect(jsonPath("$.features[0].name").value("市民中心网格"))
			.andExpect(jsonPath("$.features[0].parent").value(community))
			.andExpect(jsonPath("$.features[0].change").value("UPDATED"));

		assertThat(tableState()).isEqualTo(before);
		assertThat(civicCentre().grid().name()).isNotEqualTo("市民中心网格");
	}

	@Test
	void previewsAReplaceWithTheStoredRegionsItWouldRemove() throws Exception {
		Location here = civicCentre();
		String community = here.community().code().value();
		String grid = here.grid().code().value();
		int grids = regions.children(RegionCode.of(community)).size();
		String body = GeoJson.writeFeatureCollection(List.of(feature(grid, here.grid().name(), community,
				regions.current().boundary(here.grid().code()).geometry())), 7);
		String before = tableState();

		preview("GRID", body, "mode", "replace", "within", community).andExpect(status().isOk())
			.andExpect(jsonPath("$.unchanged").value(1))
			.andExpect(jsonPath("$.features[0].change").value("UNCHANGED"))
			.andExpect(jsonPath("$.removed").value(grids - 1))
			.andExpect(jsonPath("$.removedRegions", hasSize(grids - 1)))
			.andExpect(jsonPath("$.removedRegions[0].name").isNotEmpty());

		assertThat(tableState()).isEqualTo(before);
		assertThat(regions.children(RegionCode.of(community))).hasSize(grids);
	}

	@Test
	void refusesAPreviewWithTheImportsOwnProblems() throws Exception {
		preview("GRID", "{\"type\":\"FeatureCollection\",\"features\":[]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("features"))
			.andExpect(jsonPath("$.errors[0].message", containsString("no features")));
		preview("STATE", "{\"type\":\"FeatureCollection\",\"features\":[]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
	}

	@Test
	@WithMockUser(roles = "DISPATCHER")
	void forbidsPreviewsToOtherRolesThanAdmin() throws Exception {
		preview("GRID", "{\"type\":\"FeatureCollection\",\"features\":[]}").andExpect(status().isForbidden());
	}

	private ResultActions preview(String level, String body, String... parameters) throws Exception {
		var request = post("/api/admin/regions/import/" + level + "/preview").with(csrf())
			.contentType("application/geo+json")
			.content(body.getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return mvc.perform(request);
	}

	private String tableState() {
		return jdbc.queryForMap("SELECT COUNT(*) AS n, MAX(updated_at) AS latest FROM region_region").toString()
				+ regions.current().size();
	}

	private Location civicCentre() {
		return regions.locate(114.0579, 22.5431).orElseThrow();
	}

	private static GeoFeature feature(String code, String name, String parent, Geometry geometry) {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (code != null) {
			properties.put("code", code);
		}
		properties.put("name", name);
		properties.put("parent", parent);
		return new GeoFeature(null, properties, geometry);
	}
}
