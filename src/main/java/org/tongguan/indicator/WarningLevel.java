package org.tongguan.indicator;

/** 预警等级 — the four warning levels of an indicator's thresholds, from the mildest. */
public enum WarningLevel {
	/** 蓝色 — general. */
	BLUE("蓝"),
	/** 黄色 — serious. */
	YELLOW("黄"),
	/** 橙色 — very serious. */
	ORANGE("橙"),
	/** 红色 — extremely serious. */
	RED("红");

	private final String label;

	WarningLevel(String label) {
		this.label = label;
	}

	/** The Chinese name users know the level by. */
	public String label() {
		return label;
	}
}
