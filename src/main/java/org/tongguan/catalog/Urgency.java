package org.tongguan.catalog;

/** How urgent a matter is (紧急程度); more urgent levels have shorter overall limits. */
public enum Urgency {
	/** 一般 — normal. */
	NORMAL("一般"),
	/** 紧急 — urgent. */
	URGENT("紧急"),
	/** 特急 — critical, danger to people or property. */
	CRITICAL("特急");

	private final String label;

	Urgency(String label) {
		this.label = label;
	}

	/** The Chinese name of the level. */
	public String label() {
		return label;
	}
}
