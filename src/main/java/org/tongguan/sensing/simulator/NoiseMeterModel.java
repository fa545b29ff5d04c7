package org.tongguan.sensing.simulator;

import java.time.Duration;

/**
 * 噪声监测仪 — every minute the sound level: 44–50 dB(A) at night, 56–64 by day, and now and then by day an incident
 * (night work, a street event, a loud shop) holding it at 73–77 dB(A) for 8 to 20 minutes — one in five at 82–85.
 * About one incident an hour by day over the 200 demo meters; past the default rule's five minutes a 黄 alarm, and
 * the loud ones an 橙 alarm with a case (商业噪声扰民).
 */
final class NoiseMeterModel implements DeviceModel {

	private static final int NIGHT_TRAIT = 2, DAY_TRAIT = 3;

	/** The mean time between incidents at one meter in full daytime (simulated). */
	private static final double MEAN_INCIDENT_INTERVAL = Duration.ofHours(150).toMillis();

	@Override
	public String type() {
		return "noise-meter";
	}

	@Override
	public Duration cadence() {
		return Duration.ofSeconds(60);
	}

	@Override
	public void measure(SimulatedDevice device, Moment now, Payload payload) {
		double daytime = Diurnal.daytime(now.hour());
		if (!device.inIncident(now.simulated())
				&& now.random().nextDouble() < daytime * cadence().toMillis() / MEAN_INCIDENT_INTERVAL) {
			startIncident(device, now);
		}
		double noise;
		if (device.inIncident(now.simulated())) {
			noise = device.incidentLevel + now.noise(0.6);
		}
		else {
			double night = device.between(NIGHT_TRAIT, 44, 50);
			noise = night + (device.between(DAY_TRAIT, 56, 64) - night) * daytime + now.noise(1.2);
		}
		payload.put("noise", Math.max(20, Math.min(140, noise)), 1);
	}

	private static void startIncident(SimulatedDevice device, Moment now) {
		boolean loud = now.random().nextDouble() < 0.2;
		device.incidentLevel = loud ? 82 + 3 * now.random().nextDouble() : 73 + 4 * now.random().nextDouble();
		device.incidentUntil = now.simulated() + Duration.ofMinutes(8).toMillis()
				+ (long) (now.random().nextDouble() * Duration.ofMinutes(12).toMillis());
	}
}
