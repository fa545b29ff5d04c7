package org.tongguan.sensing.rule;

/** What an alarm rule (告警规则) watches. */
public enum RuleKind {

	/** 阈值 — a metric's value against a threshold per warning level. */
	THRESHOLD,
	/** 变化率 — a metric's change per minute (signed or absolute) against a threshold per level. */
	RATE,
	/** 无数据 — no reading of the metric (or of the device) for a duration. */
	NO_DATA,
	/** 设备离线 — the built-in rule behind offline alarms; there is exactly one and it cannot be edited. */
	OFFLINE
}
