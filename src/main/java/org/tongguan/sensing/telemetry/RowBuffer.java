package org.tongguan.sensing.telemetry;

import java.util.Arrays;
import java.util.Map;

import org.tongguan.sensing.ingest.MetricValues;
import org.tongguan.sensing.ingest.Reading;

/** The rows of one flush (one per metric value) in parallel arrays, reused from flush to flush by the writer. */
final class RowBuffer {

	long[] devices = new long[1024];

	String[] metrics = new String[1024];

	long[] times = new long[1024];

	double[] values = new double[1024];

	int size;

	void clear() {
		Arrays.fill(metrics, 0, size, null);
		size = 0;
	}

	/** Adds a row per value of the reading. */
	void add(Reading reading) {
		long device = reading.device().id().value();
		long at = reading.measuredAt().toEpochMilli();
		if (reading.values() instanceof MetricValues parsed) {
			for (int i = 0; i < parsed.size(); i++) {
				add(device, parsed.metric(i).name(), at, parsed.value(i));
			}
		}
		else {
			for (Map.Entry<String, Double> value : reading.values().entrySet()) {
				add(device, value.getKey(), at, value.getValue());
			}
		}
	}

	private void add(long device, String metric, long at, double value) {
		if (size == devices.length) {
			devices = Arrays.copyOf(devices, size * 2);
			metrics = Arrays.copyOf(metrics, size * 2);
			times = Arrays.copyOf(times, size * 2);
			values = Arrays.copyOf(values, size * 2);
		}
		devices[size] = device;
		metrics[size] = metric;
		times[size] = at;
		values[size++] = value;
	}
}
