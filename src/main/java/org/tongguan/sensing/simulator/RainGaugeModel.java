package org.tongguan.sensing.simulator;

import java.time.Duration;

/** 雨量计 — every minute the rainfall intensity: none in normal weather, gusty heavy rain in a rainstorm. */
final class RainGaugeModel implements DeviceModel {

	@Override
	public String type() {
		return "rain-gauge";
	}

	@Override
	public Duration cadence() {
		return Duration.ofSeconds(60);
	}

	@Override
	public void measure(SimulatedDevice device, Moment now, Payload payload) {
		double rainfall = now.storm() == null ? 0 : now.storm().rainfall(device, now.simulated());
		double gusts = rainfall > 0 ? 1 + now.noise(0.1) : 1;
		payload.put("rainfall", Math.max(0, rainfall * gusts), 1);
		Vitals.report(device, now, payload);
	}
}
