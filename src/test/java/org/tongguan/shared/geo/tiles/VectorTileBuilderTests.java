package org.tongguan.shared.geo.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;

class VectorTileBuilderTests {

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private final TileCoordinate tile = new TileCoordinate(15, 26765, 14276);

	private final Envelope square = tile.envelope();

	@Test
	void placesPointsOnTheTilesGridWithYFromTheTop() throws IOException {
		VectorTileBuilder builder = new VectorTileBuilder(tile);
		builder.point("cases", square.getMinX(), square.getMaxY(), Map.of("id", "north-west"));
		builder.point("cases", square.centre().x, square.centre().y, Map.of("id", "centre"));
		builder.point("cases", square.getMaxX() - builder.unitSize(), square.getMinY(), Map.of("id", "south-east"));
		List<Geometry> decoded = layer(builder.encode(), "cases");
		assertThat(decoded).hasSize(3);
		assertThat(coordinate(decoded, "north-west")).isEqualTo(new Coordinate(0, 0));
		assertThat(coordinate(decoded, "centre")).isEqualTo(new Coordinate(2048, 2048));
		assertThat(coordinate(decoded, "south-east")).isEqualTo(new Coordinate(4095, 4096));
	}

	@Test
	void keepsPropertiesOfEveryKind() throws IOException {
		VectorTileBuilder builder = new VectorTileBuilder(tile);
		builder.lonLatPoint("cases", 114.0579, 22.5431,
				Map.of("id", "20261207000042", "count", 12L, "cluster", false, "light", "RED"));
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = (Map<String, Object>) layer(builder.encode(), "cases").get(0).getUserData();
		assertThat(properties).containsEntry("id", "20261207000042")
			.containsEntry("count", 12L)
			.containsEntry("cluster", false)
			.containsEntry("light", "RED");
	}

	@Test
	void leavesOutPointsBeyondTheBufferButKeepsThoseWithinIt() throws IOException {
		VectorTileBuilder builder = new VectorTileBuilder(tile);
		double unit = builder.unitSize();
		assertThat(builder.point("cases", square.getMinX() - 10 * unit, square.getMaxY(), Map.of("id", "near")))
			.isTrue();
		assertThat(builder.point("cases", square.getMinX() - 100 * unit, square.getMaxY(), Map.of("id", "far")))
			.isFalse();
		assertThat(coordinate(layer(builder.encode(), "cases"), "near")).isEqualTo(new Coordinate(-10, 0));
	}

	@Test
	void clipsAShapeLargerThanTheTileToTheBufferedSquare() throws IOException {
		VectorTileBuilder builder = new VectorTileBuilder(tile);
		Envelope larger = tile.envelope(2);
		assertThat(builder.shape("boundary", FACTORY.toGeometry(larger), Map.of("code", "440304"))).isTrue();
		Geometry decoded = layer(builder.encode(), "boundary").get(0);
		assertThat(decoded).isInstanceOf(Polygon.class);
		assertThat(decoded.getEnvelopeInternal()).isEqualTo(new Envelope(-64, 4160, -64, 4160));
		assertThat(decoded.getUserData()).asString().contains("code", "440304");
	}

	@Test
	void dropsShapesTooSmallToSeeOrOutsideTheTile() {
		VectorTileBuilder builder = new VectorTileBuilder(tile);
		Coordinate centre = square.centre();
		double speck = builder.unitSize() / 10;
		Geometry tiny = FACTORY.toGeometry(new Envelope(centre.x, centre.x + speck, centre.y, centre.y + speck));
		assertThat(builder.shape("boundary", tiny, Map.of())).isFalse();
		Geometry away = FACTORY.toGeometry(new TileCoordinate(15, 26767, 14276).envelope());
		assertThat(builder.shape("boundary", away, Map.of())).isFalse();
		assertThat(builder.isEmpty()).isTrue();
		assertThat(builder.encode()).isEmpty();
	}

	@Test
	void keepsLayersApart() throws IOException {
		VectorTileBuilder builder = new VectorTileBuilder(tile);
		Coordinate centre = square.centre();
		builder.point("devices", centre.x, centre.y, Map.of("id", "WL-001"));
		builder.point("alarms", centre.x, centre.y, Map.of("id", 7L));
		JtsMvt decoded = decode(builder.encode());
		assertThat(decoded.getLayersByName()).containsOnlyKeys("devices", "alarms");
	}

	@Test
	void simplifiesOutlinesMoreAtLowerZooms() {
		Coordinate[] ring = new Coordinate[401];
		for (int i = 0; i < 400; i++) {
			double angle = 2 * Math.PI * i / 400;
			ring[i] = new Coordinate(12_700_000 + 5_000 * Math.cos(angle), 2_580_000 + 5_000 * Math.sin(angle));
		}
		ring[400] = ring[0];
		Polygon circle = FACTORY.createPolygon(ring);
		int atTen = ZoomSimplification.atZoom(circle, 10).getNumPoints();
		int atSixteen = ZoomSimplification.atZoom(circle, 16).getNumPoints();
		assertThat(atTen).isLessThan(atSixteen).isLessThan(circle.getNumPoints());
		assertThat(ZoomSimplification.atZoom(circle, 10).isValid()).isTrue();
		Polygon square = (Polygon) FACTORY.toGeometry(new Envelope(0, 1_000, 0, 1_000));
		assertThat(ZoomSimplification.atZoom(square, 12)).as("nothing to drop: the shape itself").isSameAs(square);
	}

	private static Coordinate coordinate(List<Geometry> features, String id) {
		return features.stream()
			.filter(feature -> id.equals(((Map<?, ?>) feature.getUserData()).get("id")))
			.map(feature -> ((Point) feature).getCoordinate())
			.findFirst()
			.orElseThrow();
	}

	private static List<Geometry> layer(byte[] tile, String name) throws IOException {
		JtsLayer layer = decode(tile).getLayer(name);
		assertThat(layer).as("layer " + name).isNotNull();
		assertThat(layer.getExtent()).isEqualTo(VectorTileBuilder.EXTENT);
		return List.copyOf(layer.getGeometries());
	}

	private static JtsMvt decode(byte[] tile) throws IOException {
		return MvtReader.loadMvt(new ByteArrayInputStream(tile), FACTORY, new TagKeyValueMapConverter());
	}
}
