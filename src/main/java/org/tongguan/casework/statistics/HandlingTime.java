package org.tongguan.casework.statistics;

/**
 * How long cases took from filing to closure (立案 → 结案): in working time on the working calendar (the case's own
 * calendar, 24×7 for round-the-clock categories; suspensions included) and in calendar time, in hours rounded to
 * 0.01; {@code null} when no case was closed.
 *
 * @param cases the filed cases closed in the period
 * @param averageWorkingHours the average working time
 * @param medianWorkingHours the median working time
 * @param averageCalendarHours the average calendar time
 * @param medianCalendarHours the median calendar time
 */
public record HandlingTime(long cases, Double averageWorkingHours, Double medianWorkingHours,
		Double averageCalendarHours, Double medianCalendarHours) {
}
