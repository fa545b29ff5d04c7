package org.tongguan.calendar.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.calendar.CalendarKind;
import org.tongguan.calendar.internal.CurrentCalendar;
import org.tongguan.calendar.internal.SpecialDay;
import org.tongguan.calendar.internal.SpecialDays;
import org.tongguan.shared.PlatformProperties;
import org.tongguan.shared.TimeLimit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Deadline and elapsed working-time calculations, the official special days and the working hours, for any user. */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Working calendar (工作日历)")
class CalendarController {

	private final CurrentCalendar calendar;

	private final SpecialDays specialDays;

	private final ZoneId zone;

	CalendarController(CurrentCalendar calendar, SpecialDays specialDays, PlatformProperties platform) {
		this.calendar = calendar;
		this.specialDays = specialDays;
		this.zone = platform.zone();
	}

	@GetMapping("/deadline")
	@Operation(summary = "Compute a deadline (时限计算)", description = """
			When `amount` `unit` (WORKING_HOURS or WORKING_DAYS) of `kind` time (WORKING: working hours on working \
			days, holidays and 调休 respected; ROUND_THE_CLOCK: 24×7) after `start` (ISO-8601) have passed, in the \
			city's time zone.""")
	@Parameter(name = "start", in = ParameterIn.QUERY, required = true, example = "2026-02-13T10:00:00+08:00")
	@Parameter(name = "amount", in = ParameterIn.QUERY, required = true, example = "2")
	@Parameter(name = "unit", in = ParameterIn.QUERY, required = true,
			schema = @Schema(implementation = TimeLimit.Unit.class))
	@Parameter(name = "kind", in = ParameterIn.QUERY, schema = @Schema(implementation = CalendarKind.class,
			defaultValue = "WORKING"))
	DeadlineResponse deadline(@RequestParam(required = false) String start,
			@RequestParam(required = false) String amount, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String kind) {
		CalendarParameters parameters = new CalendarParameters(zone);
		Instant from = parameters.instant("start", start);
		int count = parameters.amount("amount", amount);
		TimeLimit.Unit limitUnit = parameters.choice("unit", unit, TimeLimit.Unit.class, null);
		CalendarKind calendarKind = parameters.choice("kind", kind, CalendarKind.class, CalendarKind.WORKING);
		parameters.check();
		Instant deadline = calendar.deadline(from, new TimeLimit(count, limitUnit), calendarKind);
		return new DeadlineResponse(local(from), count, limitUnit, calendarKind, local(deadline));
	}

	@GetMapping("/elapsed")
	@Operation(summary = "Working time between two instants", description = """
			The working time (or, with `kind=ROUND_THE_CLOCK`, the whole time) between `from` and `to`, in minutes \
			and as an ISO-8601 duration.""")
	@Parameter(name = "from", in = ParameterIn.QUERY, required = true, example = "2026-02-13T10:00:00+08:00")
	@Parameter(name = "to", in = ParameterIn.QUERY, required = true, example = "2026-02-24T10:00:00+08:00")
	@Parameter(name = "kind", in = ParameterIn.QUERY, schema = @Schema(implementation = CalendarKind.class,
			defaultValue = "WORKING"))
	ElapsedResponse elapsed(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String kind) {
		CalendarParameters parameters = new CalendarParameters(zone);
		Instant start = parameters.instant("from", from);
		Instant end = parameters.instant("to", to);
		CalendarKind calendarKind = parameters.choice("kind", kind, CalendarKind.class, CalendarKind.WORKING);
		parameters.check();
		Duration elapsed = calendar.elapsed(start, end, calendarKind);
		return new ElapsedResponse(local(start), local(end), calendarKind, elapsed.toMinutes(), elapsed.toString());
	}

	@GetMapping("/days")
	@Operation(summary = "Holidays and adjusted working days (节假日)", description = """
			The special days of a year (default: all years imported): holidays (休) and adjusted working days (班), \
			with their names.""")
	List<DayResponse> days(@RequestParam(required = false) Integer year) {
		return specialDays.list(year).stream().map(day -> new DayResponse(day.date(), day.kind(), day.name())).toList();
	}

	@GetMapping("/working-hours")
	@Operation(summary = "Working hours (工作时间)", description = """
			The working periods of a working day (e.g. 09:00–12:00, 14:00–18:00), minutes per day and the city's \
			time zone.""")
	WorkingHoursResponse workingHours() {
		return new WorkingHoursResponse(calendar.periods().asText(), calendar.periods().perDay().toMinutes(),
				zone.getId());
	}

	private OffsetDateTime local(Instant instant) {
		return instant.atZone(zone).toOffsetDateTime();
	}

	/** A deadline: when {@code amount unit} of {@code kind} time since {@code start} has passed. */
	record DeadlineResponse(OffsetDateTime start, int amount, TimeLimit.Unit unit, CalendarKind kind,
			OffsetDateTime deadline) {
	}

	/** The working time between two instants, in whole minutes and as an ISO-8601 duration (e.g. PT7H). */
	record ElapsedResponse(OffsetDateTime from, OffsetDateTime to, CalendarKind kind, long workingMinutes,
			String duration) {
	}

	/** A holiday (休) or adjusted working day (班). */
	record DayResponse(LocalDate day, SpecialDay.Kind kind, String name) {
	}

	/** The working periods of a working day, how many minutes they make, and the zone they are read in. */
	record WorkingHoursResponse(List<String> periods, long minutesPerDay, String zone) {
	}
}
