package org.tongguan.indicator.value;

import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.Period;
import org.tongguan.region.RegionCode;

/**
 * A value that passed every check, ready to store.
 *
 * @param indicator its indicator
 * @param region its region
 * @param period its period
 * @param value the value
 */
record CheckedValue(IndicatorCode indicator, RegionCode region, Period period, double value) {
}
