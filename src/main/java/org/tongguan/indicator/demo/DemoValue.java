package org.tongguan.indicator.demo;

import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.Period;
import org.tongguan.region.RegionCode;

/**
 * One generated demo value.
 *
 * @param indicator its indicator
 * @param region its region
 * @param period its period
 * @param value the value, rounded and within the indicator's valid range
 */
record DemoValue(IndicatorCode indicator, RegionCode region, Period period, double value) {
}
