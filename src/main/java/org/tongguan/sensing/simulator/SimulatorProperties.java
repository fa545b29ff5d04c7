package org.tongguan.sensing.simulator;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo simulator.
 *
 * @param enabled whether it runs; unset, it runs exactly when the demo city is on ({@code tongguan.demo})
 * @param timeScale how much faster than real time simulated time runs: cadences and scenario durations are divided by
 * it (tests compress a rainstorm with e.g. 60); readings are always stamped with the real time
 * @param maxDevices the most devices simulated (an even sample by code); 0 for every demo device
 * @param connectRate how many devices connect per second after start, so start-up is not slowed
 * @param reconnectDelay how long a device waits, on average, before connecting again after losing its connection
 * @param rainstormAtStart whether a rainstorm with the default settings starts as soon as the simulator does
 * @param rainstorm the default rainstorm
 */
@ConfigurationProperties("tongguan.sensing.simulator")
record SimulatorProperties(Boolean enabled, @DefaultValue("1") double timeScale, @DefaultValue("0") int maxDevices,
		@DefaultValue("100") int connectRate, @DefaultValue("30s") Duration reconnectDelay,
		@DefaultValue("false") boolean rainstormAtStart, @DefaultValue DefaultRainstorm rainstorm) {

	SimulatorProperties {
		if (!(timeScale > 0) || maxDevices < 0 || connectRate < 1 || reconnectDelay.isNegative()
				|| reconnectDelay.isZero()) {
			throw new IllegalArgumentException("tongguan.sensing.simulator: the time scale, the connect rate and the "
					+ "reconnect delay must be positive, the device limit not negative");
		}
	}

	/** Whether the simulator runs, given whether the demo city is on. */
	boolean runs(boolean demo) {
		return enabled == null ? demo : enabled;
	}

	/**
	 * The rainstorm scenario's defaults.
	 *
	 * @param districts the district codes it rains on: the low-lying 宝安 and 龙岗 of the demo city
	 * @param minutes how long it rains (simulated minutes)
	 * @param floodedShare the share of the districts' water-level gauges that flood past the alarm thresholds
	 */
	record DefaultRainstorm(@DefaultValue({ "440306", "440307" }) List<String> districts,
			@DefaultValue("30") int minutes, @DefaultValue("0.15") double floodedShare) {

		DefaultRainstorm {
			if (districts.isEmpty() || minutes < 1 || !(floodedShare > 0 && floodedShare <= 1)) {
				throw new IllegalArgumentException("tongguan.sensing.simulator.rainstorm: at least one district, at "
						+ "least one minute and a flooded share above 0 and at most 1");
			}
		}
	}
}
