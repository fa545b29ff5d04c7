package org.tongguan.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongguan.casework.CaseApi.body;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongguan.casework.CaseApi;
import org.tongguan.casework.CaseworkTest;
import org.tongguan.support.TestClock;
import org.tongguan.support.VectorTiles;

/**
 * The case map tiles: clusters below z 15, single cases with number, stage, category and light from z 15, the
 * caller's data scope, the filters and bad requests. Each test reports its cases on a day of its own and filters the
 * tiles by that day, so cases of other tests never count.
 */
@CaseworkTest
class CaseTileTests {

	private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	/** A point in 南山区 (440305). */
	private static final double[] NANSHAN = { 113.93, 22.53 };

	@Autowired
	CaseApi api;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Test
	void clustersCountOnlyTheCasesInTheCallersScopeBelowZoomFifteen() throws Exception {
		LocalDate day = LocalDate.of(2026, 10, 13);
		reportOn(day, api.freshPoint());
		reportOn(day, api.freshPoint());
		reportOn(day, NANSHAN);
		String cityCentre = "/api/tiles/cases/10/836/446.mvt";
		byte[] leaders = tile(onDay(cityCentre, day), "leader");
		assertThat(VectorTiles.property(leaders, "cases", "cluster")).containsOnly(true);
		assertThat(total(leaders)).isEqualTo(3);
		assertThat(total(tile(onDay(cityCentre, day), "futian-dispatcher"))).isEqualTo(2);
	}

	@Test
	void clustersOfAPeriodBeforeTheMapWindowAreCountedFromTheTableAlike() throws Exception {
		LocalDate day = LocalDate.of(2026, 10, 16);
		reportOn(day, api.freshPoint());
		reportOn(day, api.freshPoint());
		reportOn(day, NANSHAN);
		String cityCentre = "/api/tiles/cases/10/836/446.mvt";
		List<Object> inMemory = VectorTiles.property(tile(onDay(cityCentre, day), "leader"), "cases", "count");
		clock.set(day.plusDays(200).atTime(10, 0).atZone(CITY).toInstant());
		byte[] fromTheTable = tile(onDay(cityCentre, day), "leader");
		assertThat(VectorTiles.property(fromTheTable, "cases", "count")).containsExactlyInAnyOrderElementsOf(inMemory);
		assertThat(total(fromTheTable)).isEqualTo(3);
	}

	@Test
	void singleCasesFromZoomFifteenCarryTheirNumberStageCategoryAndLight() throws Exception {
		LocalDate day = LocalDate.of(2026, 10, 14);
		double[] point = api.freshPoint();
		long id = reportOn(day, point);
		String path = tileAt(point, 15);
		List<Map<String, Object>> cases = VectorTiles.properties(tile(onDay(path, day), "dispatcher"), "cases");
		assertThat(cases).hasSize(1);
		assertThat(cases.get(0)).containsEntry("id", api.<String>read(id, "$.number"))
			.containsEntry("stage", "REPORTED")
			.containsEntry("category", "E0101")
			.containsEntry("cluster", false);
		assertThat((String) cases.get(0).get("light")).isIn("GREEN", "YELLOW", "RED", "NONE");
		mvc.perform(onDay(path, day).param("stage", "CLOSED").with(api.as("dispatcher")))
			.andExpect(status().isNoContent());
		mvc.perform(onDay(path, day).param("stage", "REPORTED").param("category", "E0101").with(api.as("dispatcher")))
			.andExpect(status().isOk());
	}

	@Test
	void aDistrictScopedCallerGetsNoCaseOfAnotherDistrict() throws Exception {
		LocalDate day = LocalDate.of(2026, 10, 15);
		reportOn(day, NANSHAN);
		String path = tileAt(NANSHAN, 16);
		assertThat(VectorTiles.features(tile(onDay(path, day), "leader"), "cases")).hasSize(1);
		mvc.perform(onDay(path, day).with(api.as("futian-dispatcher"))).andExpect(status().isNoContent());
		mvc.perform(onDay(tileAt(NANSHAN, 12), day).with(api.as("futian-dispatcher")))
			.andExpect(status().isNoContent());
	}

	@Test
	void refusesBadTileAddressesAndFiltersWithAProblem() throws Exception {
		mvc.perform(get("/api/tiles/cases/30/0/0.mvt").with(api.as("leader")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("z"));
		mvc.perform(get("/api/tiles/cases/12/3345/1784.mvt").param("from", "2026-13-01").with(api.as("leader")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		mvc.perform(get("/api/tiles/cases/12/3345/1784.mvt").param("from", "2026-10-02").param("to", "2026-10-01")
			.with(api.as("leader"))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/api/tiles/cases/12/3345/1784.mvt").param("stage", "LOST").with(api.as("leader")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void refusesAnAnonymousCallerWith401() throws Exception {
		mvc.perform(get("/api/tiles/cases/10/836/446.mvt")).andExpect(status().isUnauthorized());
	}

	private long reportOn(LocalDate day, double[] point) throws Exception {
		clock.set(day.atTime(10, 0).atZone(CITY).toInstant());
		return api.reported(api.as("operator"), body("category", "E0101", "description", "地图瓦片测试",
				"longitude", point[0], "latitude", point[1]));
	}

	private byte[] tile(MockHttpServletRequestBuilder request, String user) throws Exception {
		return VectorTiles.body(mvc.perform(request.with(api.as(user))));
	}

	private static MockHttpServletRequestBuilder onDay(String path, LocalDate day) {
		return get(path).param("from", day.toString()).param("to", day.plusDays(1).toString());
	}

	private static long total(byte[] tile) {
		return VectorTiles.property(tile, "cases", "count").stream().mapToLong(count -> (Long) count).sum();
	}

	private static String tileAt(double[] point, int zoom) {
		return VectorTiles.path("cases", point[0], point[1], zoom);
	}
}
