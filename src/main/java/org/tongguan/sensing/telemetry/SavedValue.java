package org.tongguan.sensing.telemetry;

import org.tongguan.sensing.device.DeviceId;

/** A latest value as the snapshot table holds it: device id, metric, epoch milliseconds and value. */
record SavedValue(DeviceId deviceId, String metric, long measuredAt, double value) {
}
