package org.tongguan.indicator.warning;

/** 预警类型 — what made an indicator warn. */
public enum WarningKind {
	/** 阈值预警 — the value reached one of the plan's four absolute levels (蓝/黄/橙/红). */
	BAND("阈值"),
	/** 环比预警 — the value changed against the previous period by more than the plan allows. */
	CHANGE_PREVIOUS("环比"),
	/** 同比预警 — the value changed against the same period a year before by more than the plan allows. */
	CHANGE_YEAR("同比"),
	/** 目标差距预警 — the value misses the target by more than the plan allows. */
	TARGET_GAP("目标差距"),
	/** 迟报预警 — the source has not delivered the value its expected delay asked for. */
	LATE("迟报");

	private final String label;

	WarningKind(String label) {
		this.label = label;
	}

	/** The Chinese name users know the kind by. */
	public String label() {
		return label;
	}
}
