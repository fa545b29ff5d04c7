package org.tongguan.onboard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test city's regions as its boundary files state them, read back from the files (not from the generator): the
 * level and parent of every name, and the grids' rectangles, to place a case by its point or by its region name.
 */
final class CityMap {

	/** Where a case lies: the names of its district, street, community and grid ({@code null} where unknown). */
	record Place(String district, String street, String community, String grid) {
	}

	private record Rectangle(String name, double west, double east, double south, double north) {
	}

	private final Map<String, String> levels = new HashMap<>();

	private final Map<String, String> parents = new HashMap<>();

	private final List<Rectangle> grids = new ArrayList<>();

	CityMap(Path dir) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		for (String level : TestCity.LEVELS) {
			JsonNode file = json.readTree(dir.resolve("regions-" + level.toLowerCase(Locale.ROOT) + ".geojson")
				.toFile());
			for (JsonNode feature : file.get("features")) {
				String name = feature.get("properties").get("name").asString();
				JsonNode parent = feature.get("properties").get("parentName");
				levels.put(name, level);
				parents.put(name, parent == null ? null : parent.asString());
				if (level.equals("GRID")) {
					grids.add(rectangle(name, feature.get("geometry").get("coordinates").get(0)));
				}
			}
		}
	}

	private static Rectangle rectangle(String name, JsonNode ring) {
		double west = Double.MAX_VALUE, east = -Double.MAX_VALUE, south = Double.MAX_VALUE, north = -Double.MAX_VALUE;
		for (JsonNode corner : ring) {
			west = Math.min(west, corner.get(0).asDouble());
			east = Math.max(east, corner.get(0).asDouble());
			south = Math.min(south, corner.get(1).asDouble());
			north = Math.max(north, corner.get(1).asDouble());
		}
		return new Rectangle(name, west, east, south, north);
	}

	/** The place of a point: the grid whose rectangle holds it, and that grid's ancestors. */
	Place at(double lon, double lat) {
		for (Rectangle grid : grids) {
			if (lon > grid.west() && lon < grid.east() && lat > grid.south() && lat < grid.north()) {
				return named(grid.name());
			}
		}
		throw new IllegalArgumentException("no grid holds " + lon + ", " + lat);
	}

	/** The place of a region name of any level: that region and its ancestors, nothing below it. */
	Place named(String name) {
		String level = levels.get(name);
		if (level == null) {
			throw new IllegalArgumentException("no region named " + name);
		}
		Map<String, String> names = new HashMap<>();
		for (String current = name; current != null; current = parents.get(current)) {
			names.put(levels.get(current), current);
		}
		return new Place(names.get("DISTRICT"), names.get("STREET"), names.get("COMMUNITY"), names.get("GRID"));
	}

	/** The city's name. */
	String city() {
		return levels.entrySet().stream().filter(e -> e.getValue().equals("CITY")).findFirst().orElseThrow().getKey();
	}
}
