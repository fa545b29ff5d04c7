package org.tongguan.casework.statistics;

/** The evaluation grade (等级) of a rate: ≥ 90 % A, ≥ 75 % B, ≥ 60 % C, ≥ 40 % D, else E. */
public enum Grade {
	A, B, C, D, E;

	/** The grade of a rate in percent, {@code null} when there is no rate. */
	public static Grade of(Double percent) {
		if (percent == null) {
			return null;
		}
		if (percent >= 90) {
			return A;
		}
		if (percent >= 75) {
			return B;
		}
		if (percent >= 60) {
			return C;
		}
		return percent >= 40 ? D : E;
	}
}
