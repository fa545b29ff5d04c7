package org.tongguan.calendar.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A deliberately naive working calendar for checking the real one: walks minute by minute, with its own reading of
 * the rules (Monday–Friday unless 休, plus 班 days; 09:00–12:00 and 14:00–18:00).
 */
final class WorkingTimeOracle {

	private WorkingTimeOracle() {
	}

	static boolean isWorkingDay(LocalDate day) {
		SpecialDay.Kind special = OfficialCalendars.kindOf(day);
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		return special == SpecialDay.Kind.WORKDAY || (!weekend && special != SpecialDay.Kind.HOLIDAY);
	}

	/** Whether the minute starting at {@code minute} is working time. */
	static boolean isWorkingMinute(LocalDateTime minute) {
		int minuteOfDay = minute.getHour() * 60 + minute.getMinute();
		boolean inPeriod = (minuteOfDay >= 9 * 60 && minuteOfDay < 12 * 60)
				|| (minuteOfDay >= 14 * 60 && minuteOfDay < 18 * 60);
		return inPeriod && isWorkingDay(minute.toLocalDate());
	}

	/** The end of the minute in which the {@code minutes}-th working minute after a whole-minute start is done. */
	static Instant deadline(Instant start, long minutes) {
		if (minutes == 0) {
			return start;
		}
		LocalDateTime minute = local(start);
		long counted = 0;
		while (true) {
			if (isWorkingMinute(minute)) {
				counted++;
				if (counted == minutes) {
					return instant(minute.plusMinutes(1));
				}
			}
			minute = minute.plusMinutes(1);
		}
	}

	/** Working minutes in {@code [from, to)}, both whole minutes. */
	static long elapsedMinutes(Instant from, Instant to) {
		long counted = 0;
		for (LocalDateTime minute = local(from); minute.isBefore(local(to)); minute = minute.plusMinutes(1)) {
			if (isWorkingMinute(minute)) {
				counted++;
			}
		}
		return counted;
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, OfficialCalendars.SHANGHAI).truncatedTo(ChronoUnit.MINUTES);
	}

	private static Instant instant(LocalDateTime local) {
		return local.atZone(OfficialCalendars.SHANGHAI).toInstant();
	}
}
