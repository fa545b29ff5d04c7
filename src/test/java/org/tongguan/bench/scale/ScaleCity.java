package org.tongguan.bench.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The demo city as the generator needs it, read through the API: every grid with its community, street and district
 * codes up to the province, the active sub-categories and the departments.
 */
record ScaleCity(List<Grid> grids, List<String> categories, List<String> departments) {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	/** Reads the city from the running platform. */
	static ScaleCity read(ScaleApi api) throws IOException, InterruptedException {
		Map<String, String> parents = new HashMap<>();
		for (String level : List.of("CITY", "DISTRICT", "STREET", "COMMUNITY")) {
			api.get("/api/regions?level=" + level, TIMEOUT)
				.forEach(region -> parents.put(region.path("code").asString(), region.path("parent").asString()));
		}
		List<Grid> grids = new ArrayList<>();
		for (JsonNode grid : api.get("/api/regions?level=GRID", TIMEOUT)) {
			String community = grid.path("parent").asString();
			String street = parents.get(community);
			String district = street == null ? null : parents.get(street);
			String city = district == null ? null : parents.get(district);
			if (city != null) {
				grids.add(new Grid(grid.path("code").asString(), community, street, district, city, parents.get(city)));
			}
		}
		List<String> categories = new ArrayList<>();
		api.get("/api/catalog/categories", TIMEOUT).forEach(category -> categories.add(category.path("code").asString()));
		List<String> departments = new ArrayList<>();
		api.get("/api/departments", TIMEOUT).forEach(department -> departments.add(department.path("code").asString()));
		if (grids.isEmpty() || categories.isEmpty() || departments.isEmpty()) {
			throw new IOException("The platform has no grids, categories or departments: is the demo city loaded?");
		}
		return new ScaleCity(List.copyOf(grids), List.copyOf(categories), List.copyOf(departments));
	}

	/** Writes the grids with the codes above them as CSV, for the independent computation. */
	void writeGrids(Path file) throws IOException {
		List<String> lines = new ArrayList<>(List.of("grid,community,street,district,city,province"));
		grids.forEach(grid -> lines.add(String.join(",", grid.code(), grid.community(), grid.street(), grid.district(),
				grid.city(), String.valueOf(grid.province()))));
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

	/** A unit grid and the codes of the regions above it. */
	record Grid(String code, String community, String street, String district, String city, String province) {
	}
}
