package org.tongguan.casework.process;

/**
 * The user tasks of the case process that actions complete, by their BPMN task id. A customised process keeps these
 * ids for the steps it has; who may complete a task comes from its candidate groups in the BPMN file.
 */
public enum ProcessTask {
	ACCEPT("accept", "受理"),
	APPROVE_VOID("approveVoid", "作废审批"),
	FILE("file", "立案"),
	DISPATCH("dispatch", "派遣"),
	HANDLE("handle", "处置"),
	ASSIST("assist", "协办"),
	APPROVE_EXTENSION("approveExtension", "延期审批"),
	APPROVE_SUSPENSION("approveSuspension", "挂账审批"),
	RESUME("resume", "恢复处置"),
	VERIFY("verify", "核查"),
	CLOSE("close", "结案"),
	CALLBACK("callback", "回访"),
	REVIEW("review", "自处理审核");

	private final String key;

	private final String label;

	ProcessTask(String key, String label) {
		this.key = key;
		this.label = label;
	}

	/** The task's id in the BPMN file. */
	public String key() {
		return key;
	}

	/** The Chinese name of the task. */
	public String label() {
		return label;
	}
}
