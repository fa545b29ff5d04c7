package org.tongguan.sensing.simulator;

import java.nio.charset.StandardCharsets;

/**
 * Writes one telemetry message, {@code {"ts": <millis>, "values": {...}}}, with each value rounded to the digits its
 * sensor reports; reused for every message of the simulator's thread.
 */
final class Payload {

	private static final double[] SCALES = { 1, 10, 100, 1000 };

	private final StringBuilder json = new StringBuilder(160);

	private boolean first;

	/** Starts a message stamped with this time. */
	Payload begin(long timestamp) {
		json.setLength(0);
		json.append("{\"ts\":").append(timestamp).append(",\"values\":{");
		first = true;
		return this;
	}

	/** Adds a metric's value rounded to {@code decimals} (0–3) digits after the point. */
	Payload put(String metric, double value, int decimals) {
		if (!first) {
			json.append(',');
		}
		first = false;
		json.append('"').append(metric).append("\":");
		double scale = SCALES[decimals];
		long rounded = Math.round(value * scale);
		if (decimals == 0) {
			json.append(rounded);
		}
		else {
			json.append(rounded / scale);
		}
		return this;
	}

	/** The finished message. */
	byte[] end() {
		json.append("}}");
		return json.toString().getBytes(StandardCharsets.US_ASCII);
	}
}
