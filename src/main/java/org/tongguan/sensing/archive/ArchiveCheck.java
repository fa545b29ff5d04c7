package org.tongguan.sensing.archive;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.MetricSpec;
import org.tongguan.sensing.device.RegisteredDevice;

/**
 * Checks the fields of archive lines — device, time, metric and value — and collects the valid readings and the
 * problems; both formats (CSV and JSON lines) read through it, so they answer the same way.
 */
final class ArchiveCheck {

	private final DeviceDirectory directory;

	private final Predicate<RegisteredDevice> inScope;

	private final ArchiveTimes times;

	private final ArchiveErrors errors;

	private final int maxReadings;

	private final Map<String, RegisteredDevice> devices = new HashMap<>();

	private final List<ArchiveReading> readings = new ArrayList<>();

	ArchiveCheck(DeviceDirectory directory, Predicate<RegisteredDevice> inScope, ArchiveTimes times,
			ArchiveErrors errors, int maxReadings) {
		this.directory = directory;
		this.inScope = inScope;
		this.times = times;
		this.errors = errors;
		this.maxReadings = maxReadings;
	}

	ArchiveErrors errors() {
		return errors;
	}

	List<ArchiveReading> readings() {
		return readings;
	}

	/** Whether another line may be read: false (and a problem) once the archive holds more lines than allowed. */
	boolean room(int line) {
		if (readings.size() < maxReadings) {
			return true;
		}
		errors.add(line, "archive", "an import carries at most " + maxReadings + " readings (setting "
				+ "tongguan.sensing.archive.max-readings); split the archive, e.g. by year");
		return false;
	}

	/** The registered device of the code, {@code null} (and a problem) when there is none or it lies out of scope. */
	RegisteredDevice device(int line, String code) {
		String value = code == null ? "" : code.strip();
		if (value.isEmpty()) {
			errors.add(line, "device", "is required (a registered device's code)");
			return null;
		}
		RegisteredDevice device = devices.get(value);
		if (device == null) {
			device = directory.find(value).orElse(null);
			if (device == null) {
				errors.add(line, "device", "no device '" + value + "' is registered");
				return null;
			}
			if (!inScope.test(device)) {
				errors.add(line, "device", "device '" + value + "' lies outside your data scope");
				return null;
			}
			devices.put(value, device);
		}
		return device;
	}

	/** The time in epoch milliseconds, {@link Long#MIN_VALUE} (and a problem) when it is not one. */
	long time(int line, String text) {
		try {
			return times.millis(text);
		}
		catch (DateTimeException e) {
			errors.add(line, "ts", e.getMessage());
			return Long.MIN_VALUE;
		}
	}

	/** The metric of the device's type, {@code null} (and a problem) when its type reports none of that name. */
	MetricSpec metric(int line, RegisteredDevice device, String name) {
		MetricSpec metric = device.type() == null ? null : device.type().metric(name);
		if (metric == null) {
			String type = device.type() == null ? "(none)" : device.type().code();
			errors.add(line, name, "devices of type " + type + " report no metric '" + name + "' (names are "
					+ "case-sensitive)");
		}
		return metric;
	}

	/** The value of a metric from text, {@code NaN} (and a problem) when it is not a number in the metric's range. */
	double value(int line, MetricSpec metric, String text) {
		String value = text == null ? "" : text.strip();
		double number;
		try {
			number = switch (value) {
				case "true" -> 1;
				case "false" -> 0;
				default -> Double.parseDouble(value);
			};
		}
		catch (NumberFormatException e) {
			errors.add(line, metric.name(), "'" + value + "' is not a number");
			return Double.NaN;
		}
		return value(line, metric, number);
	}

	/** The value when it is finite and in the metric's range, else {@code NaN} (and a problem). */
	double value(int line, MetricSpec metric, double number) {
		if (!Double.isFinite(number) || !metric.inRange(number)) {
			errors.add(line, metric.name(), number + " lies outside [" + metric.min() + ", " + metric.max() + "] "
					+ metric.unit());
			return Double.NaN;
		}
		return number;
	}

	/** Keeps a reading whose fields were all valid. */
	void accept(int line, RegisteredDevice device, long at, MetricSpec[] metrics, double[] values) {
		readings.add(new ArchiveReading(line, device, at, metrics, values));
	}
}
