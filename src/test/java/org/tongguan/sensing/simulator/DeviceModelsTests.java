package org.tongguan.sensing.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Normal weather over a simulated day stays below the default rules' thresholds (积水 0.10 m clear, 井盖 15°, 烟雾 10,
 * AQI 150, battery 20 %, strain rate 500 µε/min), with noise the only exception: a few incidents a day per hundred
 * meters, and never above 70 dB(A) outside one.
 */
class DeviceModelsTests {

	private static final long DAY = Duration.ofDays(1).toMillis();

	private final SplittableRandom random = new SplittableRandom(7);

	@Test
	void sensorsInNormalWeatherStayBelowEveryDefaultThresholdAllDay() {
		assertMaximum("water-level", "waterLevel", 0.10);
		assertMaximum("rain-gauge", "rainfall", 0);
		assertMaximum("manhole-cover", "tilt", 15);
		assertMaximum("manhole-cover", "displaced", 0);
		assertMaximum("smoke-detector", "smoke", 10);
		assertMaximum("smoke-detector", "temperature", 40);
		assertMaximum("air-quality", "aqi", 150);
		assertMaximum("air-quality", "pm25", 75);
	}

	@Test
	void batteriesDrainSlowlyAndSignalsStayInRange() {
		for (SimulatedDevice device : TestFleet.devices("water-level", "440306", 200)) {
			Map<String, Double> fresh = TestFleet.measure(device, TestFleet.at(12, 0, null, random));
			Map<String, Double> month = TestFleet.measure(device, TestFleet.at(12, 30 * DAY, null, random));
			assertThat(fresh.get("battery")).isBetween(45.0, 100.0);
			assertThat(month.get("battery")).isGreaterThan(20).isLessThan(fresh.get("battery"));
			assertThat(month.get("signal")).isBetween(-140.0, 0.0);
		}
	}

	@Test
	void noiseIsLouderByDayThanAtNight() {
		List<SimulatedDevice> meters = TestFleet.devices("noise-meter", "440304", 50);
		double day = 0, night = 0;
		for (SimulatedDevice meter : meters) {
			day += TestFleet.measure(meter, TestFleet.at(14, 0, null, random)).get("noise");
			night += TestFleet.measure(meter, TestFleet.at(3, 0, null, random)).get("noise");
		}
		assertThat(day / meters.size()).isBetween(56.0, 66.0);
		assertThat(night / meters.size()).isBetween(43.0, 51.0);
	}

	@Test
	void noisePeaksAreRareIncidentsAndNothingElseReachesSeventyDecibels() {
		List<SimulatedDevice> meters = TestFleet.devices("noise-meter", "440304", 200);
		long minute = Duration.ofMinutes(1).toMillis();
		int incidents = 0;
		for (SimulatedDevice meter : meters) {
			boolean before = false;
			for (long t = 0; t < DAY; t += minute) {
				double noise = TestFleet.measure(meter, TestFleet.at(t / 3_600_000.0, t, null, random)).get("noise");
				boolean during = meter.inIncident(t);
				incidents += during && !before ? 1 : 0;
				before = during;
				if (!during) {
					assertThat(noise).as("%s at minute %d", meter.code(), t / minute).isLessThan(70);
				}
			}
		}
		assertThat(incidents).as("incidents a day over 200 meters").isBetween(5, 40);
	}

	@Test
	void bridgeStrainChangesSlowerThanTheRateRuleEvenWhenReadTwiceASecond() {
		SimulatedDevice gauge = TestFleet.devices("bridge-strain", "440305", 1).get(0);
		double last = Double.NaN;
		for (long t = 0; t < Duration.ofHours(2).toMillis(); t += 500) {
			double strain = TestFleet.measure(gauge, TestFleet.at(8 + t / 3_600_000.0, t, null, random))
				.get("strain");
			if (!Double.isNaN(last)) {
				assertThat(Math.abs(strain - last) * 120).as("µε per minute").isLessThan(500);
			}
			last = strain;
		}
	}

	/** Asserts that 100 devices of the type, each reporting at its cadence over a day, stay at or below a value. */
	private void assertMaximum(String type, String metric, double maximum) {
		long cadence = DeviceModels.of(type).cadence().toMillis();
		for (SimulatedDevice device : TestFleet.devices(type, "440306", 100)) {
			for (long t = 0; t < DAY; t += cadence) {
				Map<String, Double> values = TestFleet.measure(device, TestFleet.at(t / 3_600_000.0, t, null, random));
				assertThat(values.get(metric)).as("%s %s at %d min", device.code(), metric, t / 60_000)
					.isLessThanOrEqualTo(maximum);
			}
		}
	}
}
