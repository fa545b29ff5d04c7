package org.tongguan.bench.sensing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tongguan.bench.load.PlatformClient;

import tools.jackson.databind.JsonNode;

/** Reads the platform's own meters over Actuator (as the demo administrator) and its resident memory from /proc. */
final class PlatformMetrics {

	private static final Pattern BUCKET = Pattern
		.compile("tongguan_sensing_alarm_delay_seconds_bucket\\{le=\"([^\"]+)\"} (\\S+)");

	private final PlatformClient api;

	private PlatformMetrics(PlatformClient api) {
		this.api = api;
	}

	static PlatformMetrics of(URI platform) throws IOException, InterruptedException {
		return new PlatformMetrics(PlatformClient.signIn(platform, "admin", "tongguan-demo"));
	}

	/** A statistic (COUNT, TOTAL_TIME, MAX, VALUE) of a meter; 0 if absent. */
	double read(String meter, String statistic) {
		try {
			JsonNode answer = api.get("/actuator/metrics/" + meter);
			for (JsonNode measurement : answer.path("measurements")) {
				if (measurement.path("statistic").asString().equals(statistic)) {
					return measurement.path("value").asDouble();
				}
			}
			return 0;
		}
		catch (IOException e) {
			return 0;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	/** Device messages the platform accepted for storing so far. */
	long acceptedMessages() {
		return (long) read("tongguan.sensing.messages.accepted", "COUNT");
	}

	/** Metric values stored so far. */
	long storedValues() {
		return (long) read("tongguan.sensing.telemetry.rows", "COUNT");
	}

	/** Device messages rejected so far, for any reason. */
	long rejectedMessages() {
		return (long) read("tongguan.sensing.rejections", "COUNT");
	}

	/** The cumulative histogram of reading → alarm delays so far: upper bound in seconds → count (Prometheus). */
	TreeMap<Double, Long> alarmDelays() {
		TreeMap<Double, Long> buckets = new TreeMap<>();
		try {
			Matcher bucket = BUCKET.matcher(api.text("/actuator/prometheus"));
			while (bucket.find()) {
				buckets.put(bucket.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY
						: Double.parseDouble(bucket.group(1)), (long) Double.parseDouble(bucket.group(2)));
			}
		}
		catch (IOException e) {
			// no sample this time
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return buckets;
	}

	/**
	 * The {@code q} quantile in ms of the delays counted between two readings of {@link #alarmDelays()}, to the
	 * histogram's bucket bound; NaN when no alarm changed in between.
	 */
	static double quantileMillis(TreeMap<Double, Long> before, TreeMap<Double, Long> after, double q) {
		long total = after.getOrDefault(Double.POSITIVE_INFINITY, 0L)
				- before.getOrDefault(Double.POSITIVE_INFINITY, 0L);
		if (total <= 0) {
			return Double.NaN;
		}
		for (Map.Entry<Double, Long> bucket : after.entrySet()) {
			if (bucket.getValue() - before.getOrDefault(bucket.getKey(), 0L) >= q * total) {
				return bucket.getKey() * 1000;
			}
		}
		return Double.POSITIVE_INFINITY;
	}

	/** Resident memory of a process in MiB (VmRSS). */
	static double residentMiB(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
				}
			}
			return 0;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
