package org.tongguan.indicator.value;

import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Period;
import org.tongguan.shared.Violations;

/** Reads the periods a request names in the form of an indicator's frequency. */
public final class PlanPeriods {

	private PlanPeriods() {
	}

	/** The period the text writes; {@code null} when blank, or (with a problem) when not of the frequency's form. */
	public static Period read(IndicatorPlan plan, String text, String field, Violations problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Period.parse(plan.frequency(), text);
		}
		catch (IllegalArgumentException e) {
			problems.add(field, e.getMessage() + ": " + plan.code() + " is published " + plan.frequency());
			return null;
		}
	}
}
