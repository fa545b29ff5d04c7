package org.tongguan.casework;

/** What the reporter said at the satisfaction callback (回访满意度). */
public enum Satisfaction {
	/** 满意 — satisfied. */
	SATISFIED("满意", true),
	/** 基本满意 — basically satisfied. */
	BASICALLY_SATISFIED("基本满意", true),
	/** 不满意 — dissatisfied; the case is reopened (重办). */
	DISSATISFIED("不满意", false);

	private final String label;

	private final boolean satisfied;

	Satisfaction(String label, boolean satisfied) {
		this.label = label;
		this.satisfied = satisfied;
	}

	/** The Chinese name of the answer. */
	public String label() {
		return label;
	}

	/** Whether the answer counts as satisfied for the satisfaction rate (满意率). */
	public boolean satisfied() {
		return satisfied;
	}
}
