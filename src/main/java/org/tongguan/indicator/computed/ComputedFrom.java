package org.tongguan.indicator.computed;

/** What the platform computes an indicator's values from (计算来源). */
public enum ComputedFrom {
	/** 案件统计 — the case statistics. */
	CASES,
	/** 物联感知 — the sensing day totals of the devices' readings. */
	SENSING
}
