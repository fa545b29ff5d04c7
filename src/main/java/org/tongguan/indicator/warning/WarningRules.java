package org.tongguan.indicator.warning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import org.tongguan.indicator.Direction;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.ThresholdLevel;
import org.tongguan.indicator.Thresholds;
import org.tongguan.indicator.WarningLevel;

/**
 * The warning rules of a plan applied to the latest value of a series: the absolute bands with their hysteresis
 * (a level holds until the value recovers past its bound by the hysteresis, and a higher level is reached at its
 * bound), the change against the previous period and the same period a year before (黄 when above the plan's
 * percentage, on the side the direction warns on), and the gap to the target (蓝 when above the plan's percentage).
 */
final class WarningRules {

	private WarningRules() {
	}

	/**
	 * The band the value reaches, or still holds within the hysteresis of the level {@code open} (the level of the
	 * series' open band warning, {@code null} when none); empty when it warns at no level.
	 */
	static Optional<Finding> band(IndicatorPlan plan, double value, WarningLevel open) {
		Thresholds thresholds = plan.thresholds();
		ThresholdLevel reached = null;
		ThresholdLevel held = null;
		for (ThresholdLevel level : thresholds.levels()) {
			if (side(level, value, 0) != null) {
				reached = level;
			}
			if (open != null && level.level().compareTo(open) <= 0
					&& side(level, value, thresholds.hysteresis()) != null) {
				held = level;
			}
		}
		ThresholdLevel level = reached == null || held != null && held.level().compareTo(reached.level()) > 0 ? held
				: reached;
		if (level == null) {
			return Optional.empty();
		}
		boolean within = level != reached;
		Double bound = side(level, value, within ? thresholds.hysteresis() : 0);
		boolean above = bound.equals(level.above());
		String message = plan.name() + " " + number(value) + " " + plan.unit() + "，"
				+ (within ? "仍在" + colour(level.level()) + "预警线 " + number(bound) + " " + plan.unit() + " 的回差 "
						+ number(thresholds.hysteresis()) + " 内"
						: (above ? "达到或超过" : "达到或低于") + colour(level.level()) + "预警线 " + number(bound) + " "
								+ plan.unit());
		return Optional.of(new Finding(WarningKind.BAND, level.level(), value, bound, message));
	}

	/** The bound of the level the value reaches on either side, allowing {@code slack} towards recovery. */
	private static Double side(ThresholdLevel level, double value, double slack) {
		if (level.above() != null && (slack > 0 ? value > level.above() - slack : value >= level.above())) {
			return level.above();
		}
		if (level.below() != null && (slack > 0 ? value < level.below() + slack : value <= level.below())) {
			return level.below();
		}
		return null;
	}

	/** The change against the base (the previous period's or the year-ago value) when it passes the plan's limit. */
	static Optional<Finding> change(WarningKind kind, IndicatorPlan plan, double value, Double base) {
		Double limit = kind == WarningKind.CHANGE_PREVIOUS ? plan.thresholds().previousChange()
				: plan.thresholds().yearChange();
		if (limit == null || base == null || base == 0) {
			return Optional.empty();
		}
		double change = (value - base) / Math.abs(base) * 100;
		boolean warns = switch (plan.direction()) {
			case HIGHER_WORSE -> change > limit;
			case HIGHER_BETTER -> -change > limit;
			case TARGET_BAND -> Math.abs(change) > limit;
		};
		if (!warns) {
			return Optional.empty();
		}
		double bound = base + Math.signum(change) * Math.abs(base) * limit / 100;
		String message = plan.name() + " " + number(value) + " " + plan.unit() + "，" + kind.label()
				+ (change > 0 ? "上升 " : "下降 ") + number(Math.abs(change)) + "%（" + (kind == WarningKind.CHANGE_PREVIOUS
						? "上期 " : "上年同期 ") + number(base) + " " + plan.unit() + "），超过" + kind.label() + "预警幅度 "
				+ number(limit) + "%";
		return Optional.of(new Finding(kind, WarningLevel.YELLOW, value, bound, message));
	}

	/** The gap to the target (or the target band) when it passes the plan's limit. */
	static Optional<Finding> targetGap(IndicatorPlan plan, double value) {
		Double limit = plan.thresholds().targetGap();
		Double target = target(plan, value);
		if (limit == null || target == null || target == 0) {
			return Optional.empty();
		}
		double gap = (value - target) / Math.abs(target) * 100;
		boolean low = gap < 0;
		boolean good = plan.direction() == Direction.HIGHER_WORSE ? low : plan.direction() == Direction.HIGHER_BETTER && !low;
		if (good || Math.abs(gap) <= limit) {
			return Optional.empty();
		}
		double bound = target + (low ? -1 : 1) * Math.abs(target) * limit / 100;
		String message = plan.name() + " " + number(value) + " " + plan.unit() + "，" + (low ? "低于" : "高于") + "目标 "
				+ number(target) + " " + plan.unit() + " " + number(Math.abs(gap)) + "%，超过目标差距预警线 "
				+ number(limit) + "%";
		return Optional.of(new Finding(WarningKind.TARGET_GAP, WarningLevel.BLUE, value, bound, message));
	}

	/** The target the value is measured against: the band's nearer end for a target band, empty inside it. */
	private static Double target(IndicatorPlan plan, double value) {
		if (plan.direction() != Direction.TARGET_BAND) {
			return plan.target();
		}
		Double low = plan.targetBand().min();
		Double high = plan.targetBand().max();
		return low != null && value < low ? low : high != null && value > high ? high : null;
	}

	/** The period before. */
	static LocalDate previous(Period period) {
		return period.frequency().start(period.start().minusDays(1));
	}

	/** The period holding the same day a year before. */
	static LocalDate yearAgo(Period period) {
		return period.frequency().start(period.start().minusYears(1));
	}

	/** A level as users name it: 蓝色, 黄色, 橙色, 红色. */
	static String colour(WarningLevel level) {
		return level.label() + "色";
	}

	/** A figure as a message writes it: at most two decimals, no trailing zeros. */
	static String number(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}
}
