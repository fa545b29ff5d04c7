package org.tongguan.sensing.mqtt;

import org.tongguan.sensing.device.RegisteredDevice;

/**
 * Who an MQTT connection authenticated as: a device (设备) that publishes to its own telemetry topic, or a monitoring
 * system (外部系统, by its API key's name) that may only subscribe.
 */
record Login(RegisteredDevice device, String monitor) {

	static Login device(RegisteredDevice device) {
		return new Login(device, null);
	}

	static Login monitor(String name) {
		return new Login(null, name);
	}

	boolean isDevice() {
		return device != null;
	}
}
