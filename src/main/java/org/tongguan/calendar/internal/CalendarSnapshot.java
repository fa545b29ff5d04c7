package org.tongguan.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;

import org.tongguan.calendar.CalendarKind;
import org.tongguan.calendar.WorkingCalendar;
import org.tongguan.shared.TimeLimit;

/**
 * An immutable working calendar: one zone, one set of working periods and the official special days at one moment;
 * replaced as a whole when the calendar changes.
 *
 * <p>Working time is measured on a line: an instant's position is the number of whole working days before its day
 * (from 1970-01-01) plus the working time already done on its own day. Elapsed time is the difference of two
 * positions, a deadline the earliest instant at a position, so both skip any number of days in O(log n).
 */
public final class CalendarSnapshot implements WorkingCalendar {

	private final ZoneId zone;

	private final WorkingPeriods periods;

	private final WorkingDays workingDays;

	public CalendarSnapshot(ZoneId zone, WorkingPeriods periods, Collection<SpecialDay> specialDays) {
		this.zone = zone;
		this.periods = periods;
		this.workingDays = new WorkingDays(specialDays);
	}

	@Override
	public Instant deadline(Instant start, TimeLimit limit, CalendarKind kind) {
		if (limit.amount() == 0) {
			return start;
		}
		Duration length = length(limit, kind);
		if (kind == CalendarKind.ROUND_THE_CLOCK) {
			return start.plus(length);
		}
		Position from = position(start);
		Duration perDay = periods.perDay();
		Duration target = length.plusNanos(from.worked());
		long wholeDays = target.dividedBy(perDay);
		long rest = target.minus(perDay.multipliedBy(wholeDays)).toNanos();
		if (rest == 0) {
			wholeDays--;
			rest = periods.dayNanos();
		}
		LocalDate day = LocalDate.ofEpochDay(workingDays.workingDay(from.workingDaysBefore() + wholeDays));
		return day.atTime(LocalTime.ofNanoOfDay(periods.reachedAt(rest))).atZone(zone).toInstant();
	}

	@Override
	public Duration elapsed(Instant from, Instant to, CalendarKind kind) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		if (kind == CalendarKind.ROUND_THE_CLOCK) {
			return Duration.between(from, to);
		}
		Position start = position(from);
		Position end = position(to);
		return periods.perDay()
			.multipliedBy(end.workingDaysBefore() - start.workingDaysBefore())
			.plusNanos(end.worked() - start.worked());
	}

	@Override
	public Duration length(TimeLimit limit, CalendarKind kind) {
		return switch (limit.unit()) {
			case WORKING_HOURS -> Duration.ofHours(limit.amount());
			case WORKING_DAYS -> kind == CalendarKind.ROUND_THE_CLOCK ? Duration.ofDays(limit.amount())
					: periods.perDay().multipliedBy(limit.amount());
		};
	}

	/** The working periods of every working day. */
	public WorkingPeriods periods() {
		return periods;
	}

	private Position position(Instant instant) {
		ZonedDateTime local = instant.atZone(zone);
		long day = local.toLocalDate().toEpochDay();
		long worked = workingDays.isWorkingDay(day) ? periods.workedBefore(local.toLocalTime().toNanoOfDay()) : 0;
		return new Position(workingDays.workingDaysBefore(day), worked);
	}

	/** Where an instant lies on the working-time line: whole working days before its day, plus work done that day. */
	private record Position(long workingDaysBefore, long worked) {
	}
}
