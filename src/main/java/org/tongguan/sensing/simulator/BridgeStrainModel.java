package org.tongguan.sensing.simulator;

import java.time.Duration;

/**
 * 桥梁应变计 — every 30 seconds the strain of a footbridge member: its own static load, a daily thermal swing and
 * the sway of passing traffic. Only smooth functions of the wall-clock time, so the rate between two readings stays
 * far below the default rate rule (500 µε/min) however fast the simulator runs.
 */
final class BridgeStrainModel implements DeviceModel {

	private static final int LOAD_TRAIT = 2, PHASE_TRAIT = 3;

	@Override
	public String type() {
		return "bridge-strain";
	}

	@Override
	public Duration cadence() {
		return Duration.ofSeconds(30);
	}

	@Override
	public void measure(SimulatedDevice device, Moment now, Payload payload) {
		double seconds = now.wallMillis() / 1000.0;
		double phase = device.trait(PHASE_TRAIT) * 2 * Math.PI;
		double traffic = (12 + 10 * Diurnal.daytime(now.hour())) * Math.sin(2 * Math.PI * seconds / 97 + phase)
				+ 8 * Math.sin(2 * Math.PI * seconds / 41 + 2 * phase) + 3 * Math.sin(2 * Math.PI * seconds / 13);
		double strain = device.between(LOAD_TRAIT, -300, 600) + 40 * Diurnal.warmth(now.hour()) + traffic;
		payload.put("strain", strain, 1);
		Vitals.report(device, now, payload);
	}
}
