package org.tongguan.casework.statistics.ready;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * A run of handling times in seconds, kept sorted and stored compactly ({@code casework_statistics_times}): the
 * first value, then the differences to the next, each as a variable-length integer ({@link SliceBytes}), so that a
 * group's closures take one to three bytes each.
 */
final class SortedSeconds {

	private SortedSeconds() {
	}

	/** Calls {@code each} with the run's values in ascending order. */
	static void forEach(byte[] run, LongConsumer each) {
		SliceBytes.Reader reader = new SliceBytes.Reader(run);
		long value = reader.signed();
		each.accept(value);
		while (reader.more()) {
			value += reader.unsigned();
			each.accept(value);
		}
	}

	/** The run's values in ascending order. */
	static long[] decode(byte[] run) {
		long[] values = new long[run.length];
		int[] size = { 0 };
		forEach(run, value -> values[size[0]++] = value);
		return Arrays.copyOf(values, size[0]);
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
