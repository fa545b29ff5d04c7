package org.tongguan.indicator.composite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tongguan.indicator.Direction;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;
import org.tongguan.shared.Violations;

/**
 * Checks the composite index's definition whole against the registry, naming every wrong field: each component an
 * indicator the registry has (not retired, once), a positive weight, and a normalisation that fits its direction
 * (MIN_MAX and TARGET for one-sided indicators, BAND for TARGET_BAND ones, bounds in the right order).
 */
@Component
class CompositeChecks {

	/** The most indicators the index may combine. */
	static final int MOST_COMPONENTS = 100;

	private final Indicators indicators;

	CompositeChecks(Indicators indicators) {
		this.indicators = indicators;
	}

	/** The checked definition of a new draft, or a 400 naming every problem. */
	CompositeDefinition check(CompositeDraft draft) {
		return check(draft, false);
	}

	/**
	 * The stored definition as computations read it: an indicator retired since it was stored stays in (its values
	 * stay), so a retirement never turns the index's reads into errors.
	 */
	CompositeDefinition stored(CompositeDraft draft) {
		return check(draft, true);
	}

	private CompositeDefinition check(CompositeDraft draft, boolean stored) {
		Violations problems = new Violations();
		String name = problems.text(draft.name(), "name", 100, true);
		String description = problems.text(draft.description(), "description", 4000, false);
		Frequency frequency = draft.frequency() == null ? Frequency.MONTHLY
				: problems.choice(Frequency.class, draft.frequency(), "frequency", true);
		if (frequency == Frequency.DAILY) {
			problems.add("frequency", "the index is computed for weeks, months, quarters or years, not days");
		}
		List<CompositeDraft.Component> drafts = draft.components() == null ? List.of() : draft.components();
		if (drafts.isEmpty() || drafts.size() > MOST_COMPONENTS) {
			problems.add("components", "name 1 to " + MOST_COMPONENTS + " indicators");
		}
		Map<IndicatorCode, IndicatorPlan> plans = indicators.plans(drafts.stream()
			.filter(component -> component != null && IndicatorCode.isValid(component.indicator()))
			.map(component -> IndicatorCode.of(component.indicator()))
			.toList());
		List<CompositeDefinition.Component> components = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < drafts.size(); i++) {
			String field = "components[" + i + "]";
			CompositeDraft.Component component = drafts.get(i) == null ? new CompositeDraft.Component(null, null, null)
					: drafts.get(i);
			IndicatorPlan plan = plan(component.indicator(), plans, seen, stored, field + ".indicator", problems);
			Double weight = component.weight();
			if (weight == null || !(weight > 0) || weight.isInfinite()) {
				problems.add(field + ".weight", "is required: a positive number");
			}
			Normalisation normalisation = plan == null ? null
					: Scales.read(component.normalisation(), plan, field + ".normalisation", problems);
			if (plan != null && weight != null && normalisation != null) {
				components.add(new CompositeDefinition.Component(plan.code(), weight, normalisation));
			}
		}
		problems.throwIfAny("Invalid composite index definition");
		return new CompositeDefinition(name, description, frequency, components);
	}

	private static IndicatorPlan plan(String code, Map<IndicatorCode, IndicatorPlan> plans, Set<String> seen,
			boolean stored, String field, Violations problems) {
		if (!IndicatorCode.isValid(code)) {
			problems.add(field, "'" + code + "' is not an indicator code: " + IndicatorCode.FORM);
			return null;
		}
		IndicatorPlan plan = plans.get(IndicatorCode.of(code));
		if (plan == null) {
			problems.add(field, "the registry has no indicator " + code);
		}
		else if (plan.retired() && !stored) {
			problems.add(field, "the indicator " + code + " is retired (停用)");
		}
		else if (!seen.add(code)) {
			problems.add(field, "the indicator " + code + " is listed twice");
		}
		else {
			return plan;
		}
		return null;
	}

	/** Reads a scale into a normalisation that fits the indicator's direction. */
	private static final class Scales {

		static Normalisation read(CompositeDraft.Scale scale, IndicatorPlan plan, String field, Violations problems) {
			if (scale == null) {
				problems.add(field, "is required: {method: MIN_MAX | TARGET | BAND, …}");
				return null;
			}
			boolean band = plan.direction() == Direction.TARGET_BAND;
			return switch (scale.method() == null ? "" : scale.method()) {
				case "MIN_MAX" -> band ? wrong(field, plan, "BAND", problems)
						: ordered(scale.min(), scale.max(), field + ".max", "must be above min", problems)
								? new Normalisation.MinMax(scale.min(), scale.max(), plan.direction()) : null;
				case "TARGET" -> band ? wrong(field, plan, "BAND", problems) : target(scale, plan, field, problems);
				case "BAND" -> band ? band(scale, plan, field, problems) : wrong(field, plan, "MIN_MAX or TARGET",
						problems);
				default -> {
					problems.add(field + ".method", "'" + scale.method() + "' is not one of MIN_MAX, TARGET, BAND");
					yield null;
				}
			};
		}

		private static Normalisation target(CompositeDraft.Scale scale, IndicatorPlan plan, String field,
				Violations problems) {
			Double target = scale.target() != null ? scale.target() : plan.target();
			boolean higherBetter = plan.direction() == Direction.HIGHER_BETTER;
			if (target == null) {
				problems.add(field + ".target", "is required: the indicator " + plan.code() + " has no target");
				return null;
			}
			return (higherBetter ? ordered(scale.worst(), target, field + ".worst", "must lie below the target for "
					+ "a higher-better indicator", problems)
					: ordered(target, scale.worst(), field + ".worst", "must lie above the target for a higher-worse "
							+ "indicator", problems))
					? new Normalisation.Target(target, scale.worst()) : null;
		}

		private static Normalisation band(CompositeDraft.Scale scale, IndicatorPlan plan, String field,
				Violations problems) {
			Double low = scale.low() != null ? scale.low() : plan.targetBand().min();
			Double high = scale.high() != null ? scale.high() : plan.targetBand().max();
			if (!ordered(low, high, field + ".high", "must lie above low", problems)) {
				return null;
			}
			if (scale.tolerance() == null || !(scale.tolerance() > 0) || scale.tolerance().isInfinite()) {
				problems.add(field + ".tolerance", "is required: a positive number");
				return null;
			}
			return new Normalisation.Band(low, high, scale.tolerance());
		}

		/** Whether both bounds are given and finite and {@code lower < upper}; otherwise a problem. */
		private static boolean ordered(Double lower, Double upper, String field, String message,
				Violations problems) {
			if (lower == null || upper == null || lower.isInfinite() || upper.isInfinite() || lower.isNaN()
					|| upper.isNaN()) {
				problems.add(field, "both bounds are required");
				return false;
			}
			if (!(lower < upper)) {
				problems.add(field, message);
				return false;
			}
			return true;
		}

		private static Normalisation wrong(String field, IndicatorPlan plan, String fits, Violations problems) {
			problems.add(field + ".method", "the indicator " + plan.code() + " is " + plan.direction()
					+ ": normalise it with " + fits);
			return null;
		}
	}
}
