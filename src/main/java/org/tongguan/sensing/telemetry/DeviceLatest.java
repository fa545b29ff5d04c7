package org.tongguan.sensing.telemetry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.ingest.MetricValues;

/**
 * The latest values of one device's metrics in small parallel arrays; a value measured before the one held is
 * ignored. Its lock is only contended by the device's own readings and the periodic save.
 */
final class DeviceLatest {

	private String[] metrics = new String[4];

	private long[] times = new long[4];

	private double[] values = new double[4];

	private int size;

	private boolean changed;

	/** Takes the values measured at {@code at}. */
	synchronized void update(Map<String, Double> readingValues, long at) {
		if (readingValues instanceof MetricValues parsed) {
			for (int i = 0; i < parsed.size(); i++) {
				offer(parsed.metric(i).name(), at, parsed.value(i));
			}
		}
		else {
			readingValues.forEach((metric, value) -> {
				if (value != null) {
					offer(metric, at, value);
				}
			});
		}
	}

	/** Takes one value, as restored from the snapshot at start (not to be saved again). */
	synchronized void restore(String metric, long at, double value) {
		offer(metric, at, value);
		changed = false;
	}

	synchronized List<LatestValue> values() {
		List<LatestValue> result = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			result.add(new LatestValue(metrics[i], values[i], Instant.ofEpochMilli(times[i])));
		}
		return result;
	}

	/** The values to save when they changed since the last call; none otherwise. */
	synchronized void takeChanged(DeviceId deviceId, List<SavedValue> into) {
		if (changed) {
			changed = false;
			for (int i = 0; i < size; i++) {
				into.add(new SavedValue(deviceId, metrics[i], times[i], values[i]));
			}
		}
	}

	/** Saving the values failed: they are still to be saved. */
	synchronized void changedAgain() {
		changed = true;
	}

	private void offer(String metric, long at, double value) {
		int index = indexOf(metric);
		if (index < 0) {
			if (size == metrics.length) {
				metrics = Arrays.copyOf(metrics, size * 2);
				times = Arrays.copyOf(times, size * 2);
				values = Arrays.copyOf(values, size * 2);
			}
			index = size++;
			metrics[index] = metric;
		}
		else if (at < times[index]) {
			return;
		}
		times[index] = at;
		values[index] = value;
		changed = true;
	}

	private int indexOf(String metric) {
		for (int i = 0; i < size; i++) {
			if (metrics[i].equals(metric)) {
				return i;
			}
		}
		return -1;
	}
}
