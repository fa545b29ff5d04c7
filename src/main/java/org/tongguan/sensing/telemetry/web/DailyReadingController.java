package org.tongguan.sensing.telemetry.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Callers;
import org.tongguan.sensing.DailyReading;
import org.tongguan.sensing.DailyReadings;
import org.tongguan.sensing.device.DeviceTypeSpec;
import org.tongguan.sensing.device.DeviceTypes;
import org.tongguan.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A metric's day totals per district (日统计), e.g. each district's daily mean PM2.5; only the districts the caller's
 * data scope covers whole.
 */
@RestController
@Tag(name = "Sensing: telemetry (遥测)")
class DailyReadingController {

	/** The longest range of days one request answers: three years. */
	private static final long MAX_DAYS = 3 * 366;

	private final DailyReadings daily;

	private final DeviceTypes types;

	private final Callers callers;

	DailyReadingController(DailyReadings daily, DeviceTypes types, Callers callers) {
		this.daily = daily;
		this.types = types;
		this.callers = callers;
	}

	@GetMapping("/api/sensing/daily-readings")
	@Operation(summary = "A metric's day totals per district (日统计)", description = """
			For a device type's metric, per district and city-local day from `from` to `to` (ISO dates, both \
			included, at most three years): how many values the district's devices measured and their mean, \
			minimum and maximum — e.g. each district's daily mean PM2.5. Kept as readings are stored, live or from \
			an archive; devices outside every grid are not counted. Only districts the caller's data scope covers \
			whole are answered. Any signed-in role.""")
	DailyReadingsView daily(@RequestParam String type, @RequestParam String metric, @RequestParam String from,
			@RequestParam String to) {
		DeviceTypeSpec spec = types.find(type)
			.orElseThrow(() -> new InvalidInputException("type", "No device type '" + type + "'"));
		if (spec.metric(metric) == null) {
			throw new InvalidInputException("metric", "Devices of type " + type + " report no metric '" + metric + "'");
		}
		LocalDate first = day("from", from);
		LocalDate last = day("to", to);
		if (last.isBefore(first)) {
			throw new InvalidInputException("to", "'to' must not lie before 'from'");
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw new InvalidInputException("to", "at most " + MAX_DAYS + " days per request");
		}
		return new DailyReadingsView(type, metric, spec.metric(metric).unit(), first, last,
				daily.daily(type, metric, first, last)
					.stream()
					.filter(day -> callers.canSee(day.district()))
					.map(DayView::of)
					.toList());
	}

	private static LocalDate day(String field, String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "an ISO date such as 2026-11-21");
		}
	}

	/**
	 * A metric's day totals.
	 *
	 * @param type the device type
	 * @param metric the metric
	 * @param unit its unit
	 * @param from the first day
	 * @param to the last day
	 * @param days per day and district with values, by day, then district
	 */
	record DailyReadingsView(String type, String metric, String unit, LocalDate from, LocalDate to,
			List<DayView> days) {
	}

	/**
	 * One district's day.
	 *
	 * @param district the district's code
	 * @param day the city-local day
	 * @param readings how many values its devices measured
	 * @param mean their mean
	 * @param minimum the smallest
	 * @param maximum the largest
	 */
	record DayView(String district, LocalDate day, long readings, double mean, double minimum, double maximum) {

		static DayView of(DailyReading day) {
			return new DayView(day.district().value(), day.day(), day.readings(), day.mean(), day.minimum(),
					day.maximum());
		}
	}
}
