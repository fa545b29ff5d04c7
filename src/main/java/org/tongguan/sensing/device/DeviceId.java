package org.tongguan.sensing.device;

/** The number a registered device is stored under, by which telemetry, health, rules and alarms refer to it. */
public record DeviceId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
