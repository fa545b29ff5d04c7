package org.tongguan.indicator.composite;

import java.util.List;

/**
 * The composite index's definition as clients write it, the body of a replace and its stored form.
 *
 * @param name its name, e.g. 城市运行指数
 * @param description what it measures and how, for readers of the index
 * @param frequency the periods it is computed for: WEEKLY, MONTHLY, QUARTERLY or YEARLY (default MONTHLY)
 * @param components its indicators with their weights and normalisation
 */
public record CompositeDraft(String name, String description, String frequency, List<Component> components) {

	/**
	 * One indicator of the index.
	 *
	 * @param indicator the indicator's code
	 * @param weight its weight, positive; weights are relative (they need not add up to anything)
	 * @param normalisation how its value becomes a score from 0 to 100
	 */
	public record Component(String indicator, Double weight, Scale normalisation) {
	}

	/**
	 * How a value becomes a score from 0 (worst) to 100 (best), in the indicator's direction.
	 *
	 * @param method MIN_MAX (linear between {@code min} and {@code max}), TARGET (100 at {@code target} or better,
	 *        0 at {@code worst} or worse) or BAND (100 within {@code low}–{@code high}, 0 at {@code tolerance}
	 *        outside; TARGET_BAND indicators)
	 * @param min MIN_MAX: the value scoring 0 (higher better) or 100 (higher worse)
	 * @param max MIN_MAX: the value scoring 100 (higher better) or 0 (higher worse)
	 * @param target TARGET: the value scoring 100; the indicator's own target when absent
	 * @param worst TARGET: the value scoring 0
	 * @param low BAND: the band's lower end; the indicator's target band when absent
	 * @param high BAND: the band's upper end
	 * @param tolerance BAND: how far outside the band a value scores 0
	 */
	public record Scale(String method, Double min, Double max, Double target, Double worst, Double low, Double high,
			Double tolerance) {
	}
}
