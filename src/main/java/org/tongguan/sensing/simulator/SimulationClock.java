package org.tongguan.sensing.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * The simulator's two times: the platform clock, which stamps readings and sets the time of day, and simulated time
 * (milliseconds since the simulator started), which runs {@code time-scale} times faster and paces cadences and
 * scenarios.
 */
final class SimulationClock {

	private static final long DAY_SECONDS = 86_400;

	private final Clock clock;

	private final double scale;

	private final long origin = System.nanoTime();

	SimulationClock(Clock clock, double scale) {
		this.clock = clock;
		this.scale = scale;
	}

	/** Simulated milliseconds since the simulator started. */
	long now() {
		return (long) ((System.nanoTime() - origin) / 1e6 * scale);
	}

	/** How many real milliseconds a simulated span lasts (at least one). */
	long real(long simulatedMillis) {
		return Math.max(1, Math.round(simulatedMillis / scale));
	}

	/** The wall-clock instant of a simulated time. */
	Instant wallAt(long simulated) {
		return clock.instant().plusMillis(Math.round((simulated - now()) / scale));
	}

	/** The moment a device measures at now, in the given weather. */
	Moment moment(Rainstorm storm, RandomGenerator random) {
		Instant wall = clock.instant();
		long local = wall.getEpochSecond() + clock.getZone().getRules().getOffset(wall).getTotalSeconds();
		double hour = Math.floorMod(local, DAY_SECONDS) / 3600.0;
		return new Moment(wall.toEpochMilli(), hour, now(), storm, random);
	}
}
