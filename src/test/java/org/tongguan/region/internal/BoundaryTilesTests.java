package org.tongguan.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.geo.GeoJson;
import org.tongguan.shared.geo.tiles.TileCoordinate;
import org.tongguan.support.VectorTiles;

class BoundaryTilesTests {

	/** The z 10 tile around the Civic Centre. */
	private static final TileCoordinate CITY_CENTRE = new TileCoordinate(10, 836, 446);

	private final RegionService regions = new RegionService(null);

	private final BoundaryTiles tiles = new BoundaryTiles(regions);

	@Test
	void drawsTheRegionsOfTheSnapshotInstalledLast() {
		regions.install(RegionSnapshot.of(List.of(district("440304", "福田区", 114.00, 114.10))));
		assertThat(VectorTiles.property(tiles.tile(CITY_CENTRE, RegionCode.PLATFORM), "boundary", "code"))
			.containsExactly("440304");
		regions.install(RegionSnapshot.of(List.of(district("440305", "南山区", 113.90, 113.99))));
		assertThat(VectorTiles.property(tiles.tile(CITY_CENTRE, RegionCode.PLATFORM), "boundary", "code"))
			.containsExactly("440305");
	}

	@Test
	void leavesOutRegionsBeyondTheScopeAndKeepsScopesApart() {
		regions.install(RegionSnapshot.of(List.of(district("440304", "福田区", 114.00, 114.10),
				district("440305", "南山区", 113.90, 113.99))));
		assertThat(VectorTiles.property(tiles.tile(CITY_CENTRE, RegionCode.of("440305")), "label", "name"))
			.containsExactly("南山区");
		assertThat(VectorTiles.property(tiles.tile(CITY_CENTRE, RegionCode.of("440304")), "label", "name"))
			.containsExactly("福田区");
		assertThat(tiles.tile(CITY_CENTRE, RegionCode.of("440306"))).isEmpty();
	}

	@Test
	void drawsEachLevelOnlyAtItsZooms() {
		assertThat(BoundaryTiles.levelsAt(8)).containsExactly(RegionLevel.DISTRICT);
		assertThat(BoundaryTiles.levelsAt(10)).containsExactly(RegionLevel.DISTRICT, RegionLevel.STREET);
		assertThat(BoundaryTiles.levelsAt(12)).containsExactly(RegionLevel.STREET, RegionLevel.COMMUNITY);
		assertThat(BoundaryTiles.levelsAt(14)).containsExactly(RegionLevel.COMMUNITY, RegionLevel.GRID);
		assertThat(BoundaryTiles.levelsAt(18)).containsExactly(RegionLevel.GRID);
	}

	private static Boundary district(String code, String name, double west, double east) {
		return new Boundary(new Region(RegionCode.of(code), name, RegionLevel.DISTRICT, RegionCode.of("440300")),
				GeoJson.FACTORY.toGeometry(new Envelope(west, east, 22.50, 22.58)));
	}
}
