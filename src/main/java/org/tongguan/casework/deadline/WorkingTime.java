package org.tongguan.casework.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;
import org.tongguan.calendar.CalendarKind;
import org.tongguan.calendar.WorkingCalendar;
import org.tongguan.shared.TimeLimit;

/**
 * Working-time arithmetic with durations that are not whole hours (a limit plus the time a case was suspended, 80 %
 * of a limit), on top of the working calendar's whole-hour deadlines; exact to the millisecond.
 */
@Component
public class WorkingTime {

	private final WorkingCalendar calendar;

	WorkingTime(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	/** The earliest instant at which {@code working} of working time has passed since {@code start}. */
	public Instant after(Instant start, Duration working, CalendarKind kind) {
		long hours = working.toHours();
		Instant base = calendar.deadline(start, TimeLimit.workingHours(Math.toIntExact(hours)), kind);
		Duration rest = working.minusHours(hours);
		if (rest.isZero() || rest.isNegative()) {
			return base;
		}
		long low = base.toEpochMilli();
		long high = calendar.deadline(base, TimeLimit.workingHours(1), kind).toEpochMilli();
		while (low < high) {
			long middle = low + (high - low) / 2;
			if (calendar.elapsed(base, Instant.ofEpochMilli(middle), kind).compareTo(rest) >= 0) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		return Instant.ofEpochMilli(low).truncatedTo(ChronoUnit.MILLIS);
	}

	/** The working time within {@code [from, to]}. */
	public Duration elapsed(Instant from, Instant to, CalendarKind kind) {
		return calendar.elapsed(from, to, kind);
	}

	/** How much working time a limit lasts. */
	public Duration length(TimeLimit limit, CalendarKind kind) {
		return calendar.length(limit, kind);
	}
}
