package org.tongguan.sensing.mqtt;

import org.tongguan.sensing.DeviceCode;

/** The MQTT topic a device publishes its telemetry to (遥测主题): {@code devices/<code>/telemetry}. */
public final class TelemetryTopic {

	private static final String PREFIX = "devices/";

	private static final String SUFFIX = "/telemetry";

	private TelemetryTopic() {
	}

	/** The device's own telemetry topic. */
	public static String of(DeviceCode device) {
		return PREFIX + device.value() + SUFFIX;
	}

	/** The device code a telemetry topic names, or null when the topic is not of that form. */
	static String deviceCode(String topic) {
		if (!topic.startsWith(PREFIX) || !topic.endsWith(SUFFIX)) {
			return null;
		}
		String code = topic.substring(PREFIX.length(), topic.length() - SUFFIX.length());
		return DeviceCode.isValid(code) ? code : null;
	}
}
