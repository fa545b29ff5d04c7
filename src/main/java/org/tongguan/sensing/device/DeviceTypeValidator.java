package org.tongguan.sensing.device;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/** Checks a device type draft field by field and turns it into the spec ingestion and rules use. */
final class DeviceTypeValidator {

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,31}");

	private static final Pattern METRIC = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");

	private static final int MAX_METRICS = 32;

	private static final long MAX_TIMEOUT_SECONDS = Duration.ofDays(7).toSeconds();

	private final List<Violation> violations = new ArrayList<>();

	private DeviceTypeValidator() {
	}

	/** The spec of a valid draft. */
	static DeviceTypeSpec validate(DeviceTypeDraft draft) {
		return new DeviceTypeValidator().check(draft);
	}

	private DeviceTypeSpec check(DeviceTypeDraft draft) {
		if (draft.code() == null || !CODE.matcher(draft.code()).matches()) {
			violations.add(new Violation("code", "2–32 lower-case letters, digits or '-', starting with a letter"));
		}
		text("name", draft.name(), 64);
		List<DeviceTypeDraft.Metric> metrics = draft.metrics() == null ? List.of() : draft.metrics();
		if (metrics.size() > MAX_METRICS) {
			violations.add(new Violation("metrics", "at most " + MAX_METRICS + " metrics"));
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < metrics.size(); i++) {
			metric("metrics[" + i + "].", metrics.get(i), names);
		}
		Long timeout = draft.inactivityTimeoutSeconds();
		if (timeout == null || timeout < 0 || timeout > MAX_TIMEOUT_SECONDS) {
			violations.add(new Violation("inactivityTimeoutSeconds",
					"0 (not monitored) to " + MAX_TIMEOUT_SECONDS + " seconds"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException("The device type is invalid", violations);
		}
		return new DeviceTypeSpec(draft.code(), draft.name().strip(),
				metrics.stream().map(DeviceTypeValidator::spec).toList(), Duration.ofSeconds(timeout),
				Boolean.TRUE.equals(draft.camera()));
	}

	private void metric(String path, DeviceTypeDraft.Metric metric, Set<String> names) {
		if (metric == null) {
			violations.add(new Violation(path, "a metric is needed here"));
			return;
		}
		if (metric.name() == null || !METRIC.matcher(metric.name()).matches()) {
			violations.add(new Violation(path + "name", "a letter, then up to 31 letters, digits or '_'"));
		}
		else if (!names.add(metric.name())) {
			violations.add(new Violation(path + "name", "the type already has a metric " + metric.name()));
		}
		text(path + "label", metric.label(), 64);
		text(path + "unit", metric.unit(), 16);
		if (bad(metric.min()) || bad(metric.max())) {
			violations.add(new Violation(path + "min", "bounds are finite numbers"));
		}
		else if (metric.min() != null && metric.max() != null && metric.min() > metric.max()) {
			violations.add(new Violation(path + "max", "max is below min"));
		}
	}

	private void text(String field, String value, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			violations.add(new Violation(field, "1–" + max + " characters"));
		}
	}

	private static boolean bad(Double bound) {
		return bound != null && !Double.isFinite(bound);
	}

	private static MetricSpec spec(DeviceTypeDraft.Metric metric) {
		return new MetricSpec(metric.name(), metric.label().strip(), metric.unit().strip(),
				metric.min() == null ? Double.NEGATIVE_INFINITY : metric.min(),
				metric.max() == null ? Double.POSITIVE_INFINITY : metric.max());
	}
}
