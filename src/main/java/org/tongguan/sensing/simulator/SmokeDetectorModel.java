package org.tongguan.sensing.simulator;

import java.time.Duration;

/**
 * 烟感探测器 — every five minutes: clean air (a few hundredths of a percent obscuration per metre) and the room's
 * temperature, warmest in the afternoon.
 */
final class SmokeDetectorModel implements DeviceModel {

	private static final int SMOKE_TRAIT = 2, TEMPERATURE_TRAIT = 3;

	@Override
	public String type() {
		return "smoke-detector";
	}

	@Override
	public Duration cadence() {
		return Duration.ofMinutes(5);
	}

	@Override
	public void measure(SimulatedDevice device, Moment now, Payload payload) {
		double smoke = device.between(SMOKE_TRAIT, 0.01, 0.1) + Math.abs(now.noise(0.02));
		double temperature = device.between(TEMPERATURE_TRAIT, 23, 28) + 3 * Diurnal.warmth(now.hour())
				+ now.noise(0.2);
		payload.put("smoke", smoke, 2).put("temperature", temperature, 1);
		Vitals.report(device, now, payload);
	}
}
