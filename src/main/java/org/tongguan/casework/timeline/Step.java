package org.tongguan.casework.timeline;

/** What happened to a case, as the timeline records it. */
public enum Step {
	REPORT("上报"),
	SELF_HANDLE("自处理"),
	ACCEPT("受理"),
	REQUEST_VOID("申请作废"),
	APPROVE_VOID("批准作废"),
	REJECT_VOID("驳回作废"),
	FILE("立案"),
	DISPATCH("派遣"),
	QUEUE_FOR_DISPATCH("转人工派遣"),
	MOVE_TO_SUCCESSOR("部门合并移交"),
	RETURN("退回"),
	REQUEST_EXTENSION("申请延期"),
	APPROVE_EXTENSION("批准延期"),
	REJECT_EXTENSION("驳回延期"),
	REQUEST_SUSPENSION("申请挂账"),
	APPROVE_SUSPENSION("批准挂账"),
	REJECT_SUSPENSION("驳回挂账"),
	RESUME("恢复处置"),
	ASSIST("协办反馈"),
	HANDLE("处置完成"),
	VERIFY("核查通过"),
	REWORK("核查不通过，返工"),
	CLOSE("结案"),
	CALLBACK("回访"),
	REOPEN("重办"),
	END_WITHOUT_EVALUATION("未评价办结"),
	DUPLICATE_DISSATISFIED("重复件回访不满意"),
	APPROVE_SELF_HANDLING("自处理审核通过"),
	REJECT_SELF_HANDLING("自处理审核不通过"),
	MERGE("合并至主案"),
	ABSORB("并入重复案件"),
	FOLLOW_MASTER("随主案"),
	TRANSFER_TO_110("转110"),
	WARN("预警"),
	OVERDUE("超期"),
	SUPERVISE("督办"),
	ESCALATE("升级督办"),
	SENSOR_CLEARED("物联告警解除"),
	INDICATOR_CLEARED("指标预警解除"),
	STAGE_CHANGE("流转");

	private final String label;

	Step(String label) {
		this.label = label;
	}

	/** The Chinese name of the step. */
	public String label() {
		return label;
	}
}
