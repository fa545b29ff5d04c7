package org.tongguan.sensing.mqtt;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.sensing.mqtt.client.MqttClient;
import org.tongguan.sensing.mqtt.client.MqttClientOptions;
import org.tongguan.sensing.mqtt.client.MqttConnection;

import io.netty.handler.codec.mqtt.MqttQoS;

/**
 * One of the platform's connections to an external broker: connects under its persistent session, subscribes to the
 * device telemetry filter at QoS 1 and reconnects with a doubling backoff whenever the connection is lost, until
 * stopped.
 */
final class BrokerSubscription {

	private static final Logger log = LoggerFactory.getLogger(BrokerSubscription.class);

	private final MqttClient client;

	private final MqttClientOptions options;

	private final String filter;

	private final MqttProperties.External settings;

	private volatile MqttConnection connection;

	private volatile boolean stopped;

	private Duration backoff;

	BrokerSubscription(MqttClient client, MqttClientOptions options, String filter, MqttProperties.External settings) {
		this.client = client;
		this.options = options;
		this.filter = filter;
		this.settings = settings;
		this.backoff = settings.reconnectMin();
	}

	void start() {
		client.connect(options)
			.thenCompose(opened -> opened.subscribe(filter, MqttQoS.AT_LEAST_ONCE).thenApply(granted -> {
				if (granted == MqttQoS.FAILURE) {
					opened.disconnect();
					throw new IllegalStateException("the broker refused the subscription to " + filter);
				}
				return opened;
			}))
			.whenComplete((opened, failure) -> {
				if (failure != null) {
					log.warn("Cannot subscribe as {} to the MQTT broker at {}: {}", options.clientId(), settings.url(),
							failure.toString());
					reconnectLater();
					return;
				}
				log.info("Subscribed as {} to {} on the MQTT broker at {}", options.clientId(), filter,
						settings.url());
				connection = opened;
				backoff = settings.reconnectMin();
				opened.closed().thenRun(() -> {
					if (!stopped) {
						log.warn("Lost the connection {} to the MQTT broker at {}", options.clientId(), settings.url());
						reconnectLater();
					}
				});
			});
	}

	private synchronized void reconnectLater() {
		if (!stopped) {
			client.schedule(this::start, backoff);
			Duration doubled = backoff.multipliedBy(2);
			backoff = doubled.compareTo(settings.reconnectMax()) > 0 ? settings.reconnectMax() : doubled;
		}
	}

	boolean subscribed() {
		MqttConnection open = connection;
		return open != null && open.isActive();
	}

	/** Stops reconnecting and disconnects; the future completes once disconnected (at most two seconds). */
	CompletableFuture<Void> stop() {
		stopped = true;
		MqttConnection open = connection;
		if (open == null || !open.isActive()) {
			return CompletableFuture.completedFuture(null);
		}
		return open.disconnect().orTimeout(2, TimeUnit.SECONDS).exceptionally(failure -> null);
	}
}
