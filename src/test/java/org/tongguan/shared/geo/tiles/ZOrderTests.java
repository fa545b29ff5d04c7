package org.tongguan.shared.geo.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.tongguan.support.VectorTiles;

class ZOrderTests {

	@Test
	void everyPointOfATileHasAKeyInTheTilesRange() {
		Random random = new Random(7);
		for (int z = 0; z <= 15; z++) {
			double longitude = 113.8 + random.nextDouble() * 0.5;
			double latitude = 22.45 + random.nextDouble() * 0.3;
			TileCoordinate tile = VectorTiles.tileAt(longitude, latitude, z);
			long key = ZOrder.key(longitude, latitude);
			assertThat(key).as("zoom " + z).isBetween(ZOrder.first(tile), ZOrder.end(tile) - 1);
			TileCoordinate east = new TileCoordinate(z, (tile.x() + 1) % (int) tile.tilesPerSide(), tile.y());
			if (z > 0) {
				assertThat(key < ZOrder.first(east) || key >= ZOrder.end(east)).isTrue();
			}
		}
	}

	@Test
	void theCellsOfATileFollowZOrderFromTheNorthWest() {
		TileCoordinate tile = new TileCoordinate(12, 3345, 1784);
		Envelope square = tile.envelope();
		double quarter = square.getWidth() / 4;
		assertThat(cell(tile, square.getMinX() + quarter, square.getMaxY() - quarter)).isZero();
		assertThat(cell(tile, square.getMaxX() - quarter, square.getMaxY() - quarter)).isEqualTo(1);
		assertThat(cell(tile, square.getMinX() + quarter, square.getMinY() + quarter)).isEqualTo(2);
		assertThat(cell(tile, square.getMaxX() - quarter, square.getMinY() + quarter)).isEqualTo(3);
	}

	private static int cell(TileCoordinate tile, double x, double y) {
		return ZOrder.cell(ZOrder.key(WebMercator.longitude(x), WebMercator.latitude(y)), tile.z(), 1);
	}
}
