package org.tongguan.sensing.device;

import java.time.Duration;
import java.util.List;

/**
 * A device type (设备类型) as ingestion and rules see it: its code (e.g. {@code water-level}), name, the metrics it
 * reports, and how long it may stay silent before it counts as offline.
 */
public record DeviceTypeSpec(String code, String name, List<MetricSpec> metrics, Duration inactivityTimeout,
		boolean camera) {

	public DeviceTypeSpec {
		metrics = List.copyOf(metrics);
	}

	/** The metric of this name, or null when the type does not report it. */
	public MetricSpec metric(String name) {
		for (MetricSpec metric : metrics) {
			if (metric.name().equals(name)) {
				return metric;
			}
		}
		return null;
	}
}
