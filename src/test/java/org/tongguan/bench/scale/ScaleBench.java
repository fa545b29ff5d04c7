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
 * same files, printing both times, their ratio and whether every group's figures are equal; then issue 17's
 * case-based indicators over the same history ({@link CaseIndicatorBench}), which waits until the platform has
 * recomputed them; then every cockpit query again, over earlier periods, on the quiet platform. Arguments: platform URL, work directory,
 * cases, per-query timeout in seconds; {@code SCALE_CATCH_UP_MINUTES} (default 120) bounds the wait for the computed
 * indicators. Exits 1 when any figure or value differs.
 */
public final class ScaleBench {

	/** The demo city's clock: dates in the statistics API start at its midnight. */
	private static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

	/** How often each query runs, each time over a period of its own, for a median and a p95. */
	private static final int RUNS = 5;

	/** The platform's timer of its statistics catch-ups, which a query pays before it reads. */
	private static final String CATCH_UP = "tongguan.statistics.catch-up";

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
		long importEnded = System.nanoTime();
		double importSeconds = seconds(started);
		System.out.printf("history import: %d imported, %d invalid, %d backlog in %.1f s = %,.0f rows/s%n",
				answer.path("imported").asLong(), answer.path("invalid").asLong(), answer.path("backlog").asLong(),
				importSeconds, cases / importSeconds);
		PlatformProcess.report(System.getenv("SCALE_PLATFORM_PID"));
		if ("1".equals(System.getenv("SCALE_IMPORT_ONLY"))) {
			return;
		}
		started = System.nanoTime();
		try (DuckDbStatistics duck = DuckDbStatistics.load(history, grids, ScaleCalendar.read(api))) {
			System.out.printf("DuckDB CSV load: %.1f s%n", seconds(started));
			System.out.println("compared per group: " + String.join(", ", Figures.NAMES)
					+ " (rates and grade follow from these counts)");
			List<CockpitQuery> queries = CockpitQuery.all(today, city.grids().get(0).district());
			int unequal = cockpit("right after the import job succeeded, the case-based indicators being recomputed "
					+ "beside", queries, 0, api, duck, timeout);
			int failed = CaseIndicatorBench.run(api, duck, today, importEnded,
					Duration.ofMinutes(Long.parseLong(System.getenv().getOrDefault("SCALE_CATCH_UP_MINUTES", "120"))),
					timeout);
			System.out.println(failed == 0 ? "every case-based indicator series: every value equals DuckDB's"
					: failed + " case-based indicator series differ from DuckDB's or did not catch up");
			unequal += cockpit("again once the platform is quiet, each run over periods of its own", queries, RUNS,
					api, duck, timeout);
			if (unequal + failed > 0) {
				System.exit(1);
			}
		}
	}

	/**
	 * Times every cockpit query under a heading and prints their lines; answers how many had a group whose figures
	 * differ from DuckDB's.
	 *
	 * @param firstRun how many periods earlier than the queries' own the first run's period starts
	 */
	private static int cockpit(String when, List<CockpitQuery> queries, int firstRun, ScaleApi api,
			DuckDbStatistics duck, Duration timeout) throws Exception {
		System.out.printf("cockpit queries %s: each query %d times, each time starting a day earlier (a period of its "
				+ "own); median / p95 (the slowest) in ms%n", when, RUNS);
		System.out.printf("%-38s %13s %15s %13s %9s %7s %s%n", "query", "counts+rates", "with medians", "DuckDB",
				"p95 ratio", "groups", "figures");
		int unequal = 0;
		double catchUps = api.meter(CATCH_UP, "COUNT"), caughtUpSeconds = api.meter(CATCH_UP, "TOTAL_TIME");
		for (CockpitQuery query : queries) {
			unequal += run(query, firstRun, api, duck, timeout) ? 0 : 1;
		}
		System.out.printf("statistics catch-ups meanwhile (folds of pending case changes, each query's own and the "
				+ "background's): %.0f, %.1f s in all, the longest of the last minutes %.0f ms%n",
				api.meter(CATCH_UP, "COUNT") - catchUps, api.meter(CATCH_UP, "TOTAL_TIME") - caughtUpSeconds,
				api.meter(CATCH_UP, "MAX") * 1000);
		System.out.println(unequal == 0 ? "every answered query: every group's figures equal DuckDB's"
				: unequal + " queries with groups that differ from DuckDB's");
		return unequal;
	}

	/**
	 * Runs one query {@link #RUNS} times on both sides, each time over a period of its own, the platform without and
	 * with the exact medians, and prints the line; false when a group's figures differ in any run.
	 */
	private static boolean run(CockpitQuery query, int firstRun, ScaleApi api, DuckDbStatistics duck,
			Duration timeout) throws Exception {
		List<Double> counts = new ArrayList<>();
		List<Double> full = new ArrayList<>();
		List<Double> duckDb = new ArrayList<>();
		List<String> differences = new ArrayList<>();
		int groups = 0;
		for (int run = 0; run < RUNS; run++) {
			CockpitQuery variant = query.earlier(firstRun + run);
			long started = System.nanoTime();
			JsonNode report;
			try {
				api.get(variant.path(false), timeout);
				counts.add(seconds(started) * 1000);
				started = System.nanoTime();
				report = api.get(variant.path(true), timeout);
				full.add(seconds(started) * 1000);
			}
			catch (HttpTimeoutException timedOut) {
				System.out.printf("%-38s %13s%n", query.name(), "timeout");
				return true;
			}
			Instant from = Instant.parse(report.path("from").asString());
			Instant to = Instant.parse(report.path("to").asString());
			started = System.nanoTime();
			Map<String, Figures> expected = duck.aggregate(query.groupBy(), from, to, query.district());
			duckDb.add(seconds(started) * 1000);
			Map<String, Figures> actual = new HashMap<>();
			report.path("groups")
				.forEach(group -> actual.put(key(group.path("key").asString(null)), Figures.of(group)));
			groups = actual.size();
			differences.addAll(differences(expected, actual));
		}
		System.out.printf("%-38s %6.0f/%6.0f %7.0f/%7.0f %6.0f/%6.0f %9.1f %7d %s%n", query.name(), median(counts),
				p95(counts), median(full), p95(full), median(duckDb), p95(duckDb), p95(full) / p95(duckDb), groups,
				differences.isEmpty() ? "equal" : differences.size() + " groups differ");
		differences.stream().limit(3).forEach(difference -> System.out.println("  " + difference));
		return differences.isEmpty();
	}

	static double median(List<Double> times) {
		return times.stream().sorted().toList().get(times.size() / 2);
	}

	/** The 95th percentile of a handful of runs: the slowest. */
	static double p95(List<Double> times) {
		return times.stream().max(Double::compare).orElseThrow();
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

	static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}
}
