package org.tongguan.region.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.VectorTiles;
import org.tongguan.support.WithDemoUser;

/** The region boundary tiles: levels by zoom, labels, the caller's data scope and bad tile addresses. */
@PlatformTest
class RegionTileTests {

	/** The z 10 tile around the Civic Centre in 福田区, which also holds parts of its neighbours. */
	private static final String CITY_CENTRE_Z10 = "/api/tiles/regions/10/836/446.mvt";

	/** The z 13 tile around the Civic Centre. */
	private static final String CIVIC_CENTRE_Z13 = "/api/tiles/regions/13/6691/3569.mvt";

	@Autowired
	MockMvc mvc;

	@Test
	@WithDemoUser("leader")
	void aCityWideCallerSeesTheDistrictsOfTheCityCentreAtZoomTen() throws Exception {
		byte[] tile = tile(CITY_CENTRE_Z10);
		List<Object> codes = VectorTiles.property(tile, "boundary", "code");
		assertThat(codes).contains("440304", "440303", "440305");
		assertThat(VectorTiles.property(tile, "boundary", "level")).containsOnly("DISTRICT", "STREET");
		assertThat(VectorTiles.property(tile, "label", "name")).contains("福田区");
	}

	@Test
	@WithDemoUser("futian-dispatcher")
	void aDistrictScopedCallerSeesNothingOfAnotherDistrict() throws Exception {
		for (String path : List.of(CITY_CENTRE_Z10, CIVIC_CENTRE_Z13)) {
			byte[] tile = tile(path);
			assertThat(VectorTiles.property(tile, "boundary", "code")).isNotEmpty()
				.allSatisfy(code -> assertThat((String) code).startsWith("440304"));
			assertThat(VectorTiles.property(tile, "label", "code"))
				.allSatisfy(code -> assertThat((String) code).startsWith("440304"));
		}
	}

	@Test
	@WithDemoUser("leader")
	void showsCommunitiesAndGridsAtZoomThirteen() throws Exception {
		byte[] tile = tile(CIVIC_CENTRE_Z13);
		assertThat(VectorTiles.property(tile, "boundary", "level")).contains("COMMUNITY", "GRID")
			.doesNotContain("DISTRICT", "STREET");
		assertThat(VectorTiles.property(tile, "label", "code"))
			.anySatisfy(code -> assertThat((String) code).hasSize(15));
	}

	@Test
	@WithDemoUser("leader")
	void answers204ForATileWithoutRegions() throws Exception {
		mvc.perform(get("/api/tiles/regions/10/0/0.mvt"))
			.andExpect(status().isNoContent())
			.andExpect(header().string("Cache-Control", "max-age=60, private"));
	}

	@Test
	@WithDemoUser("leader")
	void refusesATileAddressOutsideTheZoomsRange() throws Exception {
		mvc.perform(get("/api/tiles/regions/23/0/0.mvt"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("z"));
		mvc.perform(get("/api/tiles/regions/3/8/1.mvt"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("x"));
		mvc.perform(get("/api/tiles/regions/3/1/x.mvt"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("y"));
	}

	@Test
	@WithAnonymousUser
	void refusesAnAnonymousCallerWith401() throws Exception {
		mvc.perform(get(CITY_CENTRE_Z10))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	private byte[] tile(String path) throws Exception {
		return VectorTiles.body(mvc.perform(get(path)));
	}
}
