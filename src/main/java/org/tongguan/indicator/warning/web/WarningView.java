package org.tongguan.indicator.warning.web;

import java.time.Instant;

import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.warning.IndicatorWarning;
import org.tongguan.indicator.warning.Warnings.Shown;

/**
 * A warning as the API answers it.
 *
 * @param id its number
 * @param indicator its indicator
 * @param region its region
 * @param period the period whose value (or, for lateness, missing value) raised it last
 * @param kind BAND, CHANGE_PREVIOUS, CHANGE_YEAR, TARGET_GAP or LATE
 * @param level BLUE, YELLOW, ORANGE or RED
 * @param value the value that warns, absent for lateness
 * @param bound the bound it passed, in the indicator's unit, absent for lateness
 * @param message the warning in words
 * @param department the code of the department it goes to
 * @param state ACTIVE, ACKNOWLEDGED or CLEARED
 * @param raisedAt when it was raised
 * @param acknowledgedAt when it was acknowledged
 * @param acknowledgedBy who acknowledged it
 * @param acknowledgementNote their note
 * @param clearedAt when it cleared
 * @param clearing why it cleared
 * @param caseId the case it opened, absent until case handling took it
 * @param caseNumber that case's number
 */
record WarningView(long id, IndicatorRef indicator, RegionRef region, String period, String kind, String level,
		Double value, Double bound, String message, String department, String state, Instant raisedAt,
		Instant acknowledgedAt, String acknowledgedBy, String acknowledgementNote, Instant clearedAt,
		String clearing, String caseId, String caseNumber) {

	static WarningView of(Shown shown) {
		IndicatorWarning warning = shown.warning();
		IndicatorPlan plan = shown.plan();
		return new WarningView(warning.id(), new IndicatorRef(plan.code().value(), plan.name(), plan.unit(),
				plan.grade().name(), plan.highFrequency()), new RegionRef(warning.region().value(), shown.regionName()),
				new Period(plan.frequency(), warning.periodStart()).text(), warning.kind().name(),
				warning.level().name(), warning.value(), warning.bound(), warning.message(),
				warning.department().value(), warning.state().name(), warning.raisedAt(), warning.acknowledgedAt(),
				warning.acknowledgedBy(), warning.acknowledgementNote(), warning.clearedAt(), warning.clearing(),
				warning.caseId() == null ? null : warning.caseId().toString(), warning.caseNumber());
	}

	/**
	 * The indicator of a warning.
	 *
	 * @param code its code
	 * @param name its name
	 * @param unit its unit
	 * @param grade its access grade
	 * @param highFrequency whether it is a high-frequency indicator
	 */
	record IndicatorRef(String code, String name, String unit, String grade, boolean highFrequency) {
	}

	/**
	 * The region of a warning.
	 *
	 * @param code its code
	 * @param name its name
	 */
	record RegionRef(String code, String name) {
	}
}
