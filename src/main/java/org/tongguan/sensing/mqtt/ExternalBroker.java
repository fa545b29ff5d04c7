package org.tongguan.sensing.mqtt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.IngestCallback;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.ingest.TelemetryIngestion;
import org.tongguan.sensing.mqtt.client.InboundMessage;
import org.tongguan.sensing.mqtt.client.MqttClient;
import org.tongguan.sensing.mqtt.client.MqttClientOptions;

/**
 * The platform's subscription to an external broker (外部代理: Mosquitto, EMQX) under persistent sessions: every
 * device's telemetry at QoS 1, each message acknowledged only once it is stored (or rejected for good), so that
 * messages sent while the platform was down or not yet stored arrive after it reconnects. With several connections
 * they share one subscription ({@code $share/tongguan/…}), so the broker spreads the messages over them.
 * Authenticating devices and keeping each to its own topic is the external broker's job (see docs/sensing-mqtt.md).
 */
final class ExternalBroker extends BrokerLifecycle {

	static final String TELEMETRY_FILTER = "devices/+/telemetry";

	/** The shared-subscription prefix (MQTT 5, also understood by Mosquitto and EMQX from MQTT 3.1.1 clients). */
	static final String SHARE_GROUP = "$share/tongguan/";

	/** How long a message refused for the moment (rate budget, full store) waits before it is ingested again. */
	private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

	private final MqttProperties.External settings;

	private final DeviceDirectory devices;

	private final TelemetryIngestion ingestion;

	private final AtomicInteger inFlight = new AtomicInteger();

	private final int loops;

	/** The client while messages are taken; {@code null} once stopping began, so retries give up. */
	private volatile MqttClient client;

	/** The client to close when stopped. */
	private MqttClient owned;

	private volatile List<BrokerSubscription> subscriptions = List.of();

	ExternalBroker(MqttProperties properties, DeviceDirectory devices, TelemetryIngestion ingestion) {
		super(properties.shutdownTimeout());
		this.settings = properties.external();
		this.loops = properties.eventLoops();
		this.devices = devices;
		this.ingestion = ingestion;
	}

	@Override
	void open() {
		owned = new MqttClient(Math.min(loops, settings.connections()), "mqtt-external");
		client = owned;
		int count = settings.connections();
		String filter = count == 1 ? TELEMETRY_FILTER : SHARE_GROUP + TELEMETRY_FILTER;
		List<BrokerSubscription> opened = new ArrayList<>(count);
		for (int i = 1; i <= count; i++) {
			String clientId = count == 1 ? settings.clientId() : settings.clientId() + "-" + i;
			opened.add(new BrokerSubscription(client, new MqttClientOptions(settings.host(), settings.port(), clientId,
					settings.username(), settings.password(), false, settings.keepAlive(), this::received,
					settings.receiveWindow()), filter, settings));
		}
		subscriptions = opened;
		opened.forEach(BrokerSubscription::start);
	}

	private void received(InboundMessage message) {
		String code = TelemetryTopic.deviceCode(message.topic());
		Optional<RegisteredDevice> device = code == null ? Optional.empty() : devices.find(code);
		if (device.isEmpty()) {
			if (code != null) {
				ingestion.rejected(code, Rejection.UNKNOWN_DEVICE);
			}
			message.acknowledge();
			return;
		}
		inFlight.incrementAndGet();
		ingest(device.get(), message);
	}

	/**
	 * Hands a message to ingestion and acknowledges it once stored. One rejected for good (bad payload) is acknowledged
	 * too, or the broker would deliver it forever; one that may be stored later (the device's rate budget or the
	 * store is full) stays unacknowledged and is tried again after a pause, and if the platform stops meanwhile the
	 * broker delivers it again after the next start.
	 */
	private void ingest(RegisteredDevice device, InboundMessage message) {
		ingestion.accept(device, message.payload(), new IngestCallback() {

			@Override
			public void stored() {
				message.acknowledge();
				inFlight.decrementAndGet();
			}

			@Override
			public void rejected(Rejection reason, String detail) {
				if (reason.isTransient() && retryLater(() -> ingest(device, message))) {
					return;
				}
				if (!reason.isTransient()) {
					message.acknowledge();
				}
				inFlight.decrementAndGet();
			}
		});
	}

	private boolean retryLater(Runnable retry) {
		MqttClient current = client;
		if (current == null) {
			return false;
		}
		try {
			current.schedule(retry, RETRY_PAUSE);
			return true;
		}
		catch (RejectedExecutionException e) {
			return false;
		}
	}

	/** Refused messages are no longer retried (the broker delivers them again after the next start). */
	@Override
	void stopReceiving() {
		client = null;
	}

	@Override
	long inFlight() {
		return inFlight.get();
	}

	/** Ends every subscription, then disconnects. */
	@Override
	void close() {
		CompletableFuture.allOf(subscriptions.stream().map(BrokerSubscription::stop).toArray(CompletableFuture[]::new))
			.join();
		owned.close();
		owned = null;
	}

	/** Whether every connection is connected and subscribed right now. */
	boolean subscribed() {
		List<BrokerSubscription> current = subscriptions;
		return client != null && current.stream().allMatch(BrokerSubscription::subscribed);
	}

	@Override
	public String host() {
		return settings.host();
	}

	@Override
	public int port() {
		return settings.port();
	}
}
