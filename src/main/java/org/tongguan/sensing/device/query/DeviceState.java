package org.tongguan.sensing.device.query;

/**
 * A device's state as the map and the device list show it: 告警 while it has an active alarm, else 在线 when it is
 * online, else 离线 (a device never heard from counts as offline).
 */
public enum DeviceState {

	/** 在线 — it has sent a message within its type's inactivity timeout. */
	ONLINE,
	/** 离线 — silent for longer than its type allows, or never heard from. */
	OFFLINE,
	/** 告警 — it has an active alarm (acknowledged or not). */
	ALARM
}
