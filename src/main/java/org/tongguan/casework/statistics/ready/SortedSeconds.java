package org.tongguan.casework.statistics.ready;

import java.util.Arrays;

/**
 * A run of handling times in seconds, kept sorted and stored compactly ({@code casework_statistics_times}): the
 * first value, then the differences to the next, each as a variable-length integer ({@link SliceBytes}), so that a
 * group's closures take one to three bytes each.
 */
final class SortedSeconds {

	private SortedSeconds() {
	}

	/**
	 * Decodes the run into {@code values}, which must be at least as long as the run's bytes (every value takes one
	 * byte or more); answers how many values the run holds.
	 */
	static int decode(byte[] run, long[] values) {
		SliceBytes.Reader reader = new SliceBytes.Reader(run);
		long value = reader.signed();
		values[0] = value;
		int size = 1;
		while (reader.more()) {
			value += reader.unsigned();
			values[size++] = value;
		}
		return size;
	}

	/** The run's values in ascending order. */
	static long[] decode(byte[] run) {
		long[] values = new long[run.length];
		return Arrays.copyOf(values, decode(run, values));
	}

	/** The run of sorted values, or {@code null} for none. */
	static byte[] encode(long[] sorted) {
		if (sorted.length == 0) {
			return null;
		}
		SliceBytes.Writer out = new SliceBytes.Writer();
		out.signed(sorted[0]);
		for (int i = 1; i < sorted.length; i++) {
			out.unsigned(sorted[i] - sorted[i - 1]);
		}
		return out.toBytes();
	}

	/**
	 * The values of a run (or none, {@code null}) with some taken away and some added.
	 *
	 * @throws IllegalStateException when a value to take away is not in the run: the ready data no longer match the
	 * contributions they were folded from
	 */
	static long[] change(byte[] run, long[] removed, long[] added) {
		long[] values = run == null ? new long[0] : decode(run);
		long[] gone = removed.clone();
		Arrays.sort(gone);
		long[] kept = new long[values.length];
		int k = 0;
		int g = 0;
		for (long value : values) {
			while (g < gone.length && gone[g] < value) {
				missing(gone[g]);
			}
			if (g < gone.length && gone[g] == value) {
				g++;
			}
			else {
				kept[k++] = value;
			}
		}
		if (g < gone.length) {
			missing(gone[g]);
		}
		long[] more = added.clone();
		Arrays.sort(more);
		long[] merged = new long[k + more.length];
		int i = 0;
		int j = 0;
		for (int m = 0; m < merged.length; m++) {
			merged[m] = j == more.length || i < k && kept[i] <= more[j] ? kept[i++] : more[j++];
		}
		return merged;
	}

	private static void missing(long value) {
		throw new IllegalStateException("A handling time of " + value + " s is not in its statistics cell "
				+ "(the ready data need a rebuild, see docs/statistics.md)");
	}
}
