package org.tongguan.sensing.rule;

import java.util.EnumMap;
import java.util.Map;

import org.tongguan.sensing.WarningLevel;

/**
 * The threshold of each warning level a rule uses (any subset of 蓝/黄/橙/红); {@code null} for a level it skips.
 *
 * @param blue 蓝色
 * @param yellow 黄色
 * @param orange 橙色
 * @param red 红色
 */
public record LevelThresholds(Double blue, Double yellow, Double orange, Double red) {

	/** No thresholds (no-data and offline rules). */
	public static final LevelThresholds NONE = new LevelThresholds(null, null, null, null);

	/** The thresholds of a map from level to value. */
	public static LevelThresholds of(Map<WarningLevel, Double> values) {
		return new LevelThresholds(values.get(WarningLevel.BLUE), values.get(WarningLevel.YELLOW),
				values.get(WarningLevel.ORANGE), values.get(WarningLevel.RED));
	}

	/** The level's threshold, or {@code null}. */
	public Double of(WarningLevel level) {
		return switch (level) {
			case BLUE -> blue;
			case YELLOW -> yellow;
			case ORANGE -> orange;
			case RED -> red;
		};
	}

	/** The least severe level with a threshold, or {@code null} when there is none. */
	public WarningLevel lowest() {
		for (WarningLevel level : WarningLevel.values()) {
			if (of(level) != null) {
				return level;
			}
		}
		return null;
	}

	/** The thresholds as a map in level order, without the levels skipped. */
	public Map<WarningLevel, Double> asMap() {
		Map<WarningLevel, Double> map = new EnumMap<>(WarningLevel.class);
		for (WarningLevel level : WarningLevel.values()) {
			if (of(level) != null) {
				map.put(level, of(level));
			}
		}
		return map;
	}
}
