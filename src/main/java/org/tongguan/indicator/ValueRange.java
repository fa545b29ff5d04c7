package org.tongguan.indicator;

/**
 * A closed range of values, open on a side without a bound: an indicator's valid range (取值范围) or its target band.
 *
 * @param min the smallest value, {@code null} for none
 * @param max the largest value, {@code null} for none
 */
public record ValueRange(Double min, Double max) {

	/** The range without bounds. */
	public static final ValueRange ANY = new ValueRange(null, null);

	/** Whether the value lies in the range. */
	public boolean contains(double value) {
		return (min == null || value >= min) && (max == null || value <= max);
	}

	/** The range as people write it, e.g. {@code [0, 100]} or {@code [0, ∞)}. */
	public String text() {
		return (min == null ? "(-∞" : "[" + min) + ", " + (max == null ? "∞)" : max + "]");
	}
}
