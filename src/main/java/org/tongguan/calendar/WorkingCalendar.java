package org.tongguan.calendar;

import java.time.Duration;
import java.time.Instant;

import org.tongguan.shared.TimeLimit;

/** Deadline and elapsed working-time arithmetic on the city's official working calendar. */
public interface WorkingCalendar {

	/** The earliest instant at which {@code limit} of working time has passed since {@code start}. */
	Instant deadline(Instant start, TimeLimit limit, CalendarKind kind);

	/** The working time between two instants (zero when {@code to} is not after {@code from}). */
	Duration elapsed(Instant from, Instant to, CalendarKind kind);
}
