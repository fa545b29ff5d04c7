package org.tongguan.casework.statistics.ready;

import java.util.Arrays;

/**
 * The handling times a fold takes out of one cell's runs and puts into them (working and calendar seconds, of the
 * cases closed in the cell's period), until {@link SliceStore#apply} writes the runs.
 */
final class TimeChanges {

	private final Values addedWorking = new Values();

	private final Values addedCalendar = new Values();

	private final Values removedWorking = new Values();

	private final Values removedCalendar = new Values();

	/** Adds one case's handling time ({@code sign} 1), or takes it away (-1). */
	void change(int sign, long workingSeconds, long calendarSeconds) {
		(sign > 0 ? addedWorking : removedWorking).add(workingSeconds);
		(sign > 0 ? addedCalendar : removedCalendar).add(calendarSeconds);
	}

	/** The run of working seconds after the change. */
	long[] working(byte[] run) {
		return SortedSeconds.change(run, removedWorking.values(), addedWorking.values());
	}

	/** The run of calendar seconds after the change. */
	long[] calendar(byte[] run) {
		return SortedSeconds.change(run, removedCalendar.values(), addedCalendar.values());
	}

	/** A growing list of seconds. */
	private static final class Values {

		private long[] values = new long[2];

		private int size;

		void add(long value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		long[] values() {
			return Arrays.copyOf(values, size);
		}
	}
}
