package org.tongguan.sensing.simulator;

import java.time.Duration;

/** 井盖监测器 — a heartbeat every five minutes: the cover lies almost flat (a degree or two) and in place. */
final class ManholeCoverModel implements DeviceModel {

	private static final int TILT_TRAIT = 2;

	@Override
	public String type() {
		return "manhole-cover";
	}

	@Override
	public Duration cadence() {
		return Duration.ofMinutes(5);
	}

	@Override
	public void measure(SimulatedDevice device, Moment now, Payload payload) {
		double tilt = device.between(TILT_TRAIT, 0.2, 2.5) + now.noise(0.1);
		payload.put("tilt", Math.max(0, tilt), 1).put("displaced", 0, 0);
		Vitals.report(device, now, payload);
	}
}
