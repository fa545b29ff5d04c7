package org.tongguan.sensing.health;

/** Whether a device is heard from: 在线, 离线, or not heard from since it was registered. */
public enum PresenceState {

	/** 在线 — sent a message within its type's inactivity timeout (or the platform started since). */
	ONLINE,
	/** 离线 — silent longer than its type's inactivity timeout. */
	OFFLINE,
	/** 未上线 — no message since it was registered. */
	NEVER_SEEN
}
