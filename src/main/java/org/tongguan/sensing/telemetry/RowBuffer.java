package org.tongguan.sensing.telemetry;

import java.util.Arrays;
import java.util.Map;

import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.MetricValues;
import org.tongguan.sensing.ingest.Reading;

/**
 * The rows of one flush (one per metric value) in parallel arrays, reused from flush to flush by the writer; with each
 * row the device's type and district, which the day totals ({@link DailyTotals}) count by.
 */
final class RowBuffer {

	long[] devices = new long[1024];

	String[] metrics = new String[1024];

	long[] times = new long[1024];

	double[] values = new double[1024];

	String[] types = new String[1024];

	String[] districts = new String[1024];

	int size;

	void clear() {
		Arrays.fill(metrics, 0, size, null);
		Arrays.fill(types, 0, size, null);
		Arrays.fill(districts, 0, size, null);
		size = 0;
	}

	/** Adds a row per value of the reading. */
	void add(Reading reading) {
		RegisteredDevice device = reading.device();
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

	private void add(RegisteredDevice device, String metric, long at, double value) {
		if (size == devices.length) {
			devices = Arrays.copyOf(devices, size * 2);
			metrics = Arrays.copyOf(metrics, size * 2);
			times = Arrays.copyOf(times, size * 2);
			values = Arrays.copyOf(values, size * 2);
			types = Arrays.copyOf(types, size * 2);
			districts = Arrays.copyOf(districts, size * 2);
		}
		devices[size] = device.id().value();
		metrics[size] = metric;
		times[size] = at;
		values[size] = value;
		types[size] = device.type() == null ? null : device.type().code();
		districts[size++] = device.grid() == null ? null : device.grid().district().value();
	}
}
