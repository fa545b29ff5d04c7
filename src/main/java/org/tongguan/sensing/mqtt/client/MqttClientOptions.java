package org.tongguan.sensing.mqtt.client;

import java.time.Duration;
import java.util.function.Consumer;

import org.tongguan.sensing.DeviceCode;

/**
 * How one {@link MqttClient} connection connects: the broker, the client id (which names a persistent session when
 * {@code cleanSession} is false), the credentials, the keep-alive interval, who receives subscribed messages (null
 * when the connection only publishes) and how many received QoS 1 messages may wait for their acknowledgement before
 * the connection stops reading (0: no limit), so that the broker keeps what the receiver cannot take yet.
 */
public record MqttClientOptions(String host, int port, String clientId, String username, String password,
		boolean cleanSession, Duration keepAlive, Consumer<InboundMessage> onMessage, int receiveWindow) {

	public MqttClientOptions {
		if (host == null || port < 1 || port > 65535 || clientId == null || keepAlive.isNegative()
				|| keepAlive.toSeconds() > 65535 || receiveWindow < 0) {
			throw new IllegalArgumentException("An MQTT client needs a host, a port, a client id, a keep-alive of "
					+ "0 to 65535 s and a receive window of at least 0");
		}
	}

	/** Options without a receive window. */
	public MqttClientOptions(String host, int port, String clientId, String username, String password,
			boolean cleanSession, Duration keepAlive, Consumer<InboundMessage> onMessage) {
		this(host, port, clientId, username, password, cleanSession, keepAlive, onMessage, 0);
	}

	/** A device that publishes its telemetry: client id and user name are its code, the password its secret. */
	public static MqttClientOptions device(String host, int port, DeviceCode code, String secret) {
		return new MqttClientOptions(host, port, code.value(), code.value(), secret, true, Duration.ofSeconds(60),
				null);
	}
}
