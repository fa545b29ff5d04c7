package org.tongguan.indicator.demo;

import java.time.LocalDate;

/**
 * Daily rain for demo series: whether a day is wet is mostly city-wide (a district follows the city's draw four times
 * in five), more likely in summer; a wet day's amount is exponentially distributed around the base amount, larger in
 * summer, and varies by district. With a base of 14 mm this gives Shenzhen's about 1,900 mm a year and some ten days
 * of 暴雨 (50 mm or more).
 */
final class Rain {

	private static final long WET = 211;

	private static final long AMOUNT = 223;

	private Rain() {
	}

	/**
	 * The day's rain in the region.
	 *
	 * @param amount the mean amount of a wet day in the region
	 * @param summer how much more (or less) a summer day's amount is, relatively
	 * @param variation the relative variation of the amount between districts
	 */
	static double draw(long seed, long code, long region, LocalDate day, double amount, double summer,
			double variation) {
		double season = SeasonProfile.SUMMER.on(day);
		long epochDay = day.toEpochDay();
		double wet = 0.8 * DemoNoise.uniform(seed, code, 0, epochDay, WET)
				+ 0.2 * DemoNoise.uniform(seed, code, region, epochDay, WET);
		if (wet >= 0.38 + 0.25 * season) {
			return 0;
		}
		double exponential = -Math.log(1 - DemoNoise.uniform(seed, code, 0, epochDay, AMOUNT));
		double own = Math.exp(variation * DemoNoise.gaussian(seed, code, region, epochDay, AMOUNT)
				- variation * variation / 2);
		return amount * (1 + summer * season) * exponential * own;
	}
}
