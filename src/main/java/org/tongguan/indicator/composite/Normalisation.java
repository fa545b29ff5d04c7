package org.tongguan.indicator.composite;

import org.tongguan.indicator.Direction;

/** How a component's value becomes a score from 0 (worst) to 100 (best), in its indicator's direction. */
sealed interface Normalisation {

	/** The value's score, from 0 to 100. */
	double score(double value);

	/** The draft form of this normalisation. */
	CompositeDraft.Scale draft();

	private static double clamp(double score) {
		return Math.max(0, Math.min(100, score));
	}

	/**
	 * Linear between two bounds: for higher-better indicators {@code min} scores 0 and {@code max} 100, for
	 * higher-worse ones the other way around; values beyond score 0 or 100.
	 */
	record MinMax(double min, double max, Direction direction) implements Normalisation {

		@Override
		public double score(double value) {
			double share = (value - min) / (max - min);
			return clamp(100 * (direction == Direction.HIGHER_WORSE ? 1 - share : share));
		}

		@Override
		public CompositeDraft.Scale draft() {
			return new CompositeDraft.Scale("MIN_MAX", min, max, null, null, null, null, null);
		}
	}

	/** Against a target: 100 at the target or better, 0 at {@code worst} or worse, linear between. */
	record Target(double target, double worst) implements Normalisation {

		@Override
		public double score(double value) {
			return clamp(100 * (value - worst) / (target - worst));
		}

		@Override
		public CompositeDraft.Scale draft() {
			return new CompositeDraft.Scale("TARGET", null, null, target, worst, null, null, null);
		}
	}

	/** Within a band: 100 from {@code low} to {@code high}, falling linearly to 0 at {@code tolerance} outside. */
	record Band(double low, double high, double tolerance) implements Normalisation {

		@Override
		public double score(double value) {
			double outside = value < low ? low - value : value > high ? value - high : 0;
			return clamp(100 * (1 - outside / tolerance));
		}

		@Override
		public CompositeDraft.Scale draft() {
			return new CompositeDraft.Scale("BAND", null, null, null, null, low, high, tolerance);
		}
	}
}
