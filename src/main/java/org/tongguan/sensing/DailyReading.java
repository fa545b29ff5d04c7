package org.tongguan.sensing;

import java.time.LocalDate;

import org.tongguan.region.RegionCode;

/**
 * 日统计 — one district's day of a device type's metric: how many values its devices measured that city-local day, their
 * mean, minimum and maximum.
 *
 * @param district the district
 * @param day the city-local day of the measuring times
 * @param readings how many values were measured
 * @param mean their arithmetic mean
 * @param minimum the smallest
 * @param maximum the largest
 */
public record DailyReading(RegionCode district, LocalDate day, long readings, double mean, double minimum,
		double maximum) {
}
