package org.tongguan.indicator;

import java.util.Comparator;
import java.util.List;

/**
 * An indicator's warning thresholds (预警阈值): up to four absolute levels (蓝/黄/橙/红), each stricter than the one
 * before, the hysteresis (回差) by which a value must recover past a bound before its level clears, and the largest
 * changes against the previous period (环比) and the same period a year before (同比) and the largest gap to the
 * target before the indicator warns.
 *
 * @param levels the levels, mildest first
 * @param hysteresis how far, in the indicator's unit, a value must come back past a bound to leave its level
 * @param previousChange the largest change against the previous period, in percent, on the side the direction warns
 *        on (a rise where higher is worse, a fall where higher is better, either for a target band); {@code null}
 *        for none
 * @param yearChange the same against the same period a year before, {@code null} for none
 * @param targetGap the largest gap to the target (or the target band), in percent of the target, on the bad side;
 *        {@code null} for none
 */
public record Thresholds(List<ThresholdLevel> levels, double hysteresis, Double previousChange, Double yearChange,
		Double targetGap) {

	/** No thresholds: the indicator never warns. */
	public static final Thresholds NONE = new Thresholds(List.of(), 0);

	public Thresholds {
		levels = levels.stream().sorted(Comparator.comparing(ThresholdLevel::level)).toList();
	}

	/** Absolute levels with their hysteresis only. */
	public Thresholds(List<ThresholdLevel> levels, double hysteresis) {
		this(levels, hysteresis, null, null, null);
	}

	/** Whether any of its rules can warn. */
	public boolean warns() {
		return !levels.isEmpty() || previousChange != null || yearChange != null || targetGap != null;
	}
}
