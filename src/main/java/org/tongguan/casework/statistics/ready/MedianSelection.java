package org.tongguan.casework.statistics.ready;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The exact medians of the handling times per group and of all groups together, from the runs of the period
 * ({@link SortedSeconds}), in two passes over them and little memory: the first counts each group's values per
 * bucket of their magnitude, which locates the bucket holding its middle value (or its two middle values); the
 * second gathers only those buckets' values, which are then sorted. The buckets are finer the fewer the groups, so
 * that the counters stay within a few megabytes for 20,000 grids. The median of an even number of values is the mean
 * of the two middle ones, as SQL's {@code PERCENTILE_CONT(0.5)}.
 */
final class MedianSelection {

	/** Buckets below 64 hold one value each; above, 64 per power of two. */
	private static final int MANTISSA_BITS = 6;

	private static final int BUCKETS = 66 + (63 - MANTISSA_BITS) * 64;

	/** The runs of a period, read once per pass. */
	interface Runs {

		/** Calls {@code each} with every run: its group and its working and calendar seconds. */
		void forEach(RunConsumer each);
	}

	/** Receives a group's runs of one day. */
	interface RunConsumer {

		void accept(String group, byte[] working, byte[] calendar);
	}

	/**
	 * The medians of the working and the calendar seconds.
	 *
	 * @param working the median working seconds, or {@code null} for no values
	 * @param calendar the median calendar seconds, or {@code null} for no values
	 */
	record Medians(Double working, Double calendar) {
	}

	/**
	 * The medians found.
	 *
	 * @param groups per group key ({@code null} for cases without one)
	 * @param total of all groups together
	 */
	record Result(Map<String, Medians> groups, Medians total) {
	}

	private final Map<String, Selection> groups = new HashMap<>();

	private final Selection total = new Selection(0);

	private final int shift;

	private MedianSelection(int expectedGroups) {
		this.shift = expectedGroups > 1_000 ? 6 : expectedGroups > 100 ? 3 : 0;
	}

	/**
	 * The medians of each group and of all, from runs read twice; {@code expectedGroups} (about how many groups there
	 * are) sets how fine the first pass counts.
	 */
	static Result of(Runs runs, int expectedGroups) {
		return new MedianSelection(expectedGroups).select(runs);
	}

	private Result select(Runs runs) {
		Values working = new Values();
		Values calendar = new Values();
		runs.forEach((group, workingRun, calendarRun) -> {
			working.decode(workingRun);
			calendar.decode(calendarRun);
			groups.computeIfAbsent(group, k -> new Selection(shift)).count(working, calendar);
			total.count(working, calendar);
		});
		groups.values().forEach(Selection::locate);
		total.locate();
		runs.forEach((group, workingRun, calendarRun) -> {
			working.decode(workingRun);
			calendar.decode(calendarRun);
			groups.get(group).gather(working, calendar);
			total.gather(working, calendar);
		});
		Map<String, Medians> medians = new HashMap<>();
		groups.forEach((group, selection) -> medians.put(group, selection.medians()));
		return new Result(medians, total.medians());
	}

	/** The bucket of a value, in the values' order: negatives in one, then one per value below 64, then by magnitude. */
	static int bucket(long value) {
		if (value < 64) {
			return value < 0 ? 0 : (int) value + 1;
		}
		int exponent = 63 - Long.numberOfLeadingZeros(value);
		return 65 + (exponent - MANTISSA_BITS) * 64 + (int) ((value >>> (exponent - MANTISSA_BITS)) & 63);
	}

	/** A run's values, decoded once for both its group's selection and the total's, into an array used again. */
	private static final class Values {

		private long[] values = new long[256];

		private int size;

		void decode(byte[] run) {
			if (values.length < run.length) {
				values = new long[Math.max(run.length, 2 * values.length)];
			}
			size = SortedSeconds.decode(run, values);
		}
	}

	/** The selection of one group's (or all groups') medians: one per measure. */
	private static final class Selection {

		private final Measure working;

		private final Measure calendar;

		Selection(int shift) {
			this.working = new Measure(shift);
			this.calendar = new Measure(shift);
		}

		void count(Values workingRun, Values calendarRun) {
			working.count(workingRun);
			calendar.count(calendarRun);
		}

		void locate() {
			working.locate();
			calendar.locate();
		}

		void gather(Values workingRun, Values calendarRun) {
			working.gather(workingRun);
			calendar.gather(calendarRun);
		}

		Medians medians() {
			return new Medians(working.median(), calendar.median());
		}
	}

	/** One measure's counts per bucket, then the values of the buckets holding its middle values. */
	private static final class Measure {

		private final int shift;

		private int[] counts;

		private long size;

		private int fromBucket;

		private int toBucket;

		private long before;

		private long[] middle;

		private int gathered;

		Measure(int shift) {
			this.shift = shift;
		}

		void count(Values run) {
			if (counts == null) {
				counts = new int[(BUCKETS >>> shift) + 1];
			}
			for (int i = 0; i < run.size; i++) {
				counts[bucket(run.values[i]) >>> shift]++;
			}
			size += run.size;
		}

		void locate() {
			if (size == 0) {
				return;
			}
			long low = (size - 1) / 2;
			long high = size / 2;
			long seen = 0;
			fromBucket = -1;
			for (int b = 0; b < counts.length; b++) {
				if (fromBucket < 0 && seen + counts[b] > low) {
					fromBucket = b;
					before = seen;
				}
				seen += counts[b];
				if (seen > high) {
					toBucket = b;
					break;
				}
			}
			long total = 0;
			for (int b = fromBucket; b <= toBucket; b++) {
				total += counts[b];
			}
			counts = null;
			middle = new long[Math.toIntExact(total)];
		}

		void gather(Values run) {
			if (middle == null) {
				return;
			}
			for (int i = 0; i < run.size; i++) {
				int b = bucket(run.values[i]) >>> shift;
				if (b >= fromBucket && b <= toBucket) {
					middle[gathered++] = run.values[i];
				}
			}
		}

		Double median() {
			if (size == 0) {
				return null;
			}
			Arrays.sort(middle);
			return (middle[(int) ((size - 1) / 2 - before)] + middle[(int) (size / 2 - before)]) / 2.0;
		}
	}
}
