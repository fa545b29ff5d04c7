package org.tongguan.sensing.rule;

import java.util.EnumMap;
import java.util.Map;

import org.tongguan.sensing.WarningLevel;

/**
 * Checks the thresholds of a rule: a number per level, stricter for more severe levels in the direction of the
 * comparator, and a clear threshold on the safe side of the least severe one.
 */
final class ThresholdRules {

	private ThresholdRules() {
	}

	static LevelThresholds thresholds(Map<String, Double> given, Comparison comparison, boolean absolute,
			Problems problems) {
		if (given == null || given.isEmpty()) {
			problems.add("thresholds", "give the threshold of at least one level, e.g. {\"YELLOW\": 0.27}");
			return null;
		}
		Map<WarningLevel, Double> levels = new EnumMap<>(WarningLevel.class);
		given.forEach((name, value) -> {
			String field = "thresholds." + name;
			WarningLevel level = problems.level(name, field, true);
			if (value == null || !Double.isFinite(value)) {
				problems.add(field, "must be a number");
			}
			else if (absolute && value < 0) {
				problems.add(field, "must not be negative: an absolute rate compares the size of the change");
			}
			else if (level != null) {
				levels.put(level, value);
			}
		});
		if (comparison != null) {
			checkOrder(levels, comparison, problems);
		}
		return LevelThresholds.of(levels);
	}

	static Double clear(Double clear, LevelThresholds thresholds, Comparison comparison, Problems problems) {
		if (clear == null) {
			return null;
		}
		if (!Double.isFinite(clear)) {
			problems.add("clearThreshold", "must be a number");
			return null;
		}
		WarningLevel lowest = thresholds == null ? null : thresholds.lowest();
		if (lowest == null || comparison == null) {
			return clear;
		}
		double threshold = thresholds.of(lowest);
		if (comparison.rising() && clear > threshold) {
			problems.add("clearThreshold", "must be at most " + threshold + ", the " + lowest + " threshold: an "
					+ "alarm clears when the value falls back below it");
		}
		if (!comparison.rising() && clear < threshold) {
			problems.add("clearThreshold", "must be at least " + threshold + ", the " + lowest + " threshold: an "
					+ "alarm clears when the value rises back above it");
		}
		return clear;
	}

	private static void checkOrder(Map<WarningLevel, Double> levels, Comparison comparison, Problems problems) {
		WarningLevel previous = null;
		for (Map.Entry<WarningLevel, Double> entry : levels.entrySet()) {
			if (previous != null) {
				double before = levels.get(previous);
				double value = entry.getValue();
				boolean stricter = comparison.rising() ? value > before : value < before;
				if (!stricter) {
					problems.add("thresholds." + entry.getKey(), "must be " + (comparison.rising() ? "above" : "below")
							+ " the " + previous + " threshold " + before + ": with " + comparison + " a more severe "
							+ "level needs a " + (comparison.rising() ? "higher" : "lower") + " value");
				}
			}
			previous = entry.getKey();
		}
	}
}
