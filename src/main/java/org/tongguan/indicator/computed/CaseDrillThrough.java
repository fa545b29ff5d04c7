package org.tongguan.indicator.computed;

import java.time.ZoneId;

import org.springframework.stereotype.Service;
import org.tongguan.casework.CaseLists;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.value.PlanPeriods;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.PlatformProperties;
import org.tongguan.shared.Violations;

/**
 * 下钻 — the cases behind a case-based value: the cases reported in the value's period within its region (of the
 * indicator's channel, when it has one), as the case list shows them and within the caller's data scope. For a count
 * by report time (上报量, a channel's 上报数) they are exactly the cases the value counts; for the other figures (立案数,
 * rates, handling times) they are the period's reported cases, the population the figure is read over, not its exact
 * denominator. Indicators counted over a 大类 have none: the case list does not narrow to a category prefix.
 */
@Service
public class CaseDrillThrough {

	private final Indicators indicators;

	private final ComputedIndicators computed;

	private final Regions regions;

	private final Callers callers;

	private final CaseLists lists;

	private final ZoneId zone;

	CaseDrillThrough(Indicators indicators, ComputedIndicators computed, Regions regions, Callers callers,
			CaseLists lists, PlatformProperties platform) {
		this.indicators = indicators;
		this.computed = computed;
		this.regions = regions;
		this.callers = callers;
		this.lists = lists;
		this.zone = platform.zone();
	}

	/**
	 * One page of the cases behind the indicator's value for the region and period.
	 *
	 * @throws NotFoundException for an indicator the caller may not see or that is not computed from cases
	 */
	public Cases cases(IndicatorCode code, String regionText, String periodText, int page, int size, Caller caller) {
		IndicatorPlan plan = indicators.readable(code, caller)
			.orElseThrow(() -> new NotFoundException("The registry has no indicator " + code + " you may see"));
		CaseBasis basis = computed.caseBasis(code)
			.filter(found -> found.category() == null)
			.orElseThrow(() -> new NotFoundException(code + " is not computed from cases one can list"));
		Violations problems = new Violations();
		RegionCode region = region(regionText, plan, problems);
		Period period = period(periodText, plan, problems);
		problems.throwIfAny("Invalid drill-through request");
		callers.requireScope(caller, region);
		CaseLists.Page found = lists.reported(region, basis.channel(), period.start().atStartOfDay(zone).toInstant(),
				period.end().atStartOfDay(zone).toInstant(), page, size);
		return new Cases(plan.code().value(), region.value(), period.text(), found);
	}

	private RegionCode region(String text, IndicatorPlan plan, Violations problems) {
		Region region = text == null || !RegionCode.isValid(text.strip()) ? null
				: regions.find(RegionCode.of(text.strip())).orElse(null);
		if (region == null) {
			problems.add("region", "the platform has no region '" + text + "'");
			return null;
		}
		if (region.level().compareTo(plan.level()) > 0) {
			problems.add("region", region.code() + " is a " + region.level() + "; " + plan.code()
					+ " is published down to " + plan.level());
		}
		return region.code();
	}

	private static Period period(String text, IndicatorPlan plan, Violations problems) {
		Period period = PlanPeriods.read(plan, text, "period", problems);
		if (period == null && (text == null || text.isBlank())) {
			problems.add("period", "is required: " + plan.frequency().form());
		}
		return period;
	}

	/**
	 * The cases behind one value.
	 *
	 * @param indicator the indicator's code
	 * @param region the region's code
	 * @param period the period as written
	 * @param page the page of cases
	 */
	public record Cases(String indicator, String region, String period, CaseLists.Page page) {
	}
}
