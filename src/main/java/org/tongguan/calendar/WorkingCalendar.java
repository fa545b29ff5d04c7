package org.tongguan.calendar;

import java.time.Duration;
import java.time.Instant;

import org.tongguan.shared.TimeLimit;

/**
 * Deadline and elapsed working-time arithmetic on the city's official working calendar (工作日历).
 *
 * <p><b>Working time</b> ({@link CalendarKind#WORKING}) is the time inside the working periods (by default
 * 09:00–12:00 and 14:00–18:00, 7 h a day; setting {@code tongguan.calendar.working-hours}) on working days, read on
 * the wall clock of the city's zone ({@code tongguan.zone}). A <b>working day</b> is a Monday to Friday that the
 * official calendar does not mark as a holiday {@code (休)}, or any day it marks as an adjusted working day
 * {@code (班)} (调休, e.g. a Saturday worked before the Spring Festival).
 *
 * <p><b>Limits</b>: {@code n} working hours last {@code n} hours of working time; {@code n} working days last
 * {@code n} times the working hours of one day, so from Friday 10:00 one working day ends on the next working day
 * at 10:00. {@link CalendarKind#ROUND_THE_CLOCK} (24×7, emergencies) counts every hour of every day, holidays
 * included: {@code n} working days are {@code n × 24} hours.
 *
 * <p>All methods are exact to the nanosecond, answer in microseconds however long the limit, and see a consistent
 * snapshot of the calendar even while an import replaces it.
 */
public interface WorkingCalendar {

	/**
	 * The earliest instant at which {@code limit} of working time has passed since {@code start}.
	 *
	 * <p>A start outside working time counts from the beginning of the next working period; a limit ending exactly
	 * at the end of a working period answers that end (e.g. Monday 09:00 plus 7 working hours is Monday 18:00, not
	 * the next morning); a limit of zero answers {@code start} itself.
	 */
	Instant deadline(Instant start, TimeLimit limit, CalendarKind kind);

	/**
	 * The working time within {@code [from, to]} (zero when {@code to} is not after {@code from}), so that
	 * {@code elapsed(start, deadline(start, limit, kind), kind)} always equals {@code length(limit, kind)}.
	 */
	Duration elapsed(Instant from, Instant to, CalendarKind kind);

	/** How much working time a limit lasts, e.g. 1 working day = 7 h on the default working hours, 24 h round the clock. */
	Duration length(TimeLimit limit, CalendarKind kind);
}
