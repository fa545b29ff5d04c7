package org.tongguan.sensing.archive;

import java.time.Instant;

import org.tongguan.sensing.device.MetricSpec;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.MetricValues;
import org.tongguan.sensing.ingest.Reading;

/**
 * One validated reading of an archive: the line it came from, the device, when it was measured (epoch
 * milliseconds) and its metric values (long-form lines of one device and time are merged into one reading).
 */
record ArchiveReading(int line, RegisteredDevice device, long at, MetricSpec[] metrics, double[] values) {

	/** The reading as ingestion and the rules see it, received at {@code now}. */
	Reading toReading(Instant now) {
		return new Reading(device, Instant.ofEpochMilli(at), now, new MetricValues(metrics, values));
	}

	/** The index of the metric in this reading, -1 when it has none. */
	int indexOf(MetricSpec metric) {
		for (int i = 0; i < metrics.length; i++) {
			if (metrics[i] == metric) {
				return i;
			}
		}
		return -1;
	}
}
