package org.tongguan.region.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.internal.Boundary;
import org.tongguan.shared.geo.GeoFeature;
import org.tongguan.shared.geo.GeoJson;

/**
 * The generated Shenzhen demo city (深圳市), deterministic and complete down to the unit grid.
 * <p>
 * Only the eight district boundaries are real (the old layout, read from {@code demo/shenzhen-districts.geojson} and
 * repaired where the source rings cross themselves).
 * Everything below them is synthetic: the 74 streets carry their real names but NOT their real boundaries, the
 * communities are numbered (园岭第3社区), and the unit grids are hexagons of 200 m side (about 0.1 km², the
 * 万米单元网格) clipped to their district. Streets and communities are contiguous groups of grids of similar area,
 * and their boundaries are the exact unions of their grids, so every level nests in the one above.
 */
public final class DemoCity {

	/** The side of a grid hexagon in metres. */
	static final double GRID_SIDE = 200;

	/** About how many communities the whole city has. */
	static final int COMMUNITIES = 700;

	private static final RegionCode CITY = RegionCode.of("440300");

	private DemoCity() {
	}

	/** Every region of the demo city (city, districts, streets, communities, grids) with its boundary, by code. */
	public static List<Boundary> generate() {
		List<Boundary> districts = readDistricts();
		List<Geometry> geometries = districts.stream().map(Boundary::geometry).toList();
		Geometry city = UnaryUnionOp.union(geometries);
		Envelope envelope = city.getEnvelopeInternal();
		HexLattice lattice = new HexLattice(envelope.getMinX(), envelope.getMinY(), GRID_SIDE);
		double communityArea = HexLattice.squareMetres(city.getArea()) / COMMUNITIES;
		List<Boundary> boundaries = new ArrayList<>();
		boundaries.add(new Boundary(new Region(CITY, "深圳市", RegionLevel.CITY, null), city));
		boundaries.addAll(districts);
		IntStream.range(0, districts.size()).parallel().mapToObj(d -> {
			Boundary district = districts.get(d);
			DemoGrids grids = DemoGrids.tile(district.geometry(), lattice);
			return DemoHierarchy.build(district.region(), grids, communityArea);
		}).toList().forEach(boundaries::addAll);
		boundaries.sort(Comparator.comparing(boundary -> boundary.region().code().value()));
		return boundaries;
	}

	private static List<Boundary> readDistricts() {
		List<Boundary> districts = new ArrayList<>();
		for (GeoFeature feature : GeoJson.readFeatureCollection(resource("/demo/shenzhen-districts.geojson"))) {
			Region district = new Region(RegionCode.of(feature.id()), feature.text("name"), RegionLevel.DISTRICT, CITY);
			districts.add(new Boundary(district, DemoGrids.polygonal(GeometryFixer.fix(feature.geometry()))));
		}
		districts.sort(Comparator.comparing(boundary -> boundary.region().code().value()));
		return districts;
	}

	private static String resource(String path) {
		try (InputStream in = DemoCity.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
