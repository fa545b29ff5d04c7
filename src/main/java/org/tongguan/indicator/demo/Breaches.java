package org.tongguan.indicator.demo;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.tongguan.indicator.Direction;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.ThresholdLevel;

/**
 * Sets a few seeded threshold breaches into a demo series so that its warnings appear: episodes of a few periods
 * (three days, two weeks, one month or quarter) in one region, each past the bound of a warning level (most often
 * the mildest, rarely the third) on the side the indicator warns on; in about two indicators of five the first
 * episode is the latest periods, so a warning stands at the start. Yearly series get none.
 */
final class Breaches {

	private static final long SALT = 307;

	private Breaches() {
	}

	/** Sets the episodes into the values (by leaf, then period). */
	static void add(IndicatorPlan plan, double[][] values, List<Period> periods, long seed) {
		boolean above = warnsAbove(plan);
		List<Double> bounds = plan.thresholds()
			.levels()
			.stream()
			.map(above ? ThresholdLevel::above : (Function<ThresholdLevel, Double>) ThresholdLevel::below)
			.filter(Objects::nonNull)
			.toList();
		int length = switch (plan.frequency()) {
			case DAILY -> 3;
			case WEEKLY -> 2;
			default -> 1;
		};
		int episodes = switch (plan.frequency()) {
			case DAILY -> 4;
			case WEEKLY -> 3;
			case MONTHLY -> 2;
			case QUARTERLY -> 1;
			case YEARLY -> 0;
		};
		if (bounds.isEmpty() || periods.size() < 2 * length) {
			return;
		}
		long code = plan.code().value().hashCode();
		for (int e = 0; e < episodes; e++) {
			int leaf = (int) (DemoNoise.uniform(seed, code, e, SALT, 1) * values.length);
			boolean latest = e == 0 && DemoNoise.uniform(seed, code, e, SALT, 2) < 0.4;
			int start = latest ? periods.size() - length
					: (int) (DemoNoise.uniform(seed, code, e, SALT, 3) * (periods.size() - length));
			double draw = DemoNoise.uniform(seed, code, e, SALT, 4);
			int level = Math.min(bounds.size() - 1, draw < 0.6 ? 0 : draw < 0.9 ? 1 : 2);
			double past = beyond(bounds, level, above, DemoNoise.uniform(seed, code, e, SALT, 5));
			for (int p = start; p < start + length; p++) {
				values[leaf][p] = past;
			}
		}
	}

	/** Whether the indicator warns on high values (else on low ones). */
	private static boolean warnsAbove(IndicatorPlan plan) {
		if (plan.direction() == Direction.TARGET_BAND) {
			return plan.thresholds().levels().stream().anyMatch(level -> level.above() != null);
		}
		return plan.direction() == Direction.HIGHER_WORSE;
	}

	/** A value past the level's bound, short of the next level's (or up to 10 % past the last bound). */
	private static double beyond(List<Double> bounds, int level, boolean above, double draw) {
		double bound = bounds.get(level);
		double gap = level + 1 < bounds.size() ? Math.abs(bounds.get(level + 1) - bound)
				: Math.max(0.1 * Math.abs(bound), 1);
		double distance = (0.15 + 0.55 * draw) * gap;
		return above ? bound + distance : bound - distance;
	}
}
