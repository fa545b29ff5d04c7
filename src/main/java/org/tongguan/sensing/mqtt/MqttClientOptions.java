package org.tongguan.sensing.mqtt;

import java.time.Duration;
import java.util.function.Consumer;

import org.tongguan.sensing.DeviceCode;

/**
 * How one {@link MqttClient} connection connects: the broker, the client id (which names a persistent session when
 * {@code cleanSession} is false), the credentials, the keep-alive interval, and who receives subscribed messages
 * (null when the connection only publishes).
 */
public record MqttClientOptions(String host, int port, String clientId, String username, String password,
		boolean cleanSession, Duration keepAlive, Consumer<InboundMessage> onMessage) {

	public MqttClientOptions {
		if (host == null || port < 1 || port > 65535 || clientId == null || keepAlive.isNegative()
				|| keepAlive.toSeconds() > 65535) {
			throw new IllegalArgumentException("An MQTT client needs a host, a port, a client id and a keep-alive of "
					+ "0 to 65535 s");
		}
	}

	/** A device that publishes its telemetry: client id and user name are its code, the password its secret. */
	public static MqttClientOptions device(String host, int port, DeviceCode code, String secret) {
		return new MqttClientOptions(host, port, code.value(), code.value(), secret, true, Duration.ofSeconds(60),
				null);
	}
}
