package org.tongguan.bench.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The latencies and errors one scenario measured, safe to record from many threads; answers percentiles exactly
 * (every sample is kept: a minute at a few hundred requests per second is a few tens of thousands of longs).
 */
final class Latencies {

	private long[] nanos = new long[1 << 14];

	private int count;

	private int errors;

	private final Map<String, Integer> errorKinds = new LinkedHashMap<>();

	/** Records one successful request that took {@code nanos}. */
	synchronized void record(long nanos) {
		if (count == this.nanos.length) {
			this.nanos = Arrays.copyOf(this.nanos, count * 2);
		}
		this.nanos[count++] = nanos;
	}

	/** Records one failed request, by what went wrong ("HTTP 500", "timeout", …). */
	synchronized void error(String kind) {
		errors++;
		errorKinds.merge(kind, 1, Integer::sum);
	}

	/** The result over a measured window. */
	synchronized Result result(String scenario, Duration window) {
		long[] sorted = Arrays.copyOf(nanos, count);
		Arrays.sort(sorted);
		double seconds = window.toNanos() / 1e9;
		return new Result(scenario, count, seconds, count / seconds, millis(sorted, 0.50), millis(sorted, 0.90),
				millis(sorted, 0.99), count == 0 ? Double.NaN : sorted[count - 1] / 1e6, errors,
				Map.copyOf(errorKinds));
	}

	private static double millis(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}
}
