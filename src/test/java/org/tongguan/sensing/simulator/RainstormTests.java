package org.tongguan.sensing.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.tongguan.sensing.simulator.RainstormView.Phase;

/**
 * The rainstorm scenario (暴雨): a fixed share of the water-level gauges in its districts floods past the default
 * rule's 黄 threshold (0.27 m) within ten minutes, the others stay below the 蓝 one, and after the rain stops every level
 * falls below the clear threshold (0.10 m) and the storm is over.
 */
class RainstormTests {

	private static final long MINUTE = Duration.ofMinutes(1).toMillis();

	private final SplittableRandom random = new SplittableRandom(11);

	private final List<SimulatedDevice> fleet = new ArrayList<>();

	RainstormTests() {
		fleet.addAll(TestFleet.devices("water-level", "440306", 100));
		fleet.addAll(TestFleet.devices("water-level", "440304", 40));
		fleet.addAll(TestFleet.devices("rain-gauge", "440306", 10));
		fleet.addAll(TestFleet.devices("rain-gauge", "440304", 10));
	}

	@Test
	void floodsTheSameShareOfTheDistrictsGaugesEveryTime() {
		Rainstorm storm = Rainstorm.plan(List.of("440306"), Duration.ofMinutes(30), fleet, 0.15, 0);
		assertThat(storm.floodedGauges()).hasSize(15).allMatch(code -> code.startsWith("WA-440306-"));
		assertThat(Rainstorm.plan(List.of("440306"), Duration.ofMinutes(30), fleet, 0.15, 5 * MINUTE).floodedGauges())
			.isEqualTo(storm.floodedGauges());
		assertThat(Rainstorm.plan(List.of("440304"), Duration.ofMinutes(30), fleet.subList(100, 101), 0.15, 0)
			.floodedGauges()).as("at least one gauge floods where there is one").hasSize(1);
	}

	@Test
	void floodedGaugesPassTheYellowThresholdWithinTenMinutesAndEveryLevelRecedesAfterTheRainStops() {
		Rainstorm storm = Rainstorm.plan(List.of("440306"), Duration.ofMinutes(30), fleet, 0.15, 0);
		long tenMinutes = 10 * MINUTE;
		List<Double> flooded = new ArrayList<>();
		for (SimulatedDevice device : fleet) {
			if (storm.floodedGauges().contains(device.code().value())) {
				flooded.add(level(device, storm, tenMinutes));
			}
			else if (device.model() instanceof WaterLevelModel) {
				assertThat(level(device, storm, tenMinutes)).as(device.code().value()).isLessThan(0.15);
			}
			else {
				double rain = TestFleet.measure(device, TestFleet.at(15, tenMinutes, storm, random)).get("rainfall");
				if (device.district().equals("440306")) {
					assertThat(rain).as("heavy rain (暴雨) in the storm, mm/h").isGreaterThan(16);
				}
				else {
					assertThat(rain).isZero();
				}
			}
		}
		assertThat(flooded).allMatch(level -> level >= 0.27).anyMatch(level -> level >= 0.40);

		storm.stop(12 * MINUTE);
		assertThat(storm.phase(12 * MINUTE)).isEqualTo(Phase.RECEDING);
		long receded = 12 * MINUTE + Rainstorm.RECESSION - MINUTE;
		fleet.stream()
			.filter(device -> device.model() instanceof WaterLevelModel)
			.forEach(gauge -> assertThat(level(gauge, storm, receded)).isLessThan(0.10));
		assertThat(storm.phase(12 * MINUTE + Rainstorm.RECESSION)).isEqualTo(Phase.OVER);
	}

	@Test
	void aStormStoppedBeforeTheWaterRisesLeavesTheGaugesDry() {
		Rainstorm storm = Rainstorm.plan(List.of("440306"), Duration.ofMinutes(30), fleet, 0.15, 0);
		storm.stop(MINUTE);
		for (SimulatedDevice gauge : fleet.subList(0, 100)) {
			for (long t = MINUTE; t < 10 * MINUTE; t += MINUTE) {
				assertThat(level(gauge, storm, t)).isLessThan(0.05);
			}
		}
	}

	private double level(SimulatedDevice gauge, Rainstorm storm, long simulated) {
		return TestFleet.measure(gauge, TestFleet.at(15, simulated, storm, random)).get("waterLevel");
	}
}
