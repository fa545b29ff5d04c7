package org.tongguan.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

/**
 * What the load tool reports about, read from the running platform: a point inside every unit grid of the demo city
 * and the active categories that take the normal path (受理 → 立案 → 自动派遣), i.e. neither round-the-clock
 * emergencies nor police matters.
 */
public final class DemoCity {

	/** How far (degrees) a report may lie from its grid's centre, about 30 m; kept only when still inside. */
	private static final double JITTER = 0.0003;

	private final List<Grid> grids;

	private final List<String> categories;

	private DemoCity(List<Grid> grids, List<String> categories) {
		this.grids = grids;
		this.categories = categories;
	}

	/** Reads the grids and categories through the API. */
	public static DemoCity read(PlatformClient client) throws IOException, InterruptedException {
		List<Grid> grids = new ArrayList<>();
		for (JsonNode feature : client.get("/api/regions/export?level=GRID").path("features")) {
			JsonNode geometry = feature.path("geometry");
			JsonNode polygon = geometry.path("type").asString().equals("MultiPolygon")
					? geometry.path("coordinates").path(0) : geometry.path("coordinates");
			Grid grid = Grid.of(polygon.path(0));
			if (grid != null) {
				grids.add(grid);
			}
		}
		List<String> categories = new ArrayList<>();
		for (JsonNode category : client.get("/api/catalog/categories")) {
			if (category.path("active").asBoolean() && !category.path("roundTheClock").asBoolean()
					&& !category.path("policeMatter").asBoolean()) {
				categories.add(category.path("code").asString());
			}
		}
		if (grids.isEmpty() || categories.isEmpty()) {
			throw new IOException("The platform has no grids or no normal categories: is the demo city loaded?");
		}
		return new DemoCity(List.copyOf(grids), List.copyOf(categories));
	}

	int gridCount() {
		return grids.size();
	}

	int categoryCount() {
		return categories.size();
	}

	/** A hotline report (12345) at a random point inside a random grid, of a random normal category. */
	public String randomReport() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Grid grid = grids.get(random.nextInt(grids.size()));
		double longitude = grid.centreLongitude() + random.nextDouble(-JITTER, JITTER);
		double latitude = grid.centreLatitude() + random.nextDouble(-JITTER, JITTER);
		if (!grid.contains(longitude, latitude)) {
			longitude = grid.centreLongitude();
			latitude = grid.centreLatitude();
		}
		return String.format(Locale.ROOT, """
				{"longitude":%.6f,"latitude":%.6f,"category":"%s","description":"压测上报 %d：路面有垃圾堆放，请尽快处理",\
				"reporter":{"name":"测试市民","phone":"138%08d"}}""", longitude, latitude,
				categories.get(random.nextInt(categories.size())), random.nextInt(1_000_000),
				random.nextInt(100_000_000));
	}

	/** A unit grid's outer ring and a point inside it. */
	private record Grid(double[] ring, double centreLongitude, double centreLatitude) {

		/** The grid of a GeoJSON polygon's outer ring, {@code null} when the vertex mean lies outside it. */
		static Grid of(JsonNode coordinates) {
			int n = coordinates.size();
			double[] ring = new double[2 * n];
			double longitude = 0;
			double latitude = 0;
			for (int i = 0; i < n; i++) {
				ring[2 * i] = coordinates.path(i).path(0).asDouble();
				ring[2 * i + 1] = coordinates.path(i).path(1).asDouble();
				if (i < n - 1) {
					longitude += ring[2 * i];
					latitude += ring[2 * i + 1];
				}
			}
			Grid grid = new Grid(ring, longitude / (n - 1), latitude / (n - 1));
			return n > 3 && grid.contains(grid.centreLongitude, grid.centreLatitude) ? grid : null;
		}

		/** Whether the point lies inside the ring (even-odd rule). */
		boolean contains(double longitude, double latitude) {
			boolean inside = false;
			for (int i = 0, j = ring.length / 2 - 1; i < ring.length / 2; j = i++) {
				double xi = ring[2 * i];
				double yi = ring[2 * i + 1];
				double xj = ring[2 * j];
				double yj = ring[2 * j + 1];
				if ((yi > latitude) != (yj > latitude)
						&& longitude < (xj - xi) * (latitude - yi) / (yj - yi) + xi) {
					inside = !inside;
				}
			}
			return inside;
		}
	}
}
