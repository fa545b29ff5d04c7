package org.tongguan.sensing.mqtt.client;

import java.util.concurrent.CompletableFuture;

import io.netty.channel.Channel;
import io.netty.handler.codec.mqtt.MqttQoS;

/** An open, accepted connection of an {@link MqttClient}; every method may be called from any thread. */
public final class MqttConnection {

	private final Channel channel;

	private final ClientProtocol protocol;

	MqttConnection(Channel channel, ClientProtocol protocol) {
		this.channel = channel;
		this.protocol = protocol;
	}

	/**
	 * Publishes a message; the future completes when a QoS 0 message is written, when a QoS 1 message is acknowledged
	 * (PUBACK), and fails when the connection closes first.
	 */
	public CompletableFuture<Void> publish(String topic, byte[] payload, MqttQoS qos) {
		if (qos == MqttQoS.EXACTLY_ONCE || qos == MqttQoS.FAILURE) {
			throw new IllegalArgumentException("This client publishes at QoS 0 or 1");
		}
		return protocol.publish(topic, payload, qos);
	}

	/** Subscribes to a topic filter; the future tells the QoS granted ({@link MqttQoS#FAILURE} when refused). */
	public CompletableFuture<MqttQoS> subscribe(String filter, MqttQoS qos) {
		return protocol.subscribe(filter, qos);
	}

	/** Sends DISCONNECT and closes; the future completes once closed. */
	public CompletableFuture<Void> disconnect() {
		return protocol.disconnect();
	}

	/** Completes when the connection closes, for whatever reason. */
	public CompletableFuture<Void> closed() {
		return protocol.closed();
	}

	public boolean isActive() {
		return channel.isActive();
	}

	/** Whether the socket takes more messages now (a publisher that sends in bulk should wait while it does not). */
	public boolean isWritable() {
		return channel.isWritable();
	}
}
