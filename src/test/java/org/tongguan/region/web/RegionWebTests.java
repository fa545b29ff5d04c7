package org.tongguan.region.web;

import static org.hamcrest.Matchers.contains;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.RegionReadingScope;
import org.tongguan.region.internal.BoundaryTiles;
import org.tongguan.region.internal.RegionService;
import org.tongguan.support.ControllerSlice;

/**
 * The region reads and the boundary tiles as a web slice, the region index mocked: a level in any letter case, and a
 * point, a level, a region code or a tile address the index cannot take answered 400 as a problem naming what is
 * wrong, before the index is asked; a point outside every region 404.
 */
@ControllerSlice(@Filter(type = FilterType.ASSIGNABLE_TYPE, classes = { RegionController.class,
		RegionTileController.class }))
class RegionWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	RegionService regions;

	@MockitoBean
	BoundaryTiles tiles;

	@MockitoBean
	RegionReadingScope scope;

	@Test
	void readsTheLevelInAnyLetterCase() throws Exception {
		when(regions.list(RegionLevel.STREET)).thenReturn(List.of(new Region(RegionCode.of("440304001"), "园岭街道",
				RegionLevel.STREET, RegionCode.of("440304"))));

		mvc.perform(get("/api/regions").param("level", " street"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("440304001"))
			.andExpect(jsonPath("$[0].parent").value("440304"));
	}

	@Test
	void aLevelThatIsNoLevelIsAProblemListingTheLevels() throws Exception {
		mvc.perform(get("/api/regions/export").param("level", "county"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("level"))
			.andExpect(jsonPath("$.errors[0].message").value("'county' is not a level; expected one of "
					+ "[PROVINCE, CITY, DISTRICT, STREET, COMMUNITY, GRID]"));
		verifyNoInteractions(regions);
	}

	@Test
	void aPointWithoutLongitudeAndOffTheEarthNamesBothCoordinatesAndIsNotLocated() throws Exception {
		mvc.perform(get("/api/regions/locate").param("lat", "95"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("A point needs lon and lat in degrees"))
			.andExpect(jsonPath("$.errors[*].field").value(contains("lon", "lat")))
			.andExpect(jsonPath("$.errors[*].message").value(contains("required", "must lie between -90 and 90")));
		mvc.perform(get("/api/regions/locate").param("lon", "NaN").param("lat", "22.5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lon"));
		verifyNoInteractions(regions);
	}

	@Test
	void aPointOutsideEveryRegionIsNotFound() throws Exception {
		when(regions.locate(100.0, 22.5)).thenReturn(Optional.empty());

		mvc.perform(get("/api/regions/locate").param("lon", "100").param("lat", "22.5"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("(100.0, 22.5) lies in no region of the platform"));
	}

	@Test
	void aMalformedRegionCodeIsAProblemNamingTheCodesForm() throws Exception {
		mvc.perform(get("/api/regions/4403x4/children"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail")
				.value("A region code has 6, 9, 12 or 15 digits (GB/T 30428.1), not '4403x4'"));
		verifyNoInteractions(regions);
	}

	@Test
	void aTileOutsideItsZoomsRangeNamesTheSegmentAndDrawsNothing() throws Exception {
		mvc.perform(get("/api/tiles/regions/3/8/-1.mvt"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("y")))
			.andExpect(jsonPath("$.errors[0].message").value("must be a whole number from 0"));
		mvc.perform(get("/api/tiles/regions/3/8/1.mvt"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("x")))
			.andExpect(jsonPath("$.errors[0].message").value("column must lie between 0 and 7 at zoom 3"));
		mvc.perform(get("/api/tiles/regions/23/0/0.mvt"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("z")));
		verifyNoInteractions(tiles, scope);
	}
}
