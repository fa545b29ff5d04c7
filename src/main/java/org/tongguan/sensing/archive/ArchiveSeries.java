package org.tongguan.sensing.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.tongguan.sensing.device.MetricSpec;
import org.tongguan.sensing.device.RegisteredDevice;

/**
 * The readings of one device in time order, as the archive gave them; built from all readings at once, which are
 * sorted by device and time so that two readings of one device at one time are found: in the long form their
 * metrics join into one reading (a metric given twice is a problem), otherwise the second line is a problem.
 *
 * @param device the device
 * @param readings its readings, oldest first, at distinct times
 */
record ArchiveSeries(RegisteredDevice device, List<ArchiveReading> readings) {

	private static final Comparator<ArchiveReading> ORDER = Comparator
		.comparingLong((ArchiveReading reading) -> reading.device().id().value())
		.thenComparingLong(ArchiveReading::at)
		.thenComparingInt(ArchiveReading::line);

	/** The first reading's line, the one problems of the whole series name. */
	int firstLine() {
		return readings.stream().mapToInt(ArchiveReading::line).min().orElse(0);
	}

	long from() {
		return readings.get(0).at();
	}

	long to() {
		return readings.get(readings.size() - 1).at();
	}

	/** Every device's series, merging the long form's lines of one time (problems for readings at one time). */
	static List<ArchiveSeries> of(List<ArchiveReading> all, boolean merge, ArchiveErrors errors) {
		ArchiveReading[] sorted = all.toArray(ArchiveReading[]::new);
		Arrays.sort(sorted, ORDER);
		List<ArchiveSeries> series = new ArrayList<>();
		List<ArchiveReading> current = null;
		for (ArchiveReading reading : sorted) {
			ArchiveReading previous = current == null || current.isEmpty() ? null : current.get(current.size() - 1);
			if (previous == null || !previous.device().id().equals(reading.device().id())) {
				current = new ArrayList<>();
				series.add(new ArchiveSeries(reading.device(), current));
				current.add(reading);
			}
			else if (previous.at() != reading.at()) {
				current.add(reading);
			}
			else if (merge) {
				current.set(current.size() - 1, join(previous, reading, errors));
			}
			else {
				errors.add(reading.line(), "ts", "device '" + reading.device().code() + "' has a reading at "
						+ Instant.ofEpochMilli(reading.at()) + " on line " + previous.line() + " already");
			}
		}
		return series;
	}

	private static ArchiveReading join(ArchiveReading first, ArchiveReading next, ArchiveErrors errors) {
		MetricSpec metric = next.metrics()[0];
		if (first.indexOf(metric) >= 0) {
			errors.add(next.line(), metric.name(), "device '" + next.device().code() + "' has a value of it at "
					+ Instant.ofEpochMilli(next.at()) + " already (the lines from line " + first.line() + " on)");
			return first;
		}
		MetricSpec[] metrics = Arrays.copyOf(first.metrics(), first.metrics().length + 1);
		double[] values = Arrays.copyOf(first.values(), metrics.length);
		metrics[metrics.length - 1] = metric;
		values[values.length - 1] = next.values()[0];
		return new ArchiveReading(first.line(), first.device(), first.at(), metrics, values);
	}
}
