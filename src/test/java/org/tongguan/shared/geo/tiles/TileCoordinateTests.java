package org.tongguan.shared.geo.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

class TileCoordinateTests {

	private static final double CIVIC_CENTRE_LON = 114.0579;

	private static final double CIVIC_CENTRE_LAT = 22.5431;

	@Test
	void theTileAtZoomZeroIsTheWholeMap() {
		Envelope world = new TileCoordinate(0, 0, 0).envelope();
		assertThat(world.getMinX()).isCloseTo(-WebMercator.HALF_WORLD, within(1e-6));
		assertThat(world.getMaxY()).isCloseTo(WebMercator.HALF_WORLD, within(1e-6));
		assertThat(world.getWidth()).isCloseTo(2 * WebMercator.HALF_WORLD, within(1e-6));
	}

	@Test
	void rowsCountFromTheNorthAsInXyz() {
		Envelope northWest = new TileCoordinate(1, 0, 0).envelope();
		assertThat(northWest.getMinY()).isCloseTo(0, within(1e-6));
		assertThat(northWest.getMaxX()).isCloseTo(0, within(1e-6));
		Envelope southEast = new TileCoordinate(1, 1, 1).envelope();
		assertThat(southEast.getMaxY()).isCloseTo(0, within(1e-6));
	}

	@Test
	void theCivicCentreLiesInTheTileTheXyzFormulaNames() {
		for (TileCoordinate tile : new TileCoordinate[] { new TileCoordinate(10, 836, 446),
				new TileCoordinate(15, 26765, 14276) }) {
			TileCoordinate.LonLatBox box = tile.bounds(0);
			assertThat(CIVIC_CENTRE_LON).isBetween(box.west(), box.east());
			assertThat(CIVIC_CENTRE_LAT).isBetween(box.south(), box.north());
			assertThat(tile.envelope().contains(WebMercator.x(CIVIC_CENTRE_LON), WebMercator.y(CIVIC_CENTRE_LAT)))
				.isTrue();
		}
	}

	@Test
	void theBufferGrowsTheBoxOnEverySide() {
		TileCoordinate tile = new TileCoordinate(12, 3345, 1784);
		Envelope buffered = tile.envelope(0.25);
		assertThat(buffered.getWidth()).isCloseTo(tile.width() * 1.5, within(1e-6));
		assertThat(buffered.centre()).isEqualTo(tile.envelope().centre());
	}

	@Test
	void mercatorAndDegreesConvertBothWays() {
		assertThat(WebMercator.longitude(WebMercator.x(CIVIC_CENTRE_LON))).isCloseTo(CIVIC_CENTRE_LON, within(1e-9));
		assertThat(WebMercator.latitude(WebMercator.y(CIVIC_CENTRE_LAT))).isCloseTo(CIVIC_CENTRE_LAT, within(1e-9));
		assertThat(WebMercator.y(WebMercator.MAX_LATITUDE)).isCloseTo(WebMercator.HALF_WORLD, within(1e-3));
	}

	@Test
	void parsesTheSegmentsOfATileUrl() {
		assertThat(TileCoordinate.parse("15", "26765", "14276")).isEqualTo(new TileCoordinate(15, 26765, 14276));
	}

	@Test
	void refusesAZoomOutsideZeroToTwentyTwo() {
		assertThat(violations("23", "0", "0")).extracting(Violation::field).containsExactly("z");
	}

	@Test
	void refusesAColumnOrRowOutsideTheZoomsRange() {
		assertThat(violations("3", "8", "7")).extracting(Violation::field).containsExactly("x");
		assertThat(violations("3", "0", "8")).extracting(Violation::field).containsExactly("y");
		assertThatThrownBy(() -> new TileCoordinate(2, -1, 4)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void refusesSegmentsThatAreNoWholeNumbers() {
		assertThat(violations("a", "-1", "1.5")).extracting(Violation::field).containsExactly("z", "x", "y");
		assertThat(violations("99999999999", "0", "0")).extracting(Violation::field).containsExactly("z");
	}

	private static java.util.List<Violation> violations(String z, String x, String y) {
		try {
			TileCoordinate.parse(z, x, y);
		}
		catch (InvalidInputException e) {
			return e.violations();
		}
		throw new AssertionError("accepted " + z + "/" + x + "/" + y);
	}
}
