package org.tongguan.sensing.mqtt;

/**
 * Where devices send their MQTT telemetry: the embedded broker's bound address, or the external broker's, e.g. for the
 * demo simulator.
 */
public interface MqttEndpoint {

	/** The host name devices on this machine reach the broker at. */
	String host();

	/** The broker's port (the bound one when the embedded broker was asked for any free port). */
	int port();
}
