package org.tongguan.sensing.mqtt;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the MQTT transport: which broker devices talk to, and how the embedded one behaves.
 *
 * @param broker {@code embedded} (the platform is the broker) or {@code external} (the platform subscribes to
 * Mosquitto, EMQX or another MQTT 3.1.1 broker)
 * @param bindAddress the address the embedded broker listens on; unset: loopback (127.0.0.1) in demo mode, where every
 * demo device shares one known secret, and every interface (0.0.0.0) otherwise
 * @param port the embedded broker's port; 0 for any free one (see {@link MqttEndpoint#port()})
 * @param eventLoops the Netty event-loop threads of the embedded broker (and of the external broker's client)
 * @param maxMessageSize the largest MQTT packet accepted; a larger one is counted as oversize and its connection closed
 * @param maxInFlight the QoS 1 messages of one connection waiting to be stored before the broker stops reading from it
 * @param connectTimeout how long a new connection may take to send CONNECT and be authenticated
 * @param shutdownTimeout how long stopping waits for messages in flight to be stored and acknowledged
 * @param loginFailures how many wrong passwords lock a client address or a device code out of CONNECT, and for how long
 * @param external the external broker, used when {@code broker} is {@code external}
 */
@ConfigurationProperties("tongguan.sensing.mqtt")
record MqttProperties(@DefaultValue("embedded") Broker broker, String bindAddress, @DefaultValue("1883") int port,
		@DefaultValue("2") int eventLoops, @DefaultValue("17KB") DataSize maxMessageSize,
		@DefaultValue("100") int maxInFlight, @DefaultValue("10s") Duration connectTimeout,
		@DefaultValue("5s") Duration shutdownTimeout, @DefaultValue LoginFailures loginFailures,
		@DefaultValue External external) {

	MqttProperties {
		if (port < 0 || port > 65535 || eventLoops < 1 || maxMessageSize.toBytes() < 1024 || maxInFlight < 1) {
			throw new IllegalArgumentException("tongguan.sensing.mqtt: port 0 to 65535, at least one event loop, a "
					+ "maximum message size of at least 1KB and at least one message in flight");
		}
	}

	/** Where the embedded broker listens: the bind address when set, else loopback in demo mode, else everywhere. */
	String listenAddress(boolean demo) {
		if (bindAddress != null && !bindAddress.isBlank()) {
			return bindAddress;
		}
		return demo ? "127.0.0.1" : "0.0.0.0";
	}

	/**
	 * Wrong passwords tolerated on MQTT CONNECT, counted per client address and per device code (a token bucket per
	 * key, the platform's shared rate limiter): after {@code max} failures in a row a key is refused without its
	 * password being checked until {@code lockout} has passed, and each further failure locks it again; a key is
	 * forgiven one failure per {@code lockout}.
	 *
	 * @param max the failures before the lockout
	 * @param lockout how long a locked-out address or device waits
	 */
	record LoginFailures(@DefaultValue("10") int max, @DefaultValue("1m") Duration lockout) {

		LoginFailures {
			if (max < 1 || lockout.toMillis() < 1) {
				throw new IllegalArgumentException("tongguan.sensing.mqtt.login-failures: at least one failure and a "
						+ "positive lockout");
			}
		}
	}

	/** Who runs the broker devices connect to. */
	enum Broker {
		EMBEDDED, EXTERNAL
	}

	/**
	 * The external broker the platform subscribes to with a persistent session.
	 *
	 * @param url {@code tcp://host:port}
	 * @param clientId the platform's fixed client id, which names its persistent session on the broker (with several
	 * connections, {@code -1}, {@code -2}, … are appended)
	 * @param connections how many connections share the subscription ({@code $share/tongguan/devices/+/telemetry}
	 * when more than one); keep it fixed, since messages queued for a session no longer connected wait for it
	 * @param username the platform's user on the broker (set it from the environment, never in the repository)
	 * @param password its password (from the environment)
	 * @param keepAlive the MQTT keep-alive interval
	 * @param receiveWindow the received messages that may wait to be stored before the platform stops reading (the
	 * broker's own limit, Mosquitto's {@code max_inflight_messages}, must be at least as large to use it)
	 * @param reconnectMin the first wait before reconnecting; it doubles after every failed attempt
	 * @param reconnectMax the longest wait before reconnecting
	 */
	record External(@DefaultValue("tcp://localhost:1883") URI url, @DefaultValue("tongguan-platform") String clientId,
			@DefaultValue("2") int connections, String username, String password, @DefaultValue("30s") Duration keepAlive,
			@DefaultValue("10000") int receiveWindow, @DefaultValue("1s") Duration reconnectMin,
			@DefaultValue("60s") Duration reconnectMax) {

		External {
			if (!"tcp".equals(url.getScheme()) || url.getHost() == null) {
				throw new IllegalArgumentException("tongguan.sensing.mqtt.external.url must look like "
						+ "tcp://host:1883: " + url);
			}
			if (connections < 1 || connections > 16) {
				throw new IllegalArgumentException("tongguan.sensing.mqtt.external.connections must be 1 to 16: "
						+ connections);
			}
			if (receiveWindow < 1 || receiveWindow > 65535) {
				throw new IllegalArgumentException("tongguan.sensing.mqtt.external.receive-window must be 1 to 65535 "
						+ "(MQTT packet ids): " + receiveWindow);
			}
		}

		String host() {
			return url.getHost();
		}

		int port() {
			return url.getPort() < 0 ? 1883 : url.getPort();
		}
	}
}
