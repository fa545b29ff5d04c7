package org.tongguan.sensing.mqtt.client;

import io.netty.handler.codec.mqtt.MqttConnectReturnCode;

/** The broker answered CONNECT with a refusal, e.g. bad user name or password. */
public final class MqttRefusedException extends RuntimeException {

	private final transient MqttConnectReturnCode code;

	MqttRefusedException(MqttConnectReturnCode code) {
		super("The MQTT broker refused the connection: " + code);
		this.code = code;
	}

	/** Why the broker refused. */
	public MqttConnectReturnCode code() {
		return code;
	}
}
