package org.tongguan.casework.statistics.figures;

import java.util.Arrays;

import org.tongguan.casework.statistics.HandlingTime;

/** Collects the filing-to-closure times of a group's cases, in seconds, for their averages and medians. */
public final class HandlingTimes {

	private long[] working = new long[16];

	private long[] calendar = new long[16];

	private int size;

	public void add(long workingSeconds, long calendarSeconds) {
		if (size == working.length) {
			working = Arrays.copyOf(working, size * 2);
			calendar = Arrays.copyOf(calendar, size * 2);
		}
		working[size] = workingSeconds;
		calendar[size++] = calendarSeconds;
	}

	void addAll(HandlingTimes other) {
		for (int i = 0; i < other.size; i++) {
			add(other.working[i], other.calendar[i]);
		}
	}

	public HandlingTime summary() {
		return new HandlingTime(size, hours(average(working)), hours(median(working)), hours(average(calendar)),
				hours(median(calendar)));
	}

	/** The handling time of {@code cases} cases from the sums and medians of their times in seconds. */
	public static HandlingTime summary(long cases, long workingSum, long calendarSum, Double workingMedian,
			Double calendarMedian) {
		if (cases == 0) {
			return new HandlingTimes().summary();
		}
		return new HandlingTime(cases, hours((double) workingSum / cases), hours(workingMedian),
				hours((double) calendarSum / cases), hours(calendarMedian));
	}

	private Double average(long[] seconds) {
		if (size == 0) {
			return null;
		}
		double sum = 0;
		for (int i = 0; i < size; i++) {
			sum += seconds[i];
		}
		return sum / size;
	}

	private Double median(long[] seconds) {
		if (size == 0) {
			return null;
		}
		long[] sorted = Arrays.copyOf(seconds, size);
		Arrays.sort(sorted);
		int middle = size / 2;
		return size % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
	}

	private static Double hours(Double seconds) {
		return seconds == null ? null : Math.round(seconds / 36.0) / 100.0;
	}
}
