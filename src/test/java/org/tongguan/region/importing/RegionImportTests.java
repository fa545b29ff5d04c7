package org.tongguan.region.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.region.Location;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.RegionsChanged;
import org.tongguan.region.internal.RegionService;
import org.tongguan.shared.geo.GeoFeature;
import org.tongguan.shared.geo.GeoJson;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

@PlatformTest
@RecordApplicationEvents
@WithDemoUser("admin")
class RegionImportTests {

	private static final double LON = 114.0579;

	private static final double LAT = 22.5431;

	@Autowired
	MockMvc mvc;

	@Autowired
	RegionService regions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void refusesMalformedJson() throws Exception {
		assertRefused("GRID", "{\"type\":\"FeatureCollection\",\"features\":[", "body", "malformed JSON");
	}

	@Test
	void refusesADocumentThatIsNoFeatureCollection() throws Exception {
		assertRefused("GRID", "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}", "type",
				"expected a GeoJSON FeatureCollection");
	}

	@Test
	void refusesASelfIntersectingBowTieWithWhereItCrosses() throws Exception {
		Location here = civicCentre();
		Envelope box = new Envelope(LON - 0.0005, LON + 0.0005, LAT - 0.0005, LAT + 0.0005);
		Geometry bowTie = GeoJson.FACTORY.createPolygon(new Coordinate[] { new Coordinate(box.getMinX(), box.getMinY()),
				new Coordinate(box.getMaxX(), box.getMaxY()), new Coordinate(box.getMaxX(), box.getMinY()),
				new Coordinate(box.getMinX(), box.getMaxY()), new Coordinate(box.getMinX(), box.getMinY()) });
		String community = here.community().code().value();

		assertRefused("GRID", collection(feature(community + "999", "蝴蝶网格", community, bowTie)), "features[0]",
				"invalid geometry: Self-intersection at lon 114.057900, lat 22.543100");
	}

	@Test
	void refusesAGridOfAnUnknownCommunity() throws Exception {
		assertRefused("GRID", collection(feature("440304999999001", "孤儿网格", "440304999999", square(LON, LAT))),
				"features[0]", "unknown parent 440304999999 (orphan)");
	}

	@Test
	void refusesDuplicateCodes() throws Exception {
		Location here = civicCentre();
		String community = here.community().code().value();
		Geometry grid = boundaryOf(here.grid().code());
		String code = here.grid().code().value();

		assertRefused("GRID", collection(feature(code, "甲", community, grid), feature(code, "乙", community, grid)),
				"features[1]", "duplicate code, also used by features[0]");
	}

	@Test
	void refusesAGridOverlappingAStoredSibling() throws Exception {
		Location here = civicCentre();
		String community = here.community().code().value();

		assertRefused("GRID", collection(feature(community + "998", "重叠网格", community, boundaryOf(here.grid().code()))),
				"features[0]", "overlaps the stored GRID " + here.grid().code());
	}

	@Test
	void refusesACodeOfTheWrongForm() throws Exception {
		assertRefused("DISTRICT", collection(feature("4403041", "福田区", "440300", boundaryOf(RegionCode.of("440304")))),
				"features[0]", "a DISTRICT code has 6 digits");
	}

