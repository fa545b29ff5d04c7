package org.tongguan.sensing.simulator;

import java.util.random.RandomGenerator;

/**
 * When a simulated device measures: the wall-clock time its reading is stamped with, the local hour of day (0–24,
 * fractional) for diurnal patterns, the simulated time (for scenarios, batteries and incidents), the rainstorm under
 * way ({@code null} for normal weather) and the randomness for measurement noise.
 */
record Moment(long wallMillis, double hour, long simulated, Rainstorm storm, RandomGenerator random) {

	/** Normally distributed measurement noise with this standard deviation. */
	double noise(double deviation) {
		return random.nextGaussian() * deviation;
	}
}
