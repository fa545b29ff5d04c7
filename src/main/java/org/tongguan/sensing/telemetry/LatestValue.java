package org.tongguan.sensing.telemetry;

import java.time.Instant;

/**
 * The latest value of one metric of a device.
 *
 * @param metric the metric's name, e.g. {@code waterLevel}
 * @param value the value
 * @param measuredAt when it was measured
 */
public record LatestValue(String metric, double value, Instant measuredAt) {
}
