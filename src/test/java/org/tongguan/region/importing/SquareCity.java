package org.tongguan.region.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.internal.Boundary;
import org.tongguan.region.internal.RegionSnapshot;
import org.tongguan.shared.geo.GeoFeature;
import org.tongguan.shared.geo.GeoJson;

/**
 * A small city of axis-aligned squares for import tests: city 440300, districts 440304 and 440303, street 440304001,
 * community 440304001001 (0.006° square) and a 5 × 5 block of 0.001° grids (about 100 m × 110 m) in its south-west
 * corner, leaving a strip of the community without grids.
 */
public final class SquareCity {

	/** The size of one grid cell in degrees. */
	static final double CELL = 0.001;

	static final double WEST = 114.0;

	static final double SOUTH = 22.5;

	private SquareCity() {
	}

	public static List<Boundary> boundaries() {
		List<Boundary> all = new ArrayList<>();
		all.add(boundary("440300", "深圳市", RegionLevel.CITY, null, box(WEST, SOUTH, WEST + 0.1, SOUTH + 0.1)));
		all.add(boundary("440304", "福田区", RegionLevel.DISTRICT, "440300", box(WEST, SOUTH, WEST + 0.05, SOUTH + 0.05)));
		all.add(boundary("440303", "罗湖区", RegionLevel.DISTRICT, "440300",
				box(WEST + 0.05, SOUTH, WEST + 0.1, SOUTH + 0.05)));
		all.add(boundary("440304001", "园岭街道", RegionLevel.STREET, "440304",
				box(WEST, SOUTH, WEST + 0.01, SOUTH + 0.01)));
		all.add(boundary("440304001001", "红荔社区", RegionLevel.COMMUNITY, "440304001",
				box(WEST, SOUTH, WEST + 0.006, SOUTH + 0.006)));
		for (int row = 0; row < 5; row++) {
			for (int column = 0; column < 5; column++) {
				all.add(grid(row * 5 + column + 1, cell(column, row)));
			}
		}
		return all;
	}

	public static RegionSnapshot snapshot() {
		return RegionSnapshot.of(boundaries());
	}

	/** The grid with this sequence number (1–999) of community 440304001001. */
	static Boundary grid(int sequence, Geometry geometry) {
		return boundary(gridCode(sequence), "网格" + sequence, RegionLevel.GRID, "440304001001", geometry);
	}

	static String gridCode(int sequence) {
		return "440304001001" + String.format("%03d", sequence);
	}

	/** The square of the grid cell in this column and row of the community (0-based from its south-west corner). */
	static Geometry cell(double column, double row) {
		return box(WEST + column * CELL, SOUTH + row * CELL, WEST + (column + 1) * CELL, SOUTH + (row + 1) * CELL);
	}

	static Geometry box(double west, double south, double east, double north) {
		return GeoJson.FACTORY.toGeometry(new Envelope(west, east, south, north));
	}

	static Boundary boundary(String code, String name, RegionLevel level, String parent, Geometry geometry) {
		return new Boundary(new Region(RegionCode.of(code), name, level, parent == null ? null : RegionCode.of(parent)),
				geometry);
	}

	/** A feature with the default property names. */
	static GeoFeature feature(String code, String name, String parent, Geometry geometry) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("code", code);
		properties.put("name", name);
		properties.put("parent", parent);
		return new GeoFeature(null, properties, geometry);
	}

	/** The boundary as a feature with the default property names. */
	static GeoFeature feature(Boundary boundary) {
		Region region = boundary.region();
		return feature(region.code().value(), region.name(), region.parent() == null ? null : region.parent().value(),
				boundary.geometry());
	}
}
