package org.tongguan.sensing.telemetry.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.sensing.device.DeviceScope;
import org.tongguan.sensing.device.MetricSpec;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.telemetry.HistoryBucket;
import org.tongguan.sensing.telemetry.LatestValue;
import org.tongguan.sensing.telemetry.LatestValues;
import org.tongguan.sensing.telemetry.RawReading;
import org.tongguan.sensing.telemetry.TelemetryHistory;
import org.tongguan.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A device's telemetry (遥测数据) for people: the latest value of each metric and the history of one metric, raw or
 * downsampled into buckets; only for devices within the caller's data scope.
 */
@RestController
@RequestMapping("/api/sensing/devices/{code}")
@Tag(name = "Sensing: telemetry (遥测)")
class TelemetryController {

	private static final int MAX_POINTS = 10_000;

	private final DeviceScope scope;

	private final LatestValues latest;

	private final TelemetryHistory history;

	private final Clock clock;

	TelemetryController(DeviceScope scope, LatestValues latest, TelemetryHistory history, Clock clock) {
		this.scope = scope;
		this.latest = latest;
		this.history = history;
		this.clock = clock;
	}

	/** The latest value of every metric the device has reported. */
	@GetMapping("/latest")
	@Operation(summary = "A device's latest values (最新读数)", description = """
			The latest value of each metric of a device, with label, unit and when it was measured.""")
	LatestView latest(@PathVariable String code) {
		RegisteredDevice device = scope.require(code);
		return new LatestView(code, latest.of(device.id()).stream().map(value -> MetricValueView.of(device, value))
			.toList());
	}

	/**
	 * The values of one metric in [from, to) (ISO-8601; by default the 24 hours up to now, inclusive): raw, oldest
	 * first and at most {@code limit}, or with {@code bucket} (an ISO-8601 duration such as PT5M) min/max/avg/count
	 * per bucket.
	 */
	@GetMapping("/history")
	@Operation(summary = "A metric's history (历史曲线)", description = """
			The readings of one metric of a device between `from` and `to` (ISO-8601), raw (newest first, at most \
			`limit`) or, with `bucket` (an ISO-8601 duration such as `PT5M`), downsampled into min/max/avg/count per \
			bucket.""")
	HistoryView history(@PathVariable String code, @RequestParam String metric,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String bucket, @RequestParam(defaultValue = "1000") int limit) {
		RegisteredDevice device = scope.require(code);
		MetricSpec spec = device.type() == null ? null : device.type().metric(metric);
		if (spec == null) {
			throw new InvalidInputException("metric", "Devices of this type report no metric '" + metric + "'");
		}
		Instant end = to == null ? clock.instant().plusMillis(1) : instant("to", to);
		Instant start = from == null ? end.minus(Duration.ofDays(1)) : instant("from", from);
		if (!start.isBefore(end)) {
			throw new InvalidInputException("from", "'from' must lie before 'to'");
		}
		if (bucket == null) {
			if (limit < 1 || limit > MAX_POINTS) {
				throw new InvalidInputException("limit", "between 1 and " + MAX_POINTS);
			}
			List<RawReading> readings = history.raw(device.id(), metric, start, end, limit + 1);
			boolean truncated = readings.size() > limit;
			return new HistoryView(code, metric, spec.unit(), start, end, null,
					truncated ? readings.subList(0, limit) : readings, null, truncated);
		}
		Duration size = bucketSize(bucket, start, end);
		return new HistoryView(code, metric, spec.unit(), start, end, size.toString(), null,
				history.buckets(device.id(), metric, start, end, size, clock.getZone()), false);
	}

	private static Duration bucketSize(String bucket, Instant start, Instant end) {
		Duration size;
		try {
			size = Duration.parse(bucket);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("bucket", "an ISO-8601 duration such as PT5M or PT1H");
		}
		if (size.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new InvalidInputException("bucket", "at least one second");
		}
		if (Duration.between(start, end).dividedBy(size) >= MAX_POINTS) {
			throw new InvalidInputException("bucket", "the range holds more than " + MAX_POINTS + " buckets of "
					+ size + "; choose larger buckets or a shorter range");
		}
		return size;
	}

	private static Instant instant(String field, String text) {
		try {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "an ISO-8601 time with offset, e.g. 2026-11-21T08:30:00+08:00");
		}
	}

	/**
	 * The latest values of a device.
	 *
	 * @param device the device's code
	 * @param values one per metric it has reported
	 */
	record LatestView(String device, List<MetricValueView> values) {
	}

	/**
	 * The latest value of one metric.
	 *
	 * @param metric the metric's name
	 * @param label what it measures, e.g. 积水深度
	 * @param unit its unit
	 * @param value the value
	 * @param measuredAt when it was measured
	 */
	record MetricValueView(String metric, String label, String unit, double value, Instant measuredAt) {

		static MetricValueView of(RegisteredDevice device, LatestValue value) {
			MetricSpec spec = device.type() == null ? null : device.type().metric(value.metric());
			return new MetricValueView(value.metric(), spec == null ? null : spec.label(),
					spec == null ? null : spec.unit(), value.value(), value.measuredAt());
		}
	}

	/**
	 * The history of one metric.
	 *
	 * @param device the device's code
	 * @param metric the metric's name
	 * @param unit its unit
	 * @param from the range's start
	 * @param to the range's end (exclusive)
	 * @param bucket the bucket size (ISO-8601), when downsampled
	 * @param readings the raw values, when not downsampled
	 * @param buckets the buckets that hold values, when downsampled
	 * @param truncated whether more raw values lie in the range than {@code limit}
	 */
	record HistoryView(String device, String metric, String unit, Instant from, Instant to, String bucket,
			List<RawReading> readings, List<HistoryBucket> buckets, boolean truncated) {
	}
}
