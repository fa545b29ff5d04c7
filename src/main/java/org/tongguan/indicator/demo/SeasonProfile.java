package org.tongguan.indicator.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A seasonal pattern of demo values: for each day a number around 0 that, times the pattern's amplitude, raises or
 * lowers the day's value ({@code 1 + amplitude × pattern}); a longer period takes the average of its days.
 */
enum SeasonProfile {

	/** Highest in mid-January, lowest in mid-July (PM2.5, heating gas). */
	WINTER,
	/** Highest in mid-July (power, water, rain). */
	SUMMER,
	/** Highest in early October (ozone, dengue). */
	AUTUMN,
	/** Working days above, weekends below (commuting, offices). */
	WEEKDAY,
	/** 春节 (and, half as much, the golden weeks) as 1: the city empties. */
	FESTIVAL,
	/** Public holidays 1, weekends 0.35, the summer holidays 0.25 (tourism, visits). */
	HOLIDAY,
	/** The economy's months: February lowest, December highest (output, retail, investment). */
	QUARTER,
	/** The share of the year passed by the period's last day, less 1: a year-to-date total (累计值). */
	CUMULATIVE,
	/** Daily rain: wet days and their amounts, more and heavier in summer (the generator draws it). */
	RAIN;

	private static final double[] MONTHS = { -0.6, -1.0, -0.2, 0, 0, 0.3, 0, 0, 0.3, 0.1, 0.3, 0.8 };

	/** The pattern on the day ({@link #CUMULATIVE} and {@link #RAIN} are no daily patterns: 0). */
	double on(LocalDate day) {
		return switch (this) {
			case WINTER -> wave(day, 15);
			case SUMMER -> wave(day, 200);
			case AUTUMN -> wave(day, 280);
			case WEEKDAY -> day.getDayOfWeek() == DayOfWeek.SUNDAY ? -0.9
					: day.getDayOfWeek() == DayOfWeek.SATURDAY ? -0.7 : 0.32;
			case FESTIVAL -> Math.max(DemoCalendar.springFestival(day), DemoCalendar.goldenWeek(day) ? 0.5 : 0);
			case HOLIDAY -> DemoCalendar.publicHoliday(day) ? 1
					: Math.max(DemoCalendar.weekend(day) ? 0.35 : 0, day.getMonthValue() == 7
							|| day.getMonthValue() == 8 ? 0.25 : 0);
			case QUARTER -> MONTHS[day.getMonthValue() - 1];
			case CUMULATIVE, RAIN -> 0;
		};
	}

	/** A yearly cosine wave peaking on the given day of the year. */
	private static double wave(LocalDate day, int peak) {
		return Math.cos(2 * Math.PI * (day.getDayOfYear() - peak) / 365.25);
	}
}
