package org.tongguan.sensing.ingest;

import java.time.Instant;
import java.util.Map;

import org.tongguan.sensing.device.RegisteredDevice;

/** One validated message of a device: when it was measured, when it arrived, and its metric values. */
public record Reading(RegisteredDevice device, Instant measuredAt, Instant receivedAt, Map<String, Double> values) {
}
