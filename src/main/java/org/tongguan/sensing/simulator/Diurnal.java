package org.tongguan.sensing.simulator;

/** Smooth daily cycles (日变化) over the local hour of day (0–24). */
final class Diurnal {

	private Diurnal() {
	}

	/** 0 at night, 1 by day: rising between 6:00 and 8:00, falling between 21:00 and 23:00. */
	static double daytime(double hour) {
		return smoothstep((hour - 6) / 2) * (1 - smoothstep((hour - 21) / 2));
	}

	/** −1 before dawn to 1 in mid-afternoon (15:00): the day's warmth. */
	static double warmth(double hour) {
		return Math.cos(2 * Math.PI * (hour - 15) / 24);
	}

	/** 0 to about 1: traffic's morning (8:30) and evening (18:30) rush. */
	static double rushHours(double hour) {
		return bump(hour, 8.5, 1.5) + bump(hour, 18.5, 2);
	}

	/** 0 below 0, 1 above 1, a smooth S between. */
	static double smoothstep(double x) {
		double t = Math.max(0, Math.min(1, x));
		return t * t * (3 - 2 * t);
	}

	private static double bump(double hour, double centre, double width) {
		double d = (hour - centre) / width;
		return Math.exp(-d * d);
	}
}
