package org.tongguan.indicator.composite;

import java.util.List;

import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Period;
import org.tongguan.region.Region;

/**
 * 城市运行指数 for one region and period: the index from 0 to 100 and what each indicator contributed.
 *
 * @param name the index's name
 * @param region the region
 * @param period the period
 * @param index the weighted mean of the present indicators' scores, {@code null} when none is present
 * @param coverage the share of the weights whose indicators are present (1 when all are)
 * @param reweighted whether indicators were missing, so the present ones' weights were scaled up to fill theirs
 * @param hidden how many of the index's indicators the caller may not see: left out like missing ones, unnamed
 * @param contributions each indicator the caller may see, in the definition's order
 */
public record CompositeResult(String name, Region region, Period period, Double index, double coverage,
		boolean reweighted, int hidden, List<Contribution> contributions) {

	/**
	 * One indicator's part.
	 *
	 * @param plan its current plan
	 * @param weight its weight as defined
	 * @param effectiveWeight its share of the present weights (0 when missing); the contributions add up to the index
	 * @param value its value for the period, {@code null} when missing
	 * @param from the periods of its own frequency the value stands for (one, or those averaged), empty when missing
	 * @param normalized its score from 0 to 100, {@code null} when missing
	 * @param contribution {@code effectiveWeight × normalized}, {@code null} when missing
	 */
	public record Contribution(IndicatorPlan plan, double weight, double effectiveWeight, Double value,
			List<Period> from, Double normalized, Double contribution) {
	}
}
