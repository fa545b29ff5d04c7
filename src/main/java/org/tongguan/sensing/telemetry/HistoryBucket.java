package org.tongguan.sensing.telemetry;

import java.time.Instant;

/**
 * The readings of one metric within a time bucket, summarised (降采样).
 *
 * @param start the bucket's first instant
 * @param end the instant after its last
 * @param min the smallest value
 * @param max the largest value
 * @param avg the mean value
 * @param count how many readings it holds
 */
public record HistoryBucket(Instant start, Instant end, double min, double max, double avg, long count) {
}
