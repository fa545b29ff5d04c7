package org.tongguan.sensing.rule;

/**
 * How a value is compared with a rule's thresholds: {@code GT}/{@code GE} alarm on high values, {@code LT}/{@code LE}
 * on low ones.
 */
public enum Comparison {

	GT, GE, LT, LE;

	/** Whether the value is on the alarming side of the threshold. */
	public boolean holds(double value, double threshold) {
		return switch (this) {
			case GT -> value > threshold;
			case GE -> value >= threshold;
			case LT -> value < threshold;
			case LE -> value <= threshold;
		};
	}

	/** Whether the value came back strictly past a clear threshold, on the safe side. */
	public boolean pastClear(double value, double clear) {
		return rising() ? value < clear : value > clear;
	}

	/** Whether higher values are worse (GT, GE). */
	public boolean rising() {
		return this == GT || this == GE;
	}

	/** The sign shown in descriptions, e.g. ≥. */
	public String sign() {
		return switch (this) {
			case GT -> ">";
			case GE -> "≥";
			case LT -> "<";
			case LE -> "≤";
		};
	}
}
