package org.tongguan.sensing.rule;

import java.util.Map;

import org.tongguan.sensing.ingest.MetricValues;

/** Reads a metric's value from a reading without boxing when ingestion parsed it ({@link MetricValues}). */
final class ReadingValues {

	private ReadingValues() {
	}

	/** The metric's value, or {@code NaN} when the reading has none. */
	static double of(Map<String, Double> values, String metric) {
		if (values instanceof MetricValues parsed) {
			for (int i = 0; i < parsed.size(); i++) {
				String name = parsed.metric(i).name();
				if (name == metric || name.equals(metric)) {
					return parsed.value(i);
				}
			}
			return Double.NaN;
		}
		Double value = values.get(metric);
		return value == null ? Double.NaN : value;
	}
}
