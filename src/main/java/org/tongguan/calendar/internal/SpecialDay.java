package org.tongguan.calendar.internal;

import java.time.LocalDate;

/**
 * A day the official calendar marks: a holiday (休) or an adjusted working day (班, 调休).
 *
 * @param date the day in the city's calendar
 * @param kind whether it is off or worked
 * @param name the festival it belongs to, e.g. 春节
 */
public record SpecialDay(LocalDate date, Kind kind, String name) {

	/** Whether a special day is off or worked. */
	public enum Kind {
		/** 休 — a day off, even when it is a weekday. */
		HOLIDAY,
		/** 班 — a weekend day worked in exchange for a holiday (调休). */
		WORKDAY
	}
}
