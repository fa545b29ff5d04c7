package org.tongguan.sensing.simulator;

import java.time.Instant;
import java.util.List;

/**
 * A rainstorm scenario (暴雨) as the simulator API shows it; times are wall-clock times (with a time scale above 1
 * they come sooner than the minutes say).
 *
 * @param phase raining, or receding after the rain stopped
 * @param districts the district codes it rains on
 * @param minutes how long it was planned to rain (simulated minutes)
 * @param startedAt when it started
 * @param rainEndsAt when the rain stops, or stopped
 * @param recededBy when the water will have receded and the weather is normal again
 * @param floodedGauges the water-level gauges flooded past the alarm thresholds, by code
 */
public record RainstormView(Phase phase, List<String> districts, long minutes, Instant startedAt, Instant rainEndsAt,
		Instant recededBy, List<String> floodedGauges) {

	/** How a rainstorm stands. */
	public enum Phase {
		/** It rains. */
		RAINING,
		/** The rain has stopped and the water recedes. */
		RECEDING,
		/** Over: normal weather again. */
		OVER
	}
}
