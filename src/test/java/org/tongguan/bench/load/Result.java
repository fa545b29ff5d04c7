package org.tongguan.bench.load;

import java.util.Locale;
import java.util.Map;

/**
 * What one load scenario measured: how many operations succeeded in the measured window, the rate, the latency
 * percentiles in milliseconds and the errors.
 */
record Result(String scenario, int count, double seconds, double rate, double p50, double p90, double p99,
		double max, int errors, Map<String, Integer> errorKinds) {

	/** The header of {@link #row()}. */
	static final String HEADER = String.format(Locale.ROOT, "%-38s %8s %8s %9s %9s %9s %9s %9s %7s", "scenario",
			"count", "seconds", "rate/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors");

	/** One aligned line for the results table. */
	String row() {
		return String.format(Locale.ROOT, "%-38s %8d %8.1f %9.1f %9.1f %9.1f %9.1f %9.1f %7d", scenario, count,
				seconds, rate, p50, p90, p99, max, errors);
	}

	/** One tab-separated line, prefixed {@code RESULT}, for scripts that take medians over runs. */
	String tsv() {
		return String.format(Locale.ROOT, "RESULT\t%s\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%d", scenario, count,
				seconds, rate, p50, p90, p99, max, errors);
	}
}
