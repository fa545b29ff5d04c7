package org.tongguan.indicator;

/** How a value came into the platform (数据来源方式). */
public enum ValueSource {
	/** 推送 — pushed by the indicator's source system with its API key. */
	PUSH("推送"),
	/** 导入 — imported from a CSV file by an administrator. */
	IMPORT("导入"),
	/** 计算 — computed by the platform from its own data (case statistics, sensing aggregates). */
	COMPUTED("计算");

	private final String label;

	ValueSource(String label) {
		this.label = label;
	}

	/** The Chinese name users know the way by. */
	public String label() {
		return label;
	}
}
