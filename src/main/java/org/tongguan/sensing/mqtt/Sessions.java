package org.tongguan.sensing.mqtt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The connected clients by client id: a client that connects again under the same id takes over, and its old
 * connection (often a half-open one a mobile network left behind) is closed, as MQTT 3.1.1 demands.
 */
final class Sessions {

	private final ConcurrentMap<String, BrokerConnection> byClientId = new ConcurrentHashMap<>();

	void opened(String clientId, BrokerConnection connection) {
		if (clientId.isEmpty()) {
			return;
		}
		BrokerConnection previous = byClientId.put(clientId, connection);
		if (previous != null && previous != connection) {
			previous.close();
		}
	}

	void closed(String clientId, BrokerConnection connection) {
		if (clientId != null && !clientId.isEmpty()) {
			byClientId.remove(clientId, connection);
		}
	}
}
