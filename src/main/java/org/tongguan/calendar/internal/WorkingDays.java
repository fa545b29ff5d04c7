package org.tongguan.calendar.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.TreeMap;

/**
 * Which days are working days (工作日): Monday to Friday unless a holiday (休), plus adjusted working days (班); counts
 * and finds working days in O(log n) of the special days, however far apart, by working on epoch days.
 */
final class WorkingDays {

	/** Epoch days (1970-01-01 = 0) whose status differs from the weekly rule, ascending. */
	private final long[] exceptions;

	/** +1 for a worked weekend day, -1 for a weekday off, per exception. */
	private final int[] shifts;

	/** Sum of {@code shifts} before each exception; the last entry is the sum of all. */
	private final long[] shiftBefore;

	WorkingDays(Collection<SpecialDay> specialDays) {
		TreeMap<Long, Integer> effective = new TreeMap<>();
		for (SpecialDay day : specialDays) {
			boolean weekday = isWeekday(day.date().toEpochDay());
			if (day.kind() == SpecialDay.Kind.HOLIDAY && weekday) {
				effective.put(day.date().toEpochDay(), -1);
			}
			else if (day.kind() == SpecialDay.Kind.WORKDAY && !weekday) {
				effective.put(day.date().toEpochDay(), 1);
			}
		}
		this.exceptions = effective.keySet().stream().mapToLong(Long::longValue).toArray();
		this.shifts = effective.values().stream().mapToInt(Integer::intValue).toArray();
		this.shiftBefore = new long[shifts.length + 1];
		for (int i = 0; i < shifts.length; i++) {
			shiftBefore[i + 1] = shiftBefore[i] + shifts[i];
		}
	}

	boolean isWorkingDay(long epochDay) {
		int found = Arrays.binarySearch(exceptions, epochDay);
		return found >= 0 ? shifts[found] > 0 : isWeekday(epochDay);
	}

	/** How many working days lie in {@code [1970-01-01, epochDay)}; negative before 1970. */
	long workingDaysBefore(long epochDay) {
		int found = Arrays.binarySearch(exceptions, epochDay);
		int exceptionsBefore = found >= 0 ? found : -found - 1;
		return weekdaysBefore(epochDay) + shiftBefore[exceptionsBefore];
	}

	/** The epoch day of the working day numbered {@code index} (working day 0 is the first one from 1970-01-01). */
	long workingDay(long index) {
		long low = LocalDate.MIN.toEpochDay();
		long high = LocalDate.MAX.toEpochDay();
		while (low < high) {
			long middle = low + (high - low) / 2;
			if (workingDaysBefore(middle + 1) > index) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		return low;
	}

	/** Monday to Friday days in {@code [1970-01-01, epochDay)}: 1969-12-29 was a Monday, three weekdays before. */
	private static long weekdaysBefore(long epochDay) {
		long sinceMonday = epochDay + 3;
		return 5 * Math.floorDiv(sinceMonday, 7) + Math.min(Math.floorMod(sinceMonday, 7), 5) - 3;
	}

	private static boolean isWeekday(long epochDay) {
		return Math.floorMod(epochDay + 3, 7) < 5;
	}
}
