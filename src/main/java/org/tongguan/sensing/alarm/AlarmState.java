package org.tongguan.sensing.alarm;

/** Where an alarm (告警) is in its lifecycle: 未确认 → 已确认 → 已解除. */
public enum AlarmState {

	/** 未确认 — active, nobody has looked at it yet. */
	ACTIVE_UNACKNOWLEDGED,
	/** 已确认 — active, a user has acknowledged it. */
	ACKNOWLEDGED,
	/** 已解除 — cleared by its rule or by a user. */
	CLEARED;

	/** Whether the alarm is still active. */
	public boolean active() {
		return this != CLEARED;
	}
}
