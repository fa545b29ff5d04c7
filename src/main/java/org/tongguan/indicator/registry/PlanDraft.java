package org.tongguan.indicator.registry;

import java.util.List;

import org.tongguan.indicator.FrameworkReference;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.ThresholdLevel;

/**
 * An indicator's plan as clients write and read it: the body of a create or revise, one item of a registry import or
 * export (JSON, and one CSV row), and the stored form of each version. Enumerations are their names, the expected
 * delay an ISO-8601 duration ({@code P15D}, {@code PT6H}).
 *
 * @param code the hierarchical code, e.g. {@code L3P2-A15}
 * @param name the name
 * @param definition what it measures (指标定义)
 * @param caliber the statistical caliber (统计口径)
 * @param method the formula or method (计算方法)
 * @param unit the unit
 * @param direction HIGHER_BETTER, HIGHER_WORSE or TARGET_BAND
 * @param indicatorClass PEOPLE (人), ENTERPRISE (企), CITY (城) or GOVERNMENT (政)
 * @param domain one of the fifteen domains, e.g. ENVIRONMENT
 * @param level the finest region level it is published for: PROVINCE, CITY, DISTRICT, STREET, COMMUNITY or GRID
 * @param frequency DAILY, WEEKLY, MONTHLY, QUARTERLY or YEARLY
 * @param expectedDelay how long after its period a value is expected, ISO-8601, e.g. {@code P15D}
 * @param sourceDepartment the code of the department owning the data (一数一源)
 * @param sourceSystem the source system's name, as its API key is named
 * @param responsibleDepartment the code of the department answerable for it
 * @param references where it appears in reference frameworks
 * @param grade PUBLIC, INTERNAL, RESTRICTED or LEADERS
 * @param highFrequency whether it is a high-frequency indicator (default false)
 * @param min the smallest valid value, absent for none
 * @param max the largest valid value, absent for none
 * @param target the target for HIGHER_BETTER or HIGHER_WORSE, absent for none
 * @param targetLow the lower end of the target band (TARGET_BAND only, required there)
 * @param targetHigh the upper end of the target band (TARGET_BAND only, required there)
 * @param thresholds the warning levels with their bounds
 * @param hysteresis how far a value must recover past a bound to leave its level (default 0)
 * @param previousChange the largest change against the previous period (环比) before it warns, in percent, absent
 *        for none
 * @param yearChange the largest change against the same period a year before (同比), in percent, absent for none
 * @param targetGap the largest gap to the target before it warns, in percent of the target, absent for none
 * @param responsePlan what is done when it warns (应对预案)
 * @param retired whether it is no longer published (default false)
 * @param note why this version was made; kept with the version, not part of the plan
 */
public record PlanDraft(String code, String name, String definition, String caliber, String method, String unit,
		String direction, String indicatorClass, String domain, String level, String frequency, String expectedDelay,
		String sourceDepartment, String sourceSystem, String responsibleDepartment, List<Reference> references,
		String grade, Boolean highFrequency, Double min, Double max, Double target, Double targetLow,
		Double targetHigh, List<Threshold> thresholds, Double hysteresis, Double previousChange, Double yearChange,
		Double targetGap, String responsePlan, Boolean retired, String note) {

	/** The plan as it is written, without a note. */
	public static PlanDraft of(IndicatorPlan plan) {
		return new PlanDraft(plan.code().value(), plan.name(), plan.definition(), plan.caliber(), plan.method(),
				plan.unit(), plan.direction().name(), plan.indicatorClass().name(), plan.domain().name(),
				plan.level().name(), plan.frequency().name(), Delays.text(plan.expectedDelay()),
				plan.source().department().value(), plan.source().system(), plan.responsibleDepartment().value(),
				plan.references().stream().map(Reference::of).toList(), plan.grade().name(), plan.highFrequency(),
				plan.validRange().min(), plan.validRange().max(), plan.target(), plan.targetBand().min(),
				plan.targetBand().max(), plan.thresholds().levels().stream().map(Threshold::of).toList(),
				plan.thresholds().hysteresis(), plan.thresholds().previousChange(), plan.thresholds().yearChange(),
				plan.thresholds().targetGap(), plan.responsePlan(), plan.retired(), null);
	}

	/** The same plan with another code (a revise names the code in its path). */
	PlanDraft withCode(String other) {
		return with(other, retired, note);
	}

	/** The same plan, retired, with a note saying why. */
	PlanDraft retired(String why) {
		return with(code, true, why);
	}

	private PlanDraft with(String otherCode, Boolean otherRetired, String otherNote) {
		return new PlanDraft(otherCode, name, definition, caliber, method, unit, direction, indicatorClass, domain,
				level, frequency, expectedDelay, sourceDepartment, sourceSystem, responsibleDepartment, references,
				grade, highFrequency, min, max, target, targetLow, targetHigh, thresholds, hysteresis, previousChange,
				yearChange, targetGap, responsePlan, otherRetired, otherNote);
	}

	/**
	 * A mapping to a reference framework.
	 *
	 * @param framework ISO_37120, ISO_37122, ISO_37123, CITY_CHECKUP or GB_T_33356
	 * @param clause the framework's clause or indicator number, e.g. {@code 8.1}
	 */
	public record Reference(String framework, String clause) {

		static Reference of(FrameworkReference reference) {
			return new Reference(reference.framework().name(), reference.clause());
		}
	}

	/**
	 * One warning level: a value at or below {@code below}, or at or above {@code above}, reaches it.
	 *
	 * @param level BLUE, YELLOW, ORANGE or RED
	 * @param below the bound from below (HIGHER_BETTER, TARGET_BAND)
	 * @param above the bound from above (HIGHER_WORSE, TARGET_BAND)
	 */
	public record Threshold(String level, Double below, Double above) {

		static Threshold of(ThresholdLevel level) {
			return new Threshold(level.level().name(), level.below(), level.above());
		}
	}
}
