package org.tongguan.sensing.simulator;

import java.time.Duration;

/**
 * 空气质量监测站 — every five minutes PM2.5, PM10 and the air quality index (AQI, HJ 633-2012: the higher of the two
 * sub-indices): good air with the morning and evening rush hours a little worse.
 */
final class AirQualityModel implements DeviceModel {

	private static final int PM25_TRAIT = 2, COARSE_TRAIT = 3;

	private static final double[] INDEX = { 0, 50, 100, 150, 200, 300, 400, 500 };

	private static final double[] PM25 = { 0, 35, 75, 115, 150, 250, 350, 500 };

	private static final double[] PM10 = { 0, 50, 150, 250, 350, 420, 500, 600 };

	@Override
	public String type() {
		return "air-quality";
	}

	@Override
	public Duration cadence() {
		return Duration.ofMinutes(5);
	}

	@Override
	public void measure(SimulatedDevice device, Moment now, Payload payload) {
		double pm25 = device.between(PM25_TRAIT, 10, 30) * (0.7 + 0.5 * Diurnal.rushHours(now.hour()))
				* (1 + now.noise(0.05));
		double pm10 = pm25 * device.between(COARSE_TRAIT, 1.5, 2.0) * (1 + now.noise(0.03));
		pm25 = Math.max(1, pm25);
		pm10 = Math.max(pm25, pm10);
		double aqi = Math.ceil(Math.max(subIndex(pm25, PM25), subIndex(pm10, PM10)));
		payload.put("pm25", pm25, 0).put("pm10", pm10, 0).put("aqi", aqi, 0);
	}

	/** The individual air quality index of a concentration: linear between the standard's breakpoints. */
	static double subIndex(double concentration, double[] breakpoints) {
		for (int i = 1; i < breakpoints.length; i++) {
			if (concentration <= breakpoints[i]) {
				double share = (concentration - breakpoints[i - 1]) / (breakpoints[i] - breakpoints[i - 1]);
				return INDEX[i - 1] + share * (INDEX[i] - INDEX[i - 1]);
			}
		}
		return INDEX[INDEX.length - 1];
	}
}
