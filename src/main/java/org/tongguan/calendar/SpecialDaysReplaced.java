package org.tongguan.calendar;

import java.util.List;

/**
 * The official holidays (休) and adjusted working days (调休, 班) of some years were replaced by an iCalendar import;
 * deadlines computed before may have moved.
 *
 * @param years the years whose special days were replaced, ascending
 */
public record SpecialDaysReplaced(List<Integer> years) {

	public SpecialDaysReplaced {
		years = List.copyOf(years);
	}
}
