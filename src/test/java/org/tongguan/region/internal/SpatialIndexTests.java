package org.tongguan.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.geo.GeoJson;

public class SpatialIndexTests {

	private static final WKTReader WKT = new WKTReader(GeoJson.FACTORY);

	@Test
	void agreesWithJtsOnRandomPointsOverAVoronoiTiling() {
		List<Boundary> boundaries = voronoiTiling(400, new Random(7));
		assertAgreesWithJts(boundaries, new Envelope(113.9, 114.3, 22.4, 22.8), 20_000, new Random(11));
	}

	@Test
	void agreesWithJtsOnPolygonsWithHolesAndMultiPolygons() throws ParseException {
		List<Boundary> boundaries = List.of(
				boundary("440301", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2), (6 6, 8 6, 7 9, 6 6))"),
				boundary("440302", "MULTIPOLYGON (((2.5 2.5, 3.5 2.5, 3.5 3.5, 2.5 3.5, 2.5 2.5)), ((12 0, 15 0, 13 4, 12 0)),"
						+ " ((12 6, 16 6, 16 10, 12 10, 12 6), (13 7, 15 7, 15 9, 13 9, 13 7)))"),
				boundary("440303", "POLYGON ((10 0, 12 0, 13 4, 12 6, 12 10, 10 10, 10 0))"));
		assertAgreesWithJts(boundaries, new Envelope(-2, 18, -2, 12), 20_000, new Random(3));
	}

	@Test
	void answersNullOutsideEveryBoundaryAndForEmptyIndexes() throws ParseException {
		SpatialIndex index = SpatialIndex.of(List.of(boundary("440301", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))")));
		assertThat(index.size()).isEqualTo(1);
		assertThat(index.locate(3, 3)).isNull();
		assertThat(index.locate(11, 5)).isNull();
		assertThat(index.locate(-0.5, 5)).isNull();
		assertThat(index.locate(Double.NaN, 5)).isNull();
		assertThat(index.locate(5, 5).code().value()).isEqualTo("440301");
		SpatialIndex empty = SpatialIndex.of(List.of());
		assertThat(empty.size()).isZero();
		assertThat(empty.locate(5, 5)).isNull();
	}

	@Test
	void putsAPointOnASharedEdgeInExactlyOneBoundary() throws ParseException {
		SpatialIndex index = SpatialIndex.of(List.of(boundary("440301", "POLYGON ((0 0, 1 0, 1.3 1, 0 1, 0 0))"),
				boundary("440302", "POLYGON ((1 0, 2 0, 2 1, 1.3 1, 1 0))")));
		for (int i = 1; i < 100; i++) {
			double t = i / 100.0;
			assertThat(index.locate(1 + 0.3 * t, t)).isNotNull();
		}
	}

	/**
	 * Asserts that the index answers, for random points in the area, the first boundary that JTS says covers the
	 * point; points within 1e-9 of an edge are skipped.
	 */
	public static void assertAgreesWithJts(List<Boundary> boundaries, Envelope area, int points, Random random) {
		SpatialIndex index = SpatialIndex.of(boundaries);
		STRtree tree = new STRtree();
		PreparedGeometry[] prepared = new PreparedGeometry[boundaries.size()];
		IndexedFacetDistance[] edges = new IndexedFacetDistance[boundaries.size()];
		for (int i = 0; i < boundaries.size(); i++) {
			tree.insert(boundaries.get(i).geometry().getEnvelopeInternal(), i);
			prepared[i] = PreparedGeometryFactory.prepare(boundaries.get(i).geometry());
			edges[i] = new IndexedFacetDistance(boundaries.get(i).geometry().getBoundary());
		}
		int compared = 0;
		int inside = 0;
		for (int i = 0; i < points; i++) {
			double x = area.getMinX() + random.nextDouble() * area.getWidth();
			double y = area.getMinY() + random.nextDouble() * area.getHeight();
			Point point = GeoJson.FACTORY.createPoint(new Coordinate(x, y));
			Envelope near = new Envelope(x - 1e-9, x + 1e-9, y - 1e-9, y + 1e-9);
			@SuppressWarnings("unchecked")
			List<Integer> candidates = new ArrayList<>(tree.query(near));
			Collections.sort(candidates);
			Region expected = null;
			boolean nearEdge = false;
			for (int candidate : candidates) {
				nearEdge |= edges[candidate].isWithinDistance(point, 1e-9);
				if (expected == null && prepared[candidate].covers(point)) {
					expected = boundaries.get(candidate).region();
				}
			}
			if (!nearEdge) {
				assertThat(index.locate(x, y)).as("point %s %s", x, y).isEqualTo(expected);
				compared++;
				inside += expected == null ? 0 : 1;
			}
		}
		assertThat(compared).isGreaterThan(points * 9 / 10);
		assertThat(inside).isGreaterThan(points / 10);
	}

	private static List<Boundary> voronoiTiling(int sites, Random random) {
		List<Coordinate> coordinates = new ArrayList<>();
		for (int i = 0; i < sites; i++) {
			coordinates.add(new Coordinate(114 + random.nextDouble() * 0.2, 22.5 + random.nextDouble() * 0.2));
		}
		VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
		builder.setSites(coordinates);
		builder.setClipEnvelope(new Envelope(114, 114.2, 22.5, 22.7));
		Geometry cells = builder.getDiagram(GeoJson.FACTORY);
		List<Boundary> boundaries = new ArrayList<>();
		for (int i = 0; i < cells.getNumGeometries(); i++) {
			Geometry cell = cells.getGeometryN(i).intersection(GeoJson.FACTORY.toGeometry(new Envelope(114, 114.2, 22.5, 22.7)));
			String code = String.format("440304%03d%03d", i / 1000, i % 1000);
			boundaries.add(new Boundary(new Region(RegionCode.of(code), "网格" + i, RegionLevel.COMMUNITY, null), cell));
		}
		return boundaries;
	}

	private static Boundary boundary(String code, String wkt) throws ParseException {
		return new Boundary(new Region(RegionCode.of(code), code, RegionLevel.DISTRICT, null), WKT.read(wkt));
	}
}
