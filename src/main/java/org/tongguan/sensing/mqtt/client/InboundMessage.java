package org.tongguan.sensing.mqtt.client;

import io.netty.handler.codec.mqtt.MqttQoS;

/**
 * A message an {@link MqttClient} connection received on a subscription; a QoS 1 message stays unacknowledged (and the
 * broker sends it again after a reconnect of a persistent session) until {@link #acknowledge()} is called.
 */
public final class InboundMessage {

	private final ClientProtocol connection;

	private final String topic;

	private final byte[] payload;

	private final MqttQoS qos;

	private final int packetId;

	InboundMessage(ClientProtocol connection, String topic, byte[] payload, MqttQoS qos, int packetId) {
		this.connection = connection;
		this.topic = topic;
		this.payload = payload;
		this.qos = qos;
		this.packetId = packetId;
	}

	public String topic() {
		return topic;
	}

	public byte[] payload() {
		return payload;
	}

	public MqttQoS qos() {
		return qos;
	}

	/**
	 * Tells the broker the message is safe (PUBACK, or PUBREC for QoS 2); once only, from any thread. When the
	 * connection closed meanwhile nothing is sent, and the broker delivers the message again.
	 */
	public void acknowledge() {
		if (qos != MqttQoS.AT_MOST_ONCE) {
			connection.acknowledge(qos, packetId);
		}
	}
}
