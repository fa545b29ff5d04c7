package org.tongguan.sensing.telemetry;

import java.time.Instant;

/**
 * One stored value of a metric.
 *
 * @param measuredAt when it was measured
 * @param value the value
 */
public record RawReading(Instant measuredAt, double value) {
}
