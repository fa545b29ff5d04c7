package org.tongguan.sensing.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.Reading;

import com.sun.management.ThreadMXBean;

/** What the engine costs on the hot path: nothing allocated per reading while no level changes. */
class RuleEngineCostTests {

	private static final int DEVICES = 10_000;

	private static final int WARM_UP = 3;

	private static final int ROUNDS = 15;

	@Test
	void evaluatesReadingsWithoutAllocatingWhileNoLevelChanges() {
		RuleFixture fixture = new RuleFixture().rules(
				RuleFixture.threshold(1, "waterLevel", Comparison.GE, new LevelThresholds(0.15, 0.27, 0.40, 0.50),
						0.10, Duration.ofSeconds(30)),
				RuleFixture.threshold(2, "battery", Comparison.LE, new LevelThresholds(20.0, null, null, null), null,
						Duration.ZERO),
				RuleFixture.rate(3, true, new LevelThresholds(null, null, 1.0, null)),
				RuleFixture.noData(4, "waterLevel", Duration.ofMinutes(30)));
		RuleEngine engine = fixture.engine();
		Reading[][] rounds = new Reading[ROUNDS][DEVICES];
		Map<String, Double> values = Map.of("waterLevel", 0.05, "battery", 80.0, "signal", -70.0);
		for (int i = 0; i < DEVICES; i++) {
			RegisteredDevice device = RuleFixture.device(i + 1, "D-" + i);
			for (int round = 0; round < ROUNDS; round++) {
				Instant at = RuleFixture.START.plusSeconds(round * 10L);
				rounds[round][i] = new Reading(device, at, at, values);
			}
		}
		ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		long thread = Thread.currentThread().getId();
		read(engine, rounds, 0, WARM_UP);
		long before = threads.getThreadAllocatedBytes(thread);
		read(engine, rounds, WARM_UP, ROUNDS);
		long allocated = threads.getThreadAllocatedBytes(thread) - before;

		assertThat(allocated / ((ROUNDS - WARM_UP) * (double) DEVICES)).as("bytes allocated per reading")
			.isLessThan(1.0);
		assertThat(fixture.changes).isEmpty();
	}

	private static void read(RuleEngine engine, Reading[][] rounds, int from, int to) {
		for (int round = from; round < to; round++) {
			for (Reading reading : rounds[round]) {
				engine.onReading(reading);
			}
		}
	}
}
