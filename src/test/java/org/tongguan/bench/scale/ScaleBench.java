package org.tongguan.bench.scale;

import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Issue 14's statistics bench against a running demo platform: generates a history of the demo city, imports it
 * through the API, then times every {@link CockpitQuery} on the platform and the same aggregation in DuckDB on the
 * same files, printing both times, their ratio and whether every group's figures are equal. Arguments: platform URL,
 * work directory, cases, per-query timeout in seconds.
 */
public final class ScaleBench {

	/** The demo city's clock: dates in the statistics API start at its midnight. */
	private static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

	private ScaleBench() {
	}

	public static void main(String[] args) throws Exception {
		URI url = URI.create(args[0]);
		Path work = Path.of(args[1]);
		int cases = Integer.parseInt(args[2]);
		Duration timeout = Duration.ofSeconds(Long.parseLong(args[3]));
		ScaleApi api = new ScaleApi(url, "admin", "tongguan-demo");
		ScaleCity city = ScaleCity.read(api);
		LocalDate today = LocalDate.now(CITY_ZONE);
		Path history = work.resolve("history.csv");
		Path grids = work.resolve("grids.csv");
		long started = System.nanoTime();
		new ScaleHistory(city).write(history, cases, 3, today.atStartOfDay(CITY_ZONE).toInstant());
		city.writeGrids(grids);
		System.out.printf("generated %,d cases over 3 years (%d grids, %d categories, %d departments), %.0f MB, in %.1f s%n",
				cases, city.grids().size(), city.categories().size(), city.departments().size(),
				Files.size(history) / 1e6, seconds(started));
		started = System.nanoTime();
		JsonNode answer = api.importHistory(history);
		double importSeconds = seconds(started);
		System.out.printf("history import: %d imported, %d invalid, %d backlog in %.1f s = %,.0f rows/s%n",
				answer.path("imported").asLong(), answer.path("invalid").asLong(), answer.path("backlog").asLong(),
				importSeconds, cases / importSeconds);
		if ("1".equals(System.getenv("SCALE_IMPORT_ONLY"))) {
			return;
		}
		started = System.nanoTime();
		try (DuckDbStatistics duck = DuckDbStatistics.load(history, grids)) {
			System.out.printf("DuckDB CSV load: %.1f s%n", seconds(started));
			System.out.println("compared per group: " + String.join(", ", Figures.NAMES)
					+ " (rates and grade follow from these counts; working hours need the working calendar)");
			System.out.printf("%-38s %12s %10s %8s %7s %s%n", "query", "platform ms", "DuckDB ms", "ratio", "groups",
					"figures");
			int unequal = 0;
			for (CockpitQuery query : CockpitQuery.all(today, city.grids().get(0).district())) {
				unequal += run(query, api, duck, timeout) ? 0 : 1;
			}
			System.out.println(unequal == 0 ? "every answered query: every group's figures equal DuckDB's"
					: unequal + " queries with groups that differ from DuckDB's");
			if (unequal > 0) {
				System.exit(1);
			}
		}
	}

	/** Runs one query on both sides and prints the line; false when a group's figures differ. */
	private static boolean run(CockpitQuery query, ScaleApi api, DuckDbStatistics duck, Duration timeout)
			throws Exception {
		long started = System.nanoTime();
		JsonNode report;
		try {
			report = api.get(query.path(), timeout);
		}
		catch (HttpTimeoutException timedOut) {
			System.out.printf("%-38s %12s%n", query.name(), "timeout");
			return true;
		}
		double platform = seconds(started) * 1000;
		Instant from = Instant.parse(report.path("from").asString());
		Instant to = Instant.parse(report.path("to").asString());
		List<Double> times = new ArrayList<>();
		Map<String, Figures> expected = null;
		for (int run = 0; run < 3; run++) {
			started = System.nanoTime();
			expected = duck.aggregate(query.groupBy(), from, to, query.district());
			times.add(seconds(started) * 1000);
		}
		double duckDb = times.stream().sorted().toList().get(1);
		Map<String, Figures> actual = new HashMap<>();
		report.path("groups").forEach(group -> actual.put(key(group.path("key").asString(null)), Figures.of(group)));
		List<String> differences = differences(expected, actual);
		System.out.printf("%-38s %12.0f %10.1f %8.1f %7d %s%n", query.name(), platform, duckDb, platform / duckDb,
				actual.size(), differences.isEmpty() ? "equal" : differences.size() + " groups differ");
		differences.stream().limit(3).forEach(difference -> System.out.println("  " + difference));
		return differences.isEmpty();
	}

	/** A group's key; cases without a region of the level (the demo city has no province) are one group. */
	static String key(String key) {
		return key == null || key.isEmpty() ? "(none)" : key;
	}

	/** The groups whose figures differ; a group only one side lists must have nothing counted on that side. */
	private static List<String> differences(Map<String, Figures> expected, Map<String, Figures> actual) {
		Set<String> keys = new HashSet<>(expected.keySet());
		keys.addAll(actual.keySet());
		List<String> differences = new ArrayList<>();
		for (String key : keys) {
			Figures duck = expected.getOrDefault(key, Figures.NONE);
			Figures platform = actual.getOrDefault(key, Figures.NONE);
			if (!duck.equals(platform)) {
				differences.add(key + ": platform " + platform.values() + ", DuckDB " + duck.values());
			}
		}
		return differences;
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}
}
