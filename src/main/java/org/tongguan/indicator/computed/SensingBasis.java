package org.tongguan.indicator.computed;

import java.util.List;

import org.tongguan.indicator.IndicatorCode;
import org.tongguan.sensing.DailyReading;

/**
 * Which day totals of the devices' readings an indicator's daily values are: a device type's metric, its mean over
 * the values measured that day or its maximum, times a scale (e.g. metres to centimetres).
 *
 * @param indicator the indicator
 * @param deviceType the device type's code, e.g. {@code air-quality}
 * @param metric the metric, e.g. {@code pm25}
 * @param statistic the mean or the maximum
 * @param scale what the statistic is multiplied by
 */
record SensingBasis(IndicatorCode indicator, String deviceType, String metric, Statistic statistic, double scale) {

	/** The value over the day totals of one or more districts (the city's over all its districts). */
	double value(List<DailyReading> days) {
		double value = switch (statistic) {
			case MEAN -> days.stream().mapToDouble(day -> day.mean() * day.readings()).sum()
					/ days.stream().mapToLong(DailyReading::readings).sum();
			case MAXIMUM -> days.stream().mapToDouble(DailyReading::maximum).max().orElseThrow();
		};
		return Math.round(value * scale * 100) / 100.0;
	}

	/** How the day's values are summarised. */
	enum Statistic {
		/** The mean over every value measured (a district's devices weigh by how many values they measured). */
		MEAN,
		/** The largest value measured. */
		MAXIMUM
	}
}
