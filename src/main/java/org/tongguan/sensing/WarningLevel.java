package org.tongguan.sensing;

/** 预警等级 — the four warning levels, from the least to the most severe (蓝 → 黄 → 橙 → 红). */
public enum WarningLevel {

	BLUE("蓝色"), YELLOW("黄色"), ORANGE("橙色"), RED("红色");

	private final String label;

	WarningLevel(String label) {
		this.label = label;
	}

	/** The Chinese name users know, e.g. 红色. */
	public String label() {
		return label;
	}

	/** Whether this level is at least as severe as the other. */
	public boolean atLeast(WarningLevel other) {
		return compareTo(other) >= 0;
	}
}
