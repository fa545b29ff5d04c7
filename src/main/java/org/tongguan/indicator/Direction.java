package org.tongguan.indicator;

/** 指标方向 — which values of an indicator are good. */
public enum Direction {
	/** 正向 — higher is better, e.g. 按期结案率. */
	HIGHER_BETTER("正向"),
	/** 逆向 — higher is worse, e.g. PM2.5. */
	HIGHER_WORSE("逆向"),
	/** 区间 — best within a target band, e.g. CPI growth between 2 and 3 %. */
	TARGET_BAND("区间");

	private final String label;

	Direction(String label) {
		this.label = label;
	}

	/** The Chinese name users know the direction by. */
	public String label() {
		return label;
	}
}
