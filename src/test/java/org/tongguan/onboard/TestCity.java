package org.tongguan.onboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The map of the foreign test city: a rectangle near Auckland (lon 174.70–174.94, lat −36.80 to −36.92) cut into 4
 * districts (columns), each into 3 streets (rows), each street into 3 communities, each community into 2 × 2 grids —
 * 144 grids on one lattice of 24 × 6 cells, so neighbouring boundaries share their vertices exactly and every region
 * lies exactly inside its parent. Names are unique across all levels; no region has a code.
 */
final class TestCity {

	/** The city's name (its only identifier: the platform assigns the code). */
	static final String CITY = "Harbour City (test)";

	static final List<String> LEVELS = List.of("CITY", "DISTRICT", "STREET", "COMMUNITY", "GRID");

	private static final String[] DISTRICTS = { "Waitemata", "Orakei", "Maungakiekie", "Puketapapa" };

	private static final String[] STREETS = { "North", "Central", "South" };

	private static final String[] GRIDS = { "A", "B", "C", "D" };

	private static final double WEST = 174.70;

	private static final double EAST = 174.94;

	private static final double NORTH = -36.80;

	private static final double SOUTH = -36.92;

	static final int COLUMNS = 24;

	static final int ROWS = 6;

	/**
	 * One region of the test city: its level, name, parent's name ({@code null} for the city) and its rectangle as
	 * lattice cells {@code [x0, x1) × [y0, y1)}.
	 */
	record Area(String level, String name, String parent, int x0, int y0, int x1, int y1) {

		/** The westmost longitude of the rectangle. */
		double west() {
			return lon(x0);
		}

		double east() {
			return lon(x1);
		}

		double north() {
			return lat(y0);
		}

		double south() {
			return lat(y1);
		}
	}

	private TestCity() {
	}

	/** Every region of a level, in a fixed order. */
	static List<Area> areas(String level) {
		List<Area> areas = new ArrayList<>();
		if (level.equals("CITY")) {
			areas.add(new Area(level, CITY, null, 0, 0, COLUMNS, ROWS));
			return areas;
		}
		for (int d = 0; d < DISTRICTS.length; d++) {
			String district = DISTRICTS[d];
			if (level.equals("DISTRICT")) {
				areas.add(new Area(level, district, CITY, 6 * d, 0, 6 * d + 6, ROWS));
				continue;
			}
			for (int s = 0; s < STREETS.length; s++) {
				String street = district + " " + STREETS[s];
				if (level.equals("STREET")) {
					areas.add(new Area(level, street, district, 6 * d, 2 * s, 6 * d + 6, 2 * s + 2));
					continue;
				}
				for (int c = 0; c < 3; c++) {
					String community = street + " " + (c + 1);
					int x = 6 * d + 2 * c;
					if (level.equals("COMMUNITY")) {
						areas.add(new Area(level, community, street, x, 2 * s, x + 2, 2 * s + 2));
						continue;
					}
					for (int g = 0; g < GRIDS.length; g++) {
						int gx = x + g % 2;
						int gy = 2 * s + g / 2;
						areas.add(new Area(level, community + "-" + GRIDS[g], community, gx, gy, gx + 1, gy + 1));
					}
				}
			}
		}
		return areas;
	}

	/** The longitude of a vertical lattice line, to 6 decimals. */
	static double lon(int x) {
		return round(WEST + (EAST - WEST) * x / COLUMNS);
	}

	/** The latitude of a horizontal lattice line (0 = north), to 6 decimals. */
	static double lat(int y) {
		return round(NORTH - (NORTH - SOUTH) * y / ROWS);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

	/** Writes {@code regions-<level>.geojson} for every level: names and parent names only, no codes. */
	static void writeBoundaries(Path dir) throws IOException {
		for (String level : LEVELS) {
			StringJoiner features = new StringJoiner(",\n", "{\"type\":\"FeatureCollection\",\"features\":[\n",
					"\n]}\n");
			for (Area area : areas(level)) {
				String parent = area.parent() == null ? "" : ",\"parentName\":" + quoted(area.parent());
				features.add("{\"type\":\"Feature\",\"properties\":{\"name\":" + quoted(area.name()) + parent
						+ "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + corner(area.west(), area.south())
						+ "," + corner(area.east(), area.south()) + "," + corner(area.east(), area.north()) + ","
						+ corner(area.west(), area.north()) + "," + corner(area.west(), area.south()) + "]]}}");
			}
			Files.writeString(dir.resolve("regions-" + level.toLowerCase(Locale.ROOT) + ".geojson"),
					features.toString(), StandardCharsets.UTF_8);
		}
	}

	private static String corner(double lon, double lat) {
		return String.format(Locale.ROOT, "[%.6f,%.6f]", lon, lat);
	}

	private static String quoted(String text) {
		return "\"" + text + "\"";
	}
}
