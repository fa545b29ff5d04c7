package org.tongguan.indicator.warning;

import org.tongguan.indicator.IndicatorCode;
import org.tongguan.region.RegionCode;

/** One series: an indicator's values for one region. */
record Series(IndicatorCode indicator, RegionCode region) {
}
