package org.tongguan.sensing.device.web;

import java.util.List;

import org.tongguan.sensing.device.DeviceTypeSpec;
import org.tongguan.sensing.device.MetricSpec;

/** A device type as the API shows it; a metric bound is absent where the metric has none. */
record DeviceTypeView(String code, String name, List<Metric> metrics, long inactivityTimeoutSeconds, boolean camera) {

	static DeviceTypeView of(DeviceTypeSpec type) {
		return new DeviceTypeView(type.code(), type.name(), type.metrics().stream().map(Metric::of).toList(),
				type.inactivityTimeout().toSeconds(), type.camera());
	}

	/** A metric with its unit and the range a working sensor reports. */
	record Metric(String name, String label, String unit, Double min, Double max) {

		static Metric of(MetricSpec metric) {
			return new Metric(metric.name(), metric.label(), metric.unit(), finite(metric.min()), finite(metric.max()));
		}

		private static Double finite(double bound) {
			return Double.isInfinite(bound) ? null : bound;
		}
	}
}
