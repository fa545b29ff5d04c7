package org.tongguan.indicator.registry;

import org.tongguan.indicator.Direction;
import org.tongguan.indicator.ValueRange;
import org.tongguan.shared.Violations;

/**
 * Reads a plan's valid range and target: a one-sided direction may have a target value, a target band
 * ({@link Direction#TARGET_BAND}) must have its two ends; both lie in the valid range.
 */
final class Targets {

	private Targets() {
	}

	/** The range from {@code min} to {@code max}, either absent; {@link ValueRange#ANY} (and a problem) if wrong. */
	static ValueRange range(Double min, Double max, String minField, String maxField, Violations problems) {
		boolean finite = finite(min, minField, problems) & finite(max, maxField, problems);
		if (finite && min != null && max != null && min > max) {
			problems.add(maxField, "must not be less than " + minField + " (" + min + ")");
			return ValueRange.ANY;
		}
		return finite ? new ValueRange(min, max) : ValueRange.ANY;
	}

	/** The target band of a TARGET_BAND indicator, {@link ValueRange#ANY} for the other directions. */
	static ValueRange band(PlanDraft draft, Direction direction, ValueRange valid, Violations problems) {
		if (direction != Direction.TARGET_BAND) {
			if (draft.targetLow() != null || draft.targetHigh() != null) {
				problems.add("targetLow", "only a TARGET_BAND indicator has a target band; give 'target' instead");
			}
			return ValueRange.ANY;
		}
		if (draft.targetLow() == null || draft.targetHigh() == null) {
			problems.add("targetLow", "a TARGET_BAND indicator needs targetLow and targetHigh");
			return ValueRange.ANY;
		}
		ValueRange band = range(draft.targetLow(), draft.targetHigh(), "targetLow", "targetHigh", problems);
		inValidRange(band.min(), "targetLow", valid, problems);
		inValidRange(band.max(), "targetHigh", valid, problems);
		return band;
	}

	/** The target of a one-sided indicator, {@code null} when it has none or is a TARGET_BAND one. */
	static Double target(PlanDraft draft, Direction direction, ValueRange valid, Violations problems) {
		if (draft.target() == null) {
			return null;
		}
		if (direction == Direction.TARGET_BAND) {
			problems.add("target", "a TARGET_BAND indicator's target is its band: give targetLow and targetHigh");
			return null;
		}
		if (finite(draft.target(), "target", problems)) {
			inValidRange(draft.target(), "target", valid, problems);
		}
		return draft.target();
	}

	/** Whether the number is absent or finite (a problem otherwise). */
	static boolean finite(Double value, String field, Violations problems) {
		if (value != null && !Double.isFinite(value)) {
			problems.add(field, "must be a finite number");
			return false;
		}
		return true;
	}

	private static void inValidRange(Double value, String field, ValueRange valid, Violations problems) {
		if (value != null && Double.isFinite(value) && !valid.contains(value)) {
			problems.add(field, value + " lies outside the valid range " + valid.text());
		}
	}
}
