package org.tongguan.indicator.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The days that move a demo series: 春节 (Spring Festival, from a table of its dates 2020–2035; outside it no festival
 * is known), the May Day and National Day golden weeks, 清明, weekends and the summer holidays.
 */
final class DemoCalendar {

	private static final Map<Integer, LocalDate> SPRING_FESTIVAL = Map.ofEntries(
			Map.entry(2020, LocalDate.of(2020, 1, 25)), Map.entry(2021, LocalDate.of(2021, 2, 12)),
			Map.entry(2022, LocalDate.of(2022, 2, 1)), Map.entry(2023, LocalDate.of(2023, 1, 22)),
			Map.entry(2024, LocalDate.of(2024, 2, 10)), Map.entry(2025, LocalDate.of(2025, 1, 29)),
			Map.entry(2026, LocalDate.of(2026, 2, 17)), Map.entry(2027, LocalDate.of(2027, 2, 6)),
			Map.entry(2028, LocalDate.of(2028, 1, 26)), Map.entry(2029, LocalDate.of(2029, 2, 13)),
			Map.entry(2030, LocalDate.of(2030, 2, 3)), Map.entry(2031, LocalDate.of(2031, 1, 23)),
			Map.entry(2032, LocalDate.of(2032, 2, 11)), Map.entry(2033, LocalDate.of(2033, 1, 31)),
			Map.entry(2034, LocalDate.of(2034, 2, 19)), Map.entry(2035, LocalDate.of(2035, 2, 8)));

	private DemoCalendar() {
	}

	/**
	 * How much the day lies in the Spring Festival exodus, from 0 to 1: 1 from three days before to seven days after
	 * 春节, tapering to 0 ten days before and fifteen days after.
	 */
	static double springFestival(LocalDate day) {
		LocalDate festival = SPRING_FESTIVAL.get(day.getYear());
		if (festival == null) {
			return 0;
		}
		long offset = ChronoUnit.DAYS.between(festival, day);
		if (offset < -10 || offset > 15) {
			return 0;
		}
		if (offset < -3) {
			return (offset + 10) / 7.0;
		}
		return offset <= 7 ? 1 : (15 - offset) / 8.0;
	}

	/** Whether the day is a day off of 春节 (its first seven days), 清明, May Day or National Day. */
	static boolean publicHoliday(LocalDate day) {
		LocalDate festival = SPRING_FESTIVAL.get(day.getYear());
		if (festival != null && !day.isBefore(festival) && day.isBefore(festival.plusDays(7))) {
			return true;
		}
		MonthDay date = MonthDay.from(day);
		return within(date, 4, 4, 4, 6) || within(date, 5, 1, 5, 5) || within(date, 10, 1, 10, 7);
	}

	/** Whether the day is a golden-week day (May Day or National Day). */
	static boolean goldenWeek(LocalDate day) {
		MonthDay date = MonthDay.from(day);
		return within(date, 5, 1, 5, 5) || within(date, 10, 1, 10, 7);
	}

	/** Whether the day is a Saturday or a Sunday. */
	static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static boolean within(MonthDay date, int fromMonth, int fromDay, int toMonth, int toDay) {
		return !date.isBefore(MonthDay.of(fromMonth, fromDay)) && !date.isAfter(MonthDay.of(toMonth, toDay));
	}
}
