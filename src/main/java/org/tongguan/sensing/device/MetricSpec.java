package org.tongguan.sensing.device;

/**
 * A quantity a device type measures, e.g. {@code waterLevel} in m: its name in payloads, a label, the unit and the
 * range a working sensor can report (values outside it are rejected; infinite bounds for none).
 */
public record MetricSpec(String name, String label, String unit, double min, double max) {

	public MetricSpec {
		if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]{0,31}")) {
			throw new IllegalArgumentException("A metric name starts with a letter and has up to 32 letters, digits "
					+ "or '_': " + name);
		}
		if (!(min <= max)) {
			throw new IllegalArgumentException("Metric " + name + ": min " + min + " is above max " + max);
		}
	}

	/** Whether a working sensor can report this value. */
	public boolean inRange(double value) {
		return value >= min && value <= max;
	}
}