	@Test
	void mergesARenamedGridThatLocateFindsAtOnceAndAfterAReload() throws Exception {
		Location here = civicCentre();
		String code = here.grid().code().value();
		String body = collection(
				feature(code, "市民中心网格", here.community().code().value(), boundaryOf(here.grid().code())));

		importGeoJson("GRID", body, "mode", "merge").andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("GRID"))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(1))
			.andExpect(jsonPath("$.removed").value(0));

		mvc.perform(get("/api/regions/locate").param("lon", "" + LON).param("lat", "" + LAT))
			.andExpect(jsonPath("$.grid.code").value(code))
			.andExpect(jsonPath("$.grid.name").value("市民中心网格"));
		assertThat(events.stream(RegionsChanged.class))
			.contains(new RegionsChanged(List.of(RegionLevel.GRID), 1));
		regions.reload();
		assertThat(civicCentre().grid().name()).isEqualTo("市民中心网格");
	}

	@Test
	void replacesTheGridsOfOneCommunityWithTwoHalves() throws Exception {
		String community = civicCentre().community().code().value();
		List<GeoFeature> old = GeoJson.readFeatureCollection(
				new String(regions.export(RegionLevel.GRID, RegionCode.of(community)), StandardCharsets.UTF_8));
		Geometry whole = UnaryUnionOp.union(old.stream().map(GeoFeature::geometry).toList());
		Envelope extent = whole.getEnvelopeInternal();
		Envelope west = new Envelope(extent.getMinX(), LON, extent.getMinY(), extent.getMaxY());
		Envelope east = new Envelope(LON, extent.getMaxX(), extent.getMinY(), extent.getMaxY());
		String body = collection(
				feature(community + "901", "西半", community, whole.intersection(GeoJson.FACTORY.toGeometry(west))),
				feature(community + "902", "东半", community, whole.intersection(GeoJson.FACTORY.toGeometry(east))));

		importGeoJson("GRID", body, "mode", "replace", "within", community).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.removed").value(old.size()));

		assertThat(regions.children(RegionCode.of(community))).extracting(region -> region.code().value())
			.containsExactly(community + "901", community + "902");
		assertThat(civicCentre().grid().code().value()).isIn(community + "901", community + "902");
		regions.reload();
		assertThat(regions.children(RegionCode.of(community))).hasSize(2);
		assertThat(civicCentre().grid().code().value()).startsWith(community + "90");
	}

	@Test
	void answersAnEmptyChangeWhenAnExportIsImportedBack() throws Exception {
		String community = civicCentre().community().code().value();
		String export = new String(regions.export(RegionLevel.GRID, RegionCode.of(community)), StandardCharsets.UTF_8);
		int grids = regions.children(RegionCode.of(community)).size();

		importGeoJson("GRID", export, "mode", "replace", "within", community).andExpect(status().isOk())
			.andExpect(jsonPath("$.unchanged").value(grids))
			.andExpect(jsonPath("$.updated").value(0));
	}

	@Test
	void takesBackTheWholeGridExportUnchanged() throws Exception {
		String export = new String(regions.export(RegionLevel.GRID, null), StandardCharsets.UTF_8);
		int grids = regions.list(RegionLevel.GRID).size();

		importGeoJson("GRID", export, "mode", "replace").andExpect(status().isOk())
			.andExpect(jsonPath("$.unchanged").value(grids))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.removed").value(0));
	}

	private void assertRefused(String level, String body, String field, String message) throws Exception {
		String before = tableState();
		importGeoJson(level, body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message", containsString(message)));
		assertThat(tableState()).isEqualTo(before);
	}

	private ResultActions importGeoJson(String level, String body, String... parameters) throws Exception {
		var request = post("/api/admin/regions/import/" + level).with(csrf())
			.contentType("application/geo+json")
			.content(body);
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
		return regions.locate(LON, LAT).orElseThrow();
	}

	private Geometry boundaryOf(RegionCode code) {
		return regions.current().boundary(code).geometry();
	}

	private static Geometry square(double lon, double lat) {
		return GeoJson.FACTORY.toGeometry(new Envelope(lon - 0.0005, lon + 0.0005, lat - 0.0005, lat + 0.0005));
	}

	private static GeoFeature feature(String code, String name, String parent, Geometry geometry) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("code", code);
		properties.put("name", name);
		properties.put("parent", parent);
		return new GeoFeature(null, properties, geometry);
	}

	private static String collection(GeoFeature... features) {
		return GeoJson.writeFeatureCollection(new ArrayList<>(List.of(features)), 7);
	}
}
