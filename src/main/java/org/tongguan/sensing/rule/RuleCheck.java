package org.tongguan.sensing.rule;

import java.util.Map;

import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;

/**
 * A rule prepared for the hot path: thresholds as an array indexed by level ({@code NaN} where a level is skipped),
 * durations in milliseconds; shared by every device the rule applies to.
 */
final class RuleCheck {

	private static final WarningLevel[] LEVELS = WarningLevel.values();

	final AlarmRule rule;

	final RuleId id;

	final String metric;

	final RuleKind kind;

	final Comparison comparison;

	final double[] thresholds = new double[LEVELS.length];

	final double clear;

	final long sustainMillis;

	final long noDataMillis;

	final WarningLevel lowest;

	RuleCheck(AlarmRule rule) {
		this.rule = rule;
		this.id = rule.id();
		this.metric = rule.metric();
		this.kind = rule.kind();
		this.comparison = rule.comparison();
		for (WarningLevel level : LEVELS) {
			Double threshold = rule.thresholds().of(level);
			thresholds[level.ordinal()] = threshold == null ? Double.NaN : threshold;
		}
		this.clear = rule.clearThreshold() == null ? Double.NaN : rule.clearThreshold();
		this.sustainMillis = rule.sustain().toMillis();
		this.noDataMillis = rule.noDataFor() == null ? Long.MAX_VALUE : rule.noDataFor().toMillis();
		this.lowest = rule.thresholds().lowest();
	}

	static WarningLevel level(int ordinal) {
		return LEVELS[ordinal];
	}

	/** Whether the value satisfies the level's condition (false for a level the rule skips). */
	boolean holds(double value, int level) {
		double threshold = thresholds[level];
		return threshold == threshold && comparison.holds(value, threshold);
	}

	/**
	 * Whether an active alarm clears at this value: past the clear threshold, or, without one, no level's condition
	 * holds.
	 */
	boolean clears(double value, WarningLevel holding) {
		return clear == clear ? comparison.pastClear(value, clear) : holding == null;
	}

	/** Whether a reading with these metric names counts as data for a NO_DATA rule. */
	boolean watches(Map<String, Double> values) {
		return metric == null || !Double.isNaN(ReadingValues.of(values, metric));
	}
}
