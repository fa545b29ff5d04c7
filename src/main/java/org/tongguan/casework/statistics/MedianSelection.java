package org.tongguan.casework.statistics;

import java.util.Arrays;
import java.util.List;

/**
 * The exact median of the values of several sorted runs ({@link SortedSeconds}) in two passes and little memory:
 * the first counts the values per bucket of about 1.6 % of their magnitude, which finds the buckets holding the
 * middle value (or the two middle values); the second gathers only the values of those buckets and sorts them.
 * The median of an even number of values is the mean of the two middle ones, as SQL's {@code PERCENTILE_CONT(0.5)}.
 */
final class MedianSelection {

	/** Buckets below 64 hold one value each; above, 64 per power of two. */
	private static final int MANTISSA_BITS = 6;

	private static final int BUCKETS = 66 + (63 - MANTISSA_BITS) * 64;

	private final long[] counts = new long[BUCKETS];

	/** The median of the runs' values, or {@code null} when they hold none. */
	Double median(List<byte[]> runs) {
		Arrays.fill(counts, 0);
		long[] size = { 0 };
		for (byte[] run : runs) {
			SortedSeconds.forEach(run, value -> {
				counts[bucket(value)]++;
				size[0]++;
			});
		}
		if (size[0] == 0) {
			return null;
		}
		long low = (size[0] - 1) / 2;
		long high = size[0] / 2;
		int lowBucket = -1;
		long before = 0;
		long seen = 0;
		int highBucket = 0;
		for (int b = 0; b < BUCKETS; b++) {
			if (lowBucket < 0 && seen + counts[b] > low) {
				lowBucket = b;
				before = seen;
			}
			seen += counts[b];
			if (seen > high) {
				highBucket = b;
				break;
			}
		}
		long[] middle = gather(runs, lowBucket, highBucket);
		Arrays.sort(middle);
		return (middle[(int) (low - before)] + middle[(int) (high - before)]) / 2.0;
	}

	private long[] gather(List<byte[]> runs, int fromBucket, int toBucket) {
		long total = 0;
		for (int b = fromBucket; b <= toBucket; b++) {
			total += counts[b];
		}
		long[] values = new long[Math.toIntExact(total)];
		int[] size = { 0 };
		for (byte[] run : runs) {
			SortedSeconds.forEach(run, value -> {
				int b = bucket(value);
				if (b >= fromBucket && b <= toBucket) {
					values[size[0]++] = value;
				}
			});
		}
		return values;
	}

	/** The bucket of a value, in the values' order: negatives in one, then one per value below 64, then by magnitude. */
	static int bucket(long value) {
		if (value < 64) {
			return value < 0 ? 0 : (int) value + 1;
		}
		int exponent = 63 - Long.numberOfLeadingZeros(value);
		return 65 + (exponent - MANTISSA_BITS) * 64 + (int) ((value >>> (exponent - MANTISSA_BITS)) & 63);
	}
}
