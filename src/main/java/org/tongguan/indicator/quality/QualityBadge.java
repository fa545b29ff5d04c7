package org.tongguan.indicator.quality;

import java.time.Instant;

/**
 * 数据质量徽章 — how good an indicator's values in one region are over the periods due in its window, each dimension
 * from 0 to 1; the rules are in docs/indicators.md.
 *
 * @param badge A (score ≥ 0.9), B (≥ 0.75), C (≥ 0.6) or D
 * @param score the mean of the four dimensions
 * @param completeness 完整性: the due periods with a value, of the due periods
 * @param timeliness 时效性: the values whose first revision arrived within the expected delay after their period
 * @param validity 准确性: the values within the indicator's valid range
 * @param consistency 一致性: the values never corrected (revision 1)
 * @param periods the due periods of the window
 * @param asOf when the badge was computed
 */
public record QualityBadge(String badge, double score, double completeness, double timeliness, double validity,
		double consistency, int periods, Instant asOf) {

	/** The badge of the four dimensions, each and the score rounded to 0.01. */
	static QualityBadge of(double completeness, double timeliness, double validity, double consistency, int periods,
			Instant asOf) {
		double score = round((completeness + timeliness + validity + consistency) / 4);
		String badge = score >= 0.9 ? "A" : score >= 0.75 ? "B" : score >= 0.6 ? "C" : "D";
		return new QualityBadge(badge, score, round(completeness), round(timeliness), round(validity),
				round(consistency), periods, asOf);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
