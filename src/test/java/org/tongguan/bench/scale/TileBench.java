package org.tongguan.bench.scale;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.tongguan.support.VectorTiles;

import tools.jackson.databind.JsonNode;

/**
 * Map tile latency (issue 15): optionally generates and imports a history of the demo city with every case at a point
 * inside its grid, then requests the region, case and device tiles at zoom 10–17 around points spread over the city
 * (as the city-wide administrator, without filters: the most cases a tile can hold) and prints p50 and p99 per layer
 * and zoom, with the share of empty tiles and the mean tile size.
 */
public final class TileBench {

	private static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

	private static final List<String> LAYERS = List.of("regions", "cases", "devices");

	private TileBench() {
	}

	/**
	 * Arguments: platform URL, work directory, cases to import (0 for none), timeout of each request in seconds;
	 * environment TILES_REQUESTS: requests per layer and zoom (default 100).
	 */
	public static void main(String[] args) throws Exception {
		ScaleApi api = new ScaleApi(URI.create(args[0]), "admin", "tongguan-demo");
		Path work = Path.of(args[1]);
		int cases = Integer.parseInt(args[2]);
		Duration timeout = Duration.ofSeconds(Long.parseLong(args[3]));
		int requests = Integer.parseInt(System.getenv().getOrDefault("TILES_REQUESTS", "100"));
		GridPoints grids = GridPoints.read(api);
		importPlacedHistory(api, grids, work, cases);
		List<Coordinate> points = grids.samplePoints(Math.max(requests, 10));
		if (cases > 0) {
			awaitClusters(api, timeout, points);
		}
		measureLayers(api, timeout, points, requests);
	}

	/** Prints p50, p99 and max of every layer's tiles at zoom 10–17 around the points. */
	static void measureLayers(ScaleApi api, Duration timeout, List<Coordinate> points, int requests) throws Exception {
		System.out.printf("%d requests per layer and zoom around %d points (after 5 unmeasured), ms%n", requests,
				points.size());
		System.out.printf("%-8s %4s %8s %8s %8s %7s %10s%n", "layer", "zoom", "p50", "p99", "max", "empty", "mean size");
		for (String layer : LAYERS) {
			for (int zoom = 10; zoom <= 17; zoom++) {
				measure(api, timeout, layer, zoom, points, requests);
			}
		}
	}

	/**
	 * Generates a history of the demo city with every case at a point inside its grid and imports it through the API
	 * (nothing when {@code cases} is 0).
	 */
	static void importPlacedHistory(ScaleApi api, GridPoints grids, Path work, int cases) throws Exception {
		if (cases <= 0) {
			return;
		}
		Path history = work.resolve("history.csv");
		Path placed = work.resolve("placed.csv");
		long started = System.nanoTime();
		new ScaleHistory(ScaleCity.read(api)).write(history, cases, 3,
				LocalDate.now(CITY_ZONE).atStartOfDay(CITY_ZONE).toInstant());
		grids.placeCases(history, placed);
		System.out.printf("generated %,d cases with points in their grids in %.1f s%n", cases, seconds(started));
		started = System.nanoTime();
		JsonNode report = api.importHistory(placed, true); // the few invalid rows of a large history are left out
		System.out.printf("history import: %d imported, %d invalid, %d backlog in %.1f s%n",
				report.path("imported").asLong(), report.path("invalid").asLong(), report.path("backlog").asLong(),
				seconds(started));
	}

	/**
	 * Waits until the case clusters count the imported cases: the case map is read again in the background after the
	 * first tile that finds it older than its max age, so the first tiles after an import may still be empty.
	 */
	static void awaitClusters(ScaleApi api, Duration timeout, List<Coordinate> points) throws Exception {
		long started = System.nanoTime();
		String path = path("cases", 10, points.get(0));
		while (request(api, timeout, path).statusCode() == 204) {
			if (seconds(started) > 600) {
				throw new IllegalStateException("the case clusters stayed empty for 10 minutes after the import");
			}
			Thread.sleep(500);
		}
		System.out.printf("case clusters counted the imported cases %.1f s after the first tile asked%n",
				seconds(started));
	}

	private static void measure(ScaleApi api, Duration timeout, String layer, int zoom, List<Coordinate> points,
			int requests) throws Exception {
		for (int i = 0; i < 5; i++) {
			request(api, timeout, path(layer, zoom, points.get(points.size() - 1 - i % points.size())));
		}
		List<Double> times = new ArrayList<>();
		long empty = 0;
		long bytes = 0;
		for (int i = 0; i < requests; i++) {
			String path = path(layer, zoom, points.get(i % points.size()));
			long started = System.nanoTime();
			HttpResponse<byte[]> answer = request(api, timeout, path);
			times.add((System.nanoTime() - started) / 1e6);
			empty += answer.statusCode() == 204 ? 1 : 0;
			bytes += answer.body().length;
		}
		Collections.sort(times);
		System.out.printf("%-8s %4d %8.1f %8.1f %8.1f %6.0f%% %8.1f kB%n", layer, zoom, percentile(times, 50),
				percentile(times, 99), times.get(times.size() - 1), 100.0 * empty / requests, bytes / 1e3 / requests);
	}

	private static HttpResponse<byte[]> request(ScaleApi api, Duration timeout, String path) throws Exception {
		HttpResponse<byte[]> answer = api.bytes(path, timeout);
		if (answer.statusCode() != 200 && answer.statusCode() != 204) {
			throw new IllegalStateException("GET " + path + ": HTTP " + answer.statusCode());
		}
		return answer;
	}

	private static String path(String layer, int zoom, Coordinate point) {
		return VectorTiles.path(layer, point.x, point.y, zoom);
	}

	static double percentile(List<Double> sorted, int percent) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
	}

	static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}
}
