package org.tongguan.indicator.warning;

import org.tongguan.indicator.WarningLevel;

/**
 * What one rule finds in the latest value of a series: the level it warns at, the value and the bound it passed
 * (both in the indicator's unit) and the warning in words.
 */
record Finding(WarningKind kind, WarningLevel level, Double value, Double bound, String message) {
}
