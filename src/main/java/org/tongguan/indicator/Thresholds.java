package org.tongguan.indicator;

import java.util.Comparator;
import java.util.List;

/**
 * An indicator's absolute warning thresholds: up to four levels (蓝/黄/橙/红), each stricter than the one before, and
 * the hysteresis (回差) by which a value must recover past a bound before its level clears.
 *
 * @param levels the levels, mildest first
 * @param hysteresis how far, in the indicator's unit, a value must come back past a bound to leave its level
 */
public record Thresholds(List<ThresholdLevel> levels, double hysteresis) {

	/** No thresholds: the indicator never warns. */
	public static final Thresholds NONE = new Thresholds(List.of(), 0);

	public Thresholds {
		levels = levels.stream().sorted(Comparator.comparing(ThresholdLevel::level)).toList();
	}
}
