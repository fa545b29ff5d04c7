package org.tongguan.casework;

/** Where a case stands in the closed loop 上报 → 受理 → 立案 → 派遣 → 处置 → 核查 → 结案 → 评价. */
public enum CaseStage {
	/** 待受理 — reported, waiting for an operator to accept or void it. */
	REPORTED("待受理", false),
	/** 待立案 — accepted, waiting to be filed. */
	ACCEPTED("待立案", false),
	/** 待派遣 — filed; dispatched automatically or waiting in the manual dispatch queue. */
	FILED("待派遣", false),
	/** 处置中 — a department is handling it. */
	HANDLING("处置中", false),
	/** 挂账 — handling suspended with the dispatcher's approval; the clock stops. */
	SUSPENDED("挂账", false),
	/** 待核查 — handled, waiting for the grid inspector's verification. */
	VERIFYING("待核查", false),
	/** 待结案 — verified, waiting for the shift lead to close it. */
	CLOSING("待结案", false),
	/** 待回访 — closed, waiting for the reporter's callback (through any channel) or its end without an evaluation. */
	CALLBACK("待回访", false),
	/** 已办结 — closed and evaluated, ended without an evaluation (e.g. 无法回访), or closed with nobody to call back. */
	CLOSED("已办结", true),
	/** 已作废 — voided with the shift lead's approval. */
	VOIDED("已作废", true),
	/**
	 * 已合并 — merged into a master case as a duplicate; follows the master's outcome, and its reporter is called back
	 * once the master's loop has ended.
	 */
	MERGED("已合并", true),
	/** 已转110 — transferred to 110 as a police matter. */
	TRANSFERRED("已转110", true);

	private final String label;

	private final boolean terminal;

	CaseStage(String label, boolean terminal) {
		this.label = label;
		this.terminal = terminal;
	}

	/** The Chinese name of the stage. */
	public String label() {
		return label;
	}

	/** Whether no further work happens on a case in this stage (unless it is reopened). */
	public boolean terminal() {
		return terminal;
	}
}
