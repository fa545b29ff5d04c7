package org.tongguan.sensing.alarm;

/** What happened to an alarm, as its history records it. */
public enum AlarmAction {

	/** 产生. */
	RAISED,
	/** 升级 — to a more severe level. */
	ESCALATED,
	/** 降级 — to a less severe level. */
	DEESCALATED,
	/** 确认. */
	ACKNOWLEDGED,
	/** 指派. */
	ASSIGNED,
	/** 解除. */
	CLEARED
}
