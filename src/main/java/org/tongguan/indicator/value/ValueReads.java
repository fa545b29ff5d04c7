package org.tongguan.indicator.value;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.IndicatorValue;
import org.tongguan.indicator.Indicators;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.internal.IndicatorProperties;
import org.tongguan.indicator.value.ValueStore.Selection;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.Violations;

/**
 * Reads values for a caller: only of indicators its access grade admits (others answer 404 like unknown ones), and
 * only for regions within its data scope (naming one outside answers 403; otherwise those are left out).
 */
@Service
public class ValueReads {

	/** The most regions one read may name. */
	static final int MOST_REGIONS = 500;

	private final Indicators indicators;

	private final ValueStore store;

	private final Regions regions;

	private final Callers callers;

	private final IndicatorProperties properties;

	ValueReads(Indicators indicators, ValueStore store, Regions regions, Callers callers,
			IndicatorProperties properties) {
		this.indicators = indicators;
		this.store = store;
		this.regions = regions;
		this.callers = callers;
		this.properties = properties;
	}

	/**
	 * An indicator's values by region and period.
	 *
	 * @param regionCodes the regions asked for; none for every region in the caller's scope
	 * @param from the first period, {@code null} for the earliest
	 * @param to the last period, {@code null} for the latest
	 * @param asOf the instant whose knowledge is asked for, {@code null} for the current values
	 */
	public Series series(IndicatorCode code, List<String> regionCodes, String from, String to, Instant asOf,
			Caller caller) {
		IndicatorPlan plan = plan(code, caller);
		Violations problems = new Violations();
		if (regionCodes.size() > MOST_REGIONS) {
			problems.add("region", "name at most " + MOST_REGIONS + " regions");
		}
		List<RegionCode> asked = regionCodes.stream().map(text -> region(text, "region", problems)).toList();
		Period first = PlanPeriods.read(plan, from, "from", problems);
		Period last = PlanPeriods.read(plan, to, "to", problems);
		if (first != null && last != null && first.start().isAfter(last.start())) {
			problems.add("to", "must not lie before from");
		}
		problems.throwIfAny("Invalid series request");
		asked.forEach(region -> callers.requireScope(caller, region));
		List<IndicatorValue> values = store.series(plan, new Selection(asked, caller.scope(), first, last), asOf,
				properties.maxSeriesValues() + 1);
		if (values.size() > properties.maxSeriesValues()) {
			throw new InvalidInputException("from", "the read would answer more than " + properties.maxSeriesValues()
					+ " values; name fewer regions or a shorter span of periods");
		}
		return new Series(plan, asOf, values);
	}

	/** Every revision of one value of an indicator, the first first. */
	public List<ValueRevision> revisions(IndicatorCode code, String regionCode, String periodText, Caller caller) {
		IndicatorPlan plan = plan(code, caller);
		Violations problems = new Violations();
		RegionCode region = region(regionCode, "region", problems);
		Period period = periodText == null ? null : PlanPeriods.read(plan, periodText, "period", problems);
		if (period == null) {
			problems.add("period", "is required: " + plan.frequency().form());
		}
		problems.throwIfAny("Invalid revisions request");
		callers.requireScope(caller, region);
		return store.revisions(plan, region, period);
	}

	private IndicatorPlan plan(IndicatorCode code, Caller caller) {
		return indicators.readable(code, caller)
			.orElseThrow(() -> new NotFoundException("The registry has no indicator " + code + " you may see"));
	}

	private RegionCode region(String text, String field, Violations problems) {
		if (text == null || !RegionCode.isValid(text.strip())
				|| regions.find(RegionCode.of(text.strip())).isEmpty()) {
			problems.add(field, "the platform has no region '" + text + "'");
			return null;
		}
		return RegionCode.of(text.strip());
	}

	/**
	 * An indicator's values as a read answers them.
	 *
	 * @param plan the indicator's current plan
	 * @param asOf the instant asked for, {@code null} for the current values
	 * @param values the values by region and period
	 */
	public record Series(IndicatorPlan plan, Instant asOf, List<IndicatorValue> values) {
	}
}
