package org.tongguan.casework.statistics;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * A run of handling times in seconds, kept sorted and stored compactly ({@code casework_statistics_times}): the
 * first value zigzag-encoded, then the differences to the next, each as a variable-length integer (7 bits per byte,
 * low bits first), so that a month of a group's closures takes one to three bytes per closure.
 */
final class SortedSeconds {

	private SortedSeconds() {
	}

	/** Calls {@code each} with the run's values in ascending order. */
	static void forEach(byte[] run, LongConsumer each) {
		int i = 0;
		long value = 0;
		boolean first = true;
		while (i < run.length) {
			long raw = 0;
			int shift = 0;
			byte b;
			do {
				b = run[i++];
				raw |= (long) (b & 0x7f) << shift;
				shift += 7;
			}
			while (b < 0);
			value = first ? (raw >>> 1) ^ -(raw & 1) : value + raw;
			first = false;
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
		ByteArrayOutputStream out = new ByteArrayOutputStream(sorted.length * 2);
		write(out, (sorted[0] << 1) ^ (sorted[0] >> 63));
		for (int i = 1; i < sorted.length; i++) {
			write(out, sorted[i] - sorted[i - 1]);
		}
		return out.toByteArray();
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

	private static void write(ByteArrayOutputStream out, long value) {
		long rest = value;
		while ((rest & ~0x7fL) != 0) {
			out.write((int) (rest & 0x7f) | 0x80);
			rest >>>= 7;
		}
		out.write((int) rest);
	}
}
