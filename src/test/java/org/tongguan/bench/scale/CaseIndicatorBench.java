package org.tongguan.bench.scale;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Issue 17's case-based indicators over the imported history: waits until the platform has recomputed every region
 * and period the import touched (the administrators' count of pending ones falls to 0), then reads each
 * {@link IndicatorQuery}'s series through the indicators API and computes the same series in DuckDB from the same
 * files ({@link DuckDbStatistics#series}, the statistics' definitions), with the fewest-cases rule and the rounding to
 * 0.01, printing both times, their ratio and whether every value is equal. A wait that ended too early shows as values
 * that differ, never as a pass.
 */
final class CaseIndicatorBench {

	/** The platform's default {@code tongguan.indicator.fewest-cases-for-rates}, which the bench starts it with. */
	private static final long FEWEST_CASES = 30;

	private static final int RUNS = 5;

	private static final Duration POLL = Duration.ofSeconds(2);

	private CaseIndicatorBench() {
	}

	/**
	 * Waits up to {@code catchUp} for the computed values, then compares every query; answers how many queries failed
	 * (one more when the platform did not catch up in time).
	 */
	static int run(ScaleApi api, DuckDbStatistics duck, LocalDate today, long importEnded, Duration catchUp,
			Duration timeout) throws IOException, InterruptedException, SQLException {
		int failed = caughtUp(api, importEnded, catchUp) ? 0 : 1;
		ScaleCity.Grid place = duck.busiestStreet();
		System.out.printf("case-based indicators: each series %d times, each run a period earlier; median / p95 in ms; "
				+ "values compared: every period of the series (absent: none published); the street with the most "
				+ "cases (%s) and its district%n", RUNS, place.street());
		System.out.printf("%-40s %15s %15s %9s %7s %s%n", "series", "platform", "DuckDB", "p95 ratio", "values",
				"equal");
		for (IndicatorQuery query : IndicatorQuery.all(place)) {
			failed += compare(query, api, duck, today, timeout) ? 0 : 1;
		}
		return failed;
	}

	/** Polls the pending count until it is 0, printing it every minute; false when {@code limit} passed first. */
	private static boolean caughtUp(ScaleApi api, long importEnded, Duration limit)
			throws IOException, InterruptedException {
		long started = System.nanoTime();
		long printed = started;
		long first = -1;
		while (true) {
			long pending = api.get("/api/admin/indicators/computed/pending", POLL.multipliedBy(30)).path("pending")
				.asLong();
			first = first < 0 ? pending : first;
			double waited = ScaleBench.seconds(started);
			if (pending == 0) {
				System.out.printf("case-based indicators caught up: %,d regions and periods pending after the queries "
						+ "above, 0 after %.1f s more (%.1f s after the import job succeeded)%n", first, waited,
						ScaleBench.seconds(importEnded));
				return true;
			}
			if (waited > limit.toSeconds()) {
				System.out.printf("case-based indicators NOT caught up: %,d of %,d regions and periods still pending after "
						+ "%.0f s%n", pending, first, waited);
				return false;
			}
			if (ScaleBench.seconds(printed) >= 60) {
				System.out.printf("  case-based indicators: %,d regions and periods pending after %.0f s%n", pending,
						waited);
				printed = System.nanoTime();
			}
			Thread.sleep(POLL.toMillis());
		}
	}

	/** Runs one series {@link #RUNS} times on both sides and prints its line; false when a value differs. */
	private static boolean compare(IndicatorQuery query, ScaleApi api, DuckDbStatistics duck, LocalDate today,
			Duration timeout) throws IOException, InterruptedException, SQLException {
		JsonNode plan = api.get("/api/indicators/" + query.code(), timeout).path("plan");
		double min = plan.path("min").isNumber() ? plan.path("min").asDouble() : Double.NEGATIVE_INFINITY;
		double max = plan.path("max").isNumber() ? plan.path("max").asDouble() : Double.POSITIVE_INFINITY;
		List<Double> platform = new ArrayList<>();
		List<Double> duckDb = new ArrayList<>();
		List<String> differences = new ArrayList<>();
		int values = 0;
		for (int run = 0; run < RUNS; run++) {
			long started = System.nanoTime();
			JsonNode answer = api.get(query.path(today, run), timeout);
			platform.add(ScaleBench.seconds(started) * 1000);
			Map<String, Double> published = new HashMap<>();
			answer.path("values").forEach(value -> published.put(value.path("period").asString(),
					value.path("value").asDouble()));
			started = System.nanoTime();
			Map<LocalDate, Figures> figures = duck.series(query.monthly(), query.first(today, run),
					query.last(today, run), query.region(), query.category());
			duckDb.add(ScaleBench.seconds(started) * 1000);
			values = published.size();
			figures.forEach((period, figure) -> {
				Double expected = query.value(figure, FEWEST_CASES);
				expected = expected == null || expected < min || expected > max ? null : expected;
				Double actual = published.get(query.text(period));
				if (expected == null ? actual != null : !expected.equals(actual)) {
					differences.add(query.text(period) + ": platform " + actual + ", DuckDB " + expected);
				}
			});
		}
		System.out.printf("%-40s %7.0f/%7.0f %7.0f/%7.0f %9.2f %7d %s%n", query.name(), ScaleBench.median(platform),
				ScaleBench.p95(platform), ScaleBench.median(duckDb), ScaleBench.p95(duckDb), ScaleBench.p95(platform) / ScaleBench.p95(duckDb), values,
				differences.isEmpty() ? "equal" : differences.size() + " values differ");
		differences.stream().limit(3).forEach(difference -> System.out.println("  " + difference));
		return differences.isEmpty();
	}
}
