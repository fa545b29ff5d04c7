package org.tongguan.indicator.demo;

/**
 * Reproducible randomness for demo values: each number is a function of its keys alone (the seed, the indicator,
 * the region, the day), so a value does not depend on which other values are generated or in which order.
 */
final class DemoNoise {

	private static final double UNIT = 0x1.0p-53;

	private DemoNoise() {
	}

	/** A number uniform in [0, 1) for the keys. */
	static double uniform(long... keys) {
		return (hash(keys) >>> 11) * UNIT;
	}

	/** A standard normal number for the keys. */
	static double gaussian(long... keys) {
		long hash = hash(keys);
		double first = ((mix(hash ^ 0x9E3779B97F4A7C15L) >>> 11) + 1) * UNIT;
		double second = (mix(hash ^ 0xC2B2AE3D27D4EB4FL) >>> 11) * UNIT;
		return Math.sqrt(-2 * Math.log(first)) * Math.cos(2 * Math.PI * second);
	}

	private static long hash(long... keys) {
		long hash = 0x6A09E667F3BCC909L;
		for (long key : keys) {
			hash = mix(hash ^ key);
		}
		return hash;
	}

	/** SplitMix64's finaliser: every bit of the input moves every bit of the output. */
	private static long mix(long value) {
		long z = value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
