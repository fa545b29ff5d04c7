package org.tongguan.sensing.mqtt;

import org.tongguan.sensing.ingest.IngestCallback;
import org.tongguan.sensing.ingest.Rejection;

import io.netty.handler.codec.mqtt.MqttQoS;

/**
 * A device's message on its way through ingestion: once stored it goes to the matching monitoring subscribers and the
 * device gets its acknowledgement (QoS 1 PUBACK, QoS 2 PUBREC); once rejected, its connection refuses it (see
 * {@link BrokerConnection#completed}). Either on the connection's event loop.
 */
final class Delivery implements IngestCallback, Runnable {

	/** For QoS 0 messages nobody subscribed to: nothing to forward, nothing to acknowledge. */
	static final IngestCallback UNOBSERVED = new IngestCallback() {

		@Override
		public void stored() {
		}

		@Override
		public void rejected(Rejection reason, String detail) {
		}
	};

	private final BrokerConnection connection;

	private final String topic;

	private final byte[] payload;

	private final MqttQoS qos;

	private final int packetId;

	private Rejection rejection;

	private String detail;

	Delivery(BrokerConnection connection, String topic, byte[] payload, MqttQoS qos, int packetId) {
		this.connection = connection;
		this.topic = topic;
		this.payload = payload;
		this.qos = qos;
		this.packetId = packetId;
	}

	@Override
	public void stored() {
		connection.forward(topic, payload, qos);
		complete();
	}

	@Override
	public void rejected(Rejection reason, String why) {
		this.rejection = reason;
		this.detail = why;
		complete();
	}

	private void complete() {
		if (qos != MqttQoS.AT_MOST_ONCE) {
			connection.execute(this);
		}
	}

	@Override
	public void run() {
		connection.completed(qos, packetId, rejection, detail);
	}
}
