package org.tongguan.indicator.registry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.tongguan.indicator.Direction;
import org.tongguan.indicator.ThresholdLevel;
import org.tongguan.indicator.Thresholds;
import org.tongguan.indicator.WarningLevel;
import org.tongguan.shared.Violations;

/**
 * Reads a plan's warning thresholds: each level at most once with a bound on the side its direction warns on
 * ({@code below} where higher is better, {@code above} where higher is worse, either for a target band), every level
 * stricter than the milder ones, a hysteresis of zero or more, and change and target-gap limits (percent) above 0.
 */
final class ThresholdRules {

	private ThresholdRules() {
	}

	/** The thresholds, {@link Thresholds#NONE} (and problems) when they are wrong. */
	static Thresholds read(PlanDraft draft, Direction direction, Violations problems) {
		List<PlanDraft.Threshold> drafts = draft.thresholds();
		Double hysteresis = draft.hysteresis();
		int before = problems.count();
		List<ThresholdLevel> levels = new ArrayList<>();
		Set<WarningLevel> seen = EnumSet.noneOf(WarningLevel.class);
		List<PlanDraft.Threshold> given = drafts == null ? List.of() : drafts;
		for (int i = 0; i < given.size(); i++) {
			ThresholdLevel level = level(given.get(i), "thresholds[" + i + "]", direction, problems);
			if (level != null && !seen.add(level.level())) {
				problems.add("thresholds[" + i + "].level", "the level " + level.level() + " is stated twice");
			}
			else if (level != null) {
				levels.add(level);
			}
		}
		if (hysteresis != null && (!Targets.finite(hysteresis, "hysteresis", problems) || hysteresis < 0)) {
			problems.add("hysteresis", "must be zero or more, in the indicator's unit");
		}
		Thresholds thresholds = new Thresholds(levels, hysteresis == null ? 0 : hysteresis,
				percent(draft.previousChange(), "previousChange", problems),
				percent(draft.yearChange(), "yearChange", problems), percent(draft.targetGap(), "targetGap", problems));
		ascending(thresholds.levels(), ThresholdLevel::above, "above", 1, problems);
		ascending(thresholds.levels(), ThresholdLevel::below, "below", -1, problems);
		return problems.count() > before ? Thresholds.NONE : thresholds;
	}

	private static Double percent(Double value, String field, Violations problems) {
		if (value != null && (!Targets.finite(value, field, problems) || value <= 0)) {
			problems.add(field, "must be more than 0, in percent");
		}
		return value;
	}

	private static ThresholdLevel level(PlanDraft.Threshold draft, String field, Direction direction,
			Violations problems) {
		if (draft == null) {
			problems.add(field, "is empty");
			return null;
		}
		WarningLevel level = problems.choice(WarningLevel.class, draft.level(), field + ".level", true);
		boolean finite = Targets.finite(draft.below(), field + ".below", problems)
				& Targets.finite(draft.above(), field + ".above", problems);
		if (draft.below() == null && draft.above() == null) {
			problems.add(field, "needs a bound: 'below' or 'above'");
		}
		else if (direction == Direction.HIGHER_BETTER && draft.above() != null) {
			problems.add(field + ".above", "a HIGHER_BETTER indicator warns on low values: give 'below'");
		}
		else if (direction == Direction.HIGHER_WORSE && draft.below() != null) {
			problems.add(field + ".below", "a HIGHER_WORSE indicator warns on high values: give 'above'");
		}
		return level == null || !finite ? null : new ThresholdLevel(level, draft.below(), draft.above());
	}

	/** Checks that the bounds of one side grow stricter from level to level ({@code sign} 1: upwards, -1: down). */
	private static void ascending(List<ThresholdLevel> levels, Function<ThresholdLevel, Double> bound, String side,
			int sign, Violations problems) {
		ThresholdLevel milder = null;
		for (ThresholdLevel level : levels) {
			Double value = bound.apply(level);
			if (value == null) {
				continue;
			}
			if (milder != null && Double.compare(value, bound.apply(milder)) * sign <= 0) {
				problems.add("thresholds", level.level() + "'s '" + side + "' (" + value + ") must lie "
						+ (sign > 0 ? "above " : "below ") + milder.level() + "'s (" + bound.apply(milder) + ")");
			}
			milder = level;
		}
	}
}
