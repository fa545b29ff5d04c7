package org.tongguan.casework.action;

/** Why a case's loop ended without the reporter's evaluation (未评价原因). */
public enum NoEvaluationReason {
	/** 无法回访 — the reporter left no contact or could not be reached. */
	NO_CONTACT("无法回访"),
	/** 拒绝评价 — the reporter was reached but declined to answer. */
	DECLINED("拒绝评价"),
	/** 其他 — any other reason, said in the comment. */
	OTHER("其他原因");

	private final String label;

	NoEvaluationReason(String label) {
		this.label = label;
	}

	/** The Chinese name of the reason. */
	public String label() {
		return label;
	}
}
