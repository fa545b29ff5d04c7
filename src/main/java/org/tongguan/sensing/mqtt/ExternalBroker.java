package org.tongguan.sensing.mqtt;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.IngestCallback;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.ingest.TelemetryIngestion;

import io.netty.handler.codec.mqtt.MqttQoS;

/**
 * The platform's subscription to an external broker (外部代理: Mosquitto, EMQX) under a persistent session: every
 * device's telemetry at QoS 1, each message acknowledged only once it is stored (or rejected), so that messages sent
 * while the platform was down or not yet stored arrive after it reconnects. Reconnects with a doubling backoff.
 * Authenticating devices and keeping each to its own topic is the external broker's job (see docs/sensing-mqtt.md).
 */
final class ExternalBroker implements SmartLifecycle, MqttEndpoint {

	static final String TELEMETRY_FILTER = "devices/+/telemetry";

	private static final Logger log = LoggerFactory.getLogger(ExternalBroker.class);

	private final MqttProperties.External settings;

	private final Duration shutdownTimeout;

	private final DeviceDirectory devices;

	private final TelemetryIngestion ingestion;

	private final AtomicInteger inFlight = new AtomicInteger();

	private volatile MqttClient client;

	private volatile MqttConnection connection;

	private Duration backoff;

	ExternalBroker(MqttProperties properties, DeviceDirectory devices, TelemetryIngestion ingestion) {
		this.settings = properties.external();
		this.shutdownTimeout = properties.shutdownTimeout();
		this.devices = devices;
		this.ingestion = ingestion;
	}

	@Override
	public synchronized void start() {
		if (client == null) {
			client = new MqttClient(1, "mqtt-external");
			backoff = settings.reconnectMin();
			connect();
		}
	}

	private void connect() {
		MqttClient current = client;
		if (current == null) {
			return;
		}
		MqttClientOptions options = new MqttClientOptions(settings.host(), settings.port(), settings.clientId(),
				settings.username(), settings.password(), false, settings.keepAlive(), this::received);
		current.connect(options)
			.thenCompose(opened -> opened.subscribe(TELEMETRY_FILTER, MqttQoS.AT_LEAST_ONCE).thenApply(granted -> {
				if (granted == MqttQoS.FAILURE) {
					opened.disconnect();
					throw new IllegalStateException("the broker refused the subscription to " + TELEMETRY_FILTER);
				}
				return opened;
			}))
			.whenComplete((opened, failure) -> {
				if (failure != null) {
					log.warn("Cannot subscribe to the MQTT broker at {}: {}", settings.url(), failure.toString());
					reconnectLater(current);
					return;
				}
				log.info("Subscribed to device telemetry on the MQTT broker at {}", settings.url());
				connection = opened;
				backoff = settings.reconnectMin();
				opened.closed().thenRun(() -> {
					if (client == current) {
						log.warn("Lost the connection to the MQTT broker at {}", settings.url());
						reconnectLater(current);
					}
				});
			});
	}

	private synchronized void reconnectLater(MqttClient current) {
		if (client == current) {
			current.schedule(this::connect, backoff);
			Duration doubled = backoff.multipliedBy(2);
			backoff = doubled.compareTo(settings.reconnectMax()) > 0 ? settings.reconnectMax() : doubled;
		}
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
		ingestion.accept(device.get(), message.payload(), new IngestCallback() {

			@Override
			public void stored() {
				done();
			}

			@Override
			public void rejected(Rejection reason, String detail) {
				done();
			}

			private void done() {
				message.acknowledge();
				inFlight.decrementAndGet();
			}
		});
	}

	/** Waits (up to the shutdown timeout) for the messages in flight to be stored and acknowledged, then disconnects. */
	@Override
	public void stop() {
		MqttClient current;
		synchronized (this) {
			current = client;
			client = null;
		}
		if (current == null) {
			return;
		}
		long deadline = System.nanoTime() + shutdownTimeout.toNanos();
		while (inFlight.get() > 0 && System.nanoTime() < deadline && pause()) {
			// wait for ingestion to store what it was given
		}
		MqttConnection open = connection;
		if (open != null && open.isActive()) {
			open.disconnect().orTimeout(2, TimeUnit.SECONDS).exceptionally(failure -> null).join();
		}
		current.close();
	}

	/** Whether the platform is connected and subscribed right now. */
	boolean subscribed() {
		MqttConnection open = connection;
		return open != null && open.isActive();
	}

	@Override
	public boolean isRunning() {
		return client != null;
	}

	/** Started after, and stopped before, ingestion and the telemetry store. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

	@Override
	public String host() {
		return settings.host();
	}

	@Override
	public int port() {
		return settings.port();
	}

	private static boolean pause() {
		try {
			Thread.sleep(10);
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
