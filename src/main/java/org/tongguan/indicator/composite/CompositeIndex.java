package org.tongguan.indicator.composite;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.composite.CompositeDefinition.Component;
import org.tongguan.indicator.composite.ComponentValues.Found;
import org.tongguan.indicator.internal.ScopeRegions;
import org.tongguan.region.Region;
import org.tongguan.region.Regions;
import org.tongguan.shared.PlatformProperties;
import org.tongguan.shared.Violations;

/**
 * Computes 城市运行指数 for a region and period: each indicator's value (see {@link ComponentValues}) scored from 0 to
 * 100 by its normalisation, weighted; indicators without a value, not published for the region's level, or hidden
 * from the caller by their access grade are left out and the present ones' weights scaled up to fill theirs (the
 * answer says so, with the share of the weights present).
 */
@Service
public class CompositeIndex {

	private final CompositeEditor definitions;

	private final ComponentValues values;

	private final Indicators indicators;

	private final Regions regions;

	private final Callers callers;

	private final PlatformProperties platform;

	private final Clock clock;

	CompositeIndex(CompositeEditor definitions, ComponentValues values, Indicators indicators, Regions regions,
			Callers callers, PlatformProperties platform, Clock clock) {
		this.definitions = definitions;
		this.values = values;
		this.indicators = indicators;
		this.regions = regions;
		this.callers = callers;
		this.platform = platform;
		this.clock = clock;
	}

	/**
	 * The index for the caller.
	 *
	 * @param regionText the region; the caller's data scope when absent
	 * @param periodText a period of the index's frequency, e.g. {@code 2026-11}; the last one ended when absent
	 */
	public CompositeResult compute(String regionText, String periodText, Caller caller) {
		CompositeDefinition definition = definitions.current();
		Violations problems = new Violations();
		Region region = ScopeRegions.read(regions, regionText, caller, problems);
		Period period = period(definition, periodText, problems);
		problems.throwIfAny("Invalid composite index request");
		callers.requireScope(caller, region.code());
		Map<IndicatorCode, IndicatorPlan> plans = indicators.plans(definition.components().stream()
			.map(Component::indicator).toList());
		double total = 0;
		double present = 0;
		int hidden = 0;
		List<Part> parts = new ArrayList<>();
		for (Component component : definition.components()) {
			total += component.weight();
			IndicatorPlan plan = plans.get(component.indicator());
			if (!plan.grade().admits(caller, plan)) {
				hidden++;
				continue;
			}
			Optional<Found> found = plan.level().ordinal() < region.level().ordinal() ? Optional.empty()
					: values.value(plan, region.code(), period);
			if (found.isPresent()) {
				present += component.weight();
			}
			parts.add(new Part(component, plan, found.orElse(null)));
		}
		double weights = present;
		List<CompositeResult.Contribution> contributions = parts.stream().map(part -> part.contribution(weights))
			.toList();
		Double index = present == 0 ? null : contributions.stream()
			.filter(contribution -> contribution.contribution() != null)
			.mapToDouble(CompositeResult.Contribution::contribution)
			.sum();
		return new CompositeResult(definition.name(), region, period, index, present / total, present < total,
				hidden, contributions);
	}

	private Period period(CompositeDefinition definition, String text, Violations problems) {
		if (text == null || text.isBlank()) {
			LocalDate current = definition.frequency().start(LocalDate.now(clock.withZone(platform.zone())));
			return new Period(definition.frequency(), definition.frequency().start(current.minusDays(1)));
		}
		try {
			return Period.parse(definition.frequency(), text.strip());
		}
		catch (IllegalArgumentException e) {
			problems.add("period", e.getMessage());
			return null;
		}
	}

	/** One component with its plan and value, if present. */
	private record Part(Component component, IndicatorPlan plan, Found found) {

		CompositeResult.Contribution contribution(double presentWeights) {
			if (found == null) {
				return new CompositeResult.Contribution(plan, component.weight(), 0, null, List.of(), null, null);
			}
			double share = component.weight() / presentWeights;
			double score = component.normalisation().score(found.value());
			return new CompositeResult.Contribution(plan, component.weight(), share, found.value(), found.periods(),
					score, share * score);
		}
	}
}
