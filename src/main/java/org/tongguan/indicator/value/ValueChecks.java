package org.tongguan.indicator.value;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.internal.LineProblems;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.OutOfScopeException;
import org.tongguan.shared.Violation;
import org.tongguan.shared.Violations;

/**
 * Checks a batch of values whole before anything is stored: each names a registered, unretired indicator, a region
 * of the platform at the indicator's level or above, a period of the indicator's frequency that has begun, and a
 * finite value in the indicator's valid range, and no two name the same indicator, region and period. A value its
 * sender may not write (another source's indicator, a region outside its scope) refuses the batch with 403, any
 * other problem with 400; every problem names its line.
 */
@Component
class ValueChecks {

	private final Indicators indicators;

	private final Regions regions;

	private final Clock clock;

	ValueChecks(Indicators indicators, Regions regions, Clock clock) {
		this.indicators = indicators;
		this.regions = regions;
		this.clock = clock;
	}

	/** The values of a batch without problems. */
	List<CheckedValue> check(List<ValueLine> lines, Sender sender) {
		if (lines.isEmpty()) {
			throw new InvalidInputException("values", "the batch holds no value");
		}
		Set<String> codes = new HashSet<>();
		lines.stream().map(ValueLine::draft).filter(Objects::nonNull).forEach(draft -> codes.add(draft.indicator()));
		Map<IndicatorCode, IndicatorPlan> plans = indicators.plans(codes.stream()
			.filter(IndicatorCode::isValid)
			.map(IndicatorCode::of)
			.toList());
		Batch batch = new Batch(plans, LocalDate.now(clock));
		List<CheckedValue> checked = new ArrayList<>();
		for (ValueLine line : lines) {
			Violations problems = new Violations();
			CheckedValue value = line.problem() != null ? problem(problems, line.problem())
					: batch.check(line, problems);
			if (value != null) {
				sender.refusal()
					.of(plans.get(value.indicator()), value.region())
					.ifPresent(reason -> batch.refused.add(new Violation("line " + line.line(), line.item()
							+ reason)));
				checked.add(value);
			}
			if (!problems.isEmpty()) {
				batch.invalid.addAll(LineProblems.of(line.line(), line.item(), problems));
			}
		}
		if (!batch.refused.isEmpty()) {
			throw new OutOfScopeException("The batch writes values its sender may not write; nothing was stored",
					batch.refused);
		}
		if (!batch.invalid.isEmpty()) {
			throw new InvalidInputException("The batch has " + batch.invalid.size() + " problems; nothing was "
					+ "stored", batch.invalid);
		}
		return checked;
	}

	private static CheckedValue problem(Violations problems, String problem) {
		problems.add("", problem);
		return null;
	}

	/** What makes a value one of its kind in a batch. */
	private record Key(IndicatorCode indicator, RegionCode region, LocalDate start) {
	}

	/** The plans, regions, periods and keys one batch has met so far, and its problems. */
	private final class Batch {

		private final Map<String, IndicatorPlan> plans = new HashMap<>();

		private final LocalDate today;

		private final Map<String, Optional<Region>> regionsByCode = new HashMap<>();

		private final Map<Frequency, Map<String, Period>> periods = new EnumMap<>(Frequency.class);

		private final Map<Key, Integer> keys = new HashMap<>();

		private final List<Violation> invalid = new ArrayList<>();

		private final List<Violation> refused = new ArrayList<>();

		Batch(Map<IndicatorCode, IndicatorPlan> plans, LocalDate today) {
			plans.forEach((code, plan) -> this.plans.put(code.value(), plan));
			this.today = today;
		}

		CheckedValue check(ValueLine line, Violations problems) {
			ValueDraft draft = line.draft();
			IndicatorPlan plan = plan(draft.indicator(), problems);
			Region region = region(draft.region(), plan, problems);
			Period period = plan == null ? null : period(draft.period(), plan, problems);
			Double value = value(draft.value(), plan, problems);
			if (!problems.isEmpty() || plan == null || region == null || period == null) {
				return null;
			}
			Integer first = keys.putIfAbsent(new Key(plan.code(), region.code(), period.start()), line.line());
			if (first != null) {
				problems.add("period", "line " + first + " gives a value for the same indicator, region and period");
				return null;
			}
			return new CheckedValue(plan.code(), region.code(), period, value);
		}

		private IndicatorPlan plan(String code, Violations problems) {
			IndicatorPlan plan = code == null ? null : plans.get(code);
			if (code == null || code.isBlank()) {
				problems.add("indicator", "is required");
			}
			else if (plan == null) {
				problems.add("indicator", "the registry has no indicator '" + code + "'");
			}
			else if (plan.retired()) {
				problems.add("indicator", code + " is retired and takes no new values");
				return null;
			}
			return plan;
		}

		private Region region(String code, IndicatorPlan plan, Violations problems) {
			if (code == null || code.isBlank()) {
				problems.add("region", "is required");
				return null;
			}
			Optional<Region> region = regionsByCode.computeIfAbsent(code,
					text -> RegionCode.isValid(text) ? regions.find(RegionCode.of(text))
							: Optional.empty());
			if (region.isEmpty()) {
				problems.add("region", "the platform has no region '" + code + "'");
				return null;
			}
			if (plan != null && region.get().level().compareTo(plan.level()) > 0) {
				problems.add("region", code + " is a " + region.get().level() + "; " + plan.code()
						+ " is published down to " + plan.level());
				return null;
			}
			return region.get();
		}

		private Period period(String text, IndicatorPlan plan, Violations problems) {
			if (text == null || text.isBlank()) {
				problems.add("period", "is required: " + plan.frequency().form());
				return null;
			}
			Map<String, Period> known = periods.computeIfAbsent(plan.frequency(), frequency -> new HashMap<>());
			Period period = known.get(text);
			if (period == null) {
				period = PlanPeriods.read(plan, text, "period", problems);
				if (period != null) {
					known.put(text, period);
				}
			}
			if (period != null && period.start().isAfter(today)) {
				problems.add("period", period + " has not begun yet");
				return null;
			}
			return period;
		}

		private Double value(Double value, IndicatorPlan plan, Violations problems) {
			if (value == null) {
				problems.add("value", "is required");
			}
			else if (!Double.isFinite(value)) {
				problems.add("value", "must be a finite number");
			}
			else if (plan != null && !plan.validRange().contains(value)) {
				problems.add("value", value + " lies outside " + plan.code() + "'s valid range "
						+ plan.validRange().text());
			}
			return value;
		}
	}
}
