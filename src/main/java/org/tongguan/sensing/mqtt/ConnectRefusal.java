package org.tongguan.sensing.mqtt;

import io.netty.handler.codec.mqtt.MqttConnectReturnCode;

/** Why the broker refuses a CONNECT, as the return code of MQTT 3.1/3.1.1 and as the reason code of MQTT 5. */
enum ConnectRefusal {

	UNSUPPORTED_VERSION(MqttConnectReturnCode.CONNECTION_REFUSED_UNACCEPTABLE_PROTOCOL_VERSION,
			MqttConnectReturnCode.CONNECTION_REFUSED_UNSUPPORTED_PROTOCOL_VERSION),

	CLIENT_ID_REJECTED(MqttConnectReturnCode.CONNECTION_REFUSED_IDENTIFIER_REJECTED,
			MqttConnectReturnCode.CONNECTION_REFUSED_CLIENT_IDENTIFIER_NOT_VALID),

	BAD_CREDENTIALS(MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD,
			MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USERNAME_OR_PASSWORD),

	UNAVAILABLE(MqttConnectReturnCode.CONNECTION_REFUSED_SERVER_UNAVAILABLE,
			MqttConnectReturnCode.CONNECTION_REFUSED_SERVER_UNAVAILABLE_5),

	/** Too many wrong passwords from the address or for the device: refused without looking at the password. */
	LOCKED_OUT(MqttConnectReturnCode.CONNECTION_REFUSED_SERVER_UNAVAILABLE,
			MqttConnectReturnCode.CONNECTION_REFUSED_CONNECTION_RATE_EXCEEDED);

	private final MqttConnectReturnCode mqtt3;

	private final MqttConnectReturnCode mqtt5;

	ConnectRefusal(MqttConnectReturnCode mqtt3, MqttConnectReturnCode mqtt5) {
		this.mqtt3 = mqtt3;
		this.mqtt5 = mqtt5;
	}

	MqttConnectReturnCode code(boolean mqtt5Client) {
		return mqtt5Client ? mqtt5 : mqtt3;
	}
}
