package org.tongguan.sensing.simulator;

import java.time.Duration;

/**
 * 积水监测仪 — every minute the standing water on the road: dry (a centimetre or two of sensor offset) in normal
 * weather, rising with a rainstorm over its district.
 */
final class WaterLevelModel implements DeviceModel {

	private static final int OFFSET_TRAIT = 2;

	@Override
	public String type() {
		return "water-level";
	}

	@Override
	public Duration cadence() {
		return Duration.ofSeconds(60);
	}

	@Override
	public void measure(SimulatedDevice device, Moment now, Payload payload) {
		double level = device.between(OFFSET_TRAIT, 0, 0.02) + now.noise(0.002);
		if (now.storm() != null) {
			level += now.storm().waterLevel(device, now.simulated());
		}
		payload.put("waterLevel", Math.max(0, level), 3);
		Vitals.report(device, now, payload);
	}
}
