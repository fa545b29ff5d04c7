package org.tongguan.sensing.simulator;

/**
 * The battery and radio of a battery-powered device: the battery starts between 45 and 100 % and drains about half a
 * percent a day (so the 20 % alarm is weeks away), the signal wobbles a few dB around the device's own level.
 */
final class Vitals {

	private static final int BATTERY_TRAIT = 0;

	private static final int SIGNAL_TRAIT = 1;

	private static final double DRAIN_PER_HOUR = 0.02;

	private Vitals() {
	}

	/** Adds {@code battery} and {@code signal} to the message. */
	static void report(SimulatedDevice device, Moment now, Payload payload) {
		double hours = now.simulated() / 3_600_000.0;
		double battery = device.between(BATTERY_TRAIT, 45, 100) - DRAIN_PER_HOUR * hours;
		double signal = device.between(SIGNAL_TRAIT, -105, -65) + now.noise(3);
		payload.put("battery", Math.max(0, battery), 1).put("signal", Math.max(-140, Math.min(0, signal)), 0);
	}
}
