package org.tongguan.sensing.device;

/** Whether a registered device may send telemetry: only ACTIVE devices are accepted. */
public enum DeviceStatus {

	/** 在用. */
	ACTIVE,
	/** 维护中 — known but its messages are rejected until it is active again. */
	MAINTENANCE,
	/** 已停用. */
	RETIRED
}
