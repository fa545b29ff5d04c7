package org.tongguan.sensing.ingest;

/** Why a device message was rejected; counted per device. */
public enum Rejection {

	MALFORMED_JSON, UNKNOWN_DEVICE, BAD_CREDENTIALS, DEVICE_NOT_ACTIVE, FOREIGN_TOPIC, UNKNOWN_METRIC,
	WRONG_VALUE_TYPE, OUT_OF_RANGE, TIMESTAMP_IN_FUTURE, TIMESTAMP_TOO_OLD, OVERSIZE, RATE_LIMITED, OVERLOADED;

	/** Whether the same message may be accepted when sent again later: the device's budget or the store was full. */
	public boolean isTransient() {
		return this == RATE_LIMITED || this == OVERLOADED;
	}
}
