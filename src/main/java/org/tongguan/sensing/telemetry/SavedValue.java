package org.tongguan.sensing.telemetry;

/** A latest value as the snapshot table holds it: device id, metric, epoch milliseconds and value. */
record SavedValue(long deviceId, String metric, long measuredAt, double value) {
}
