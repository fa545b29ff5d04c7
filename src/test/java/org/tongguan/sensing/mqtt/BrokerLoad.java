package org.tongguan.sensing.mqtt;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

import org.springframework.util.unit.DataSize;
import org.tongguan.bench.mqtt.MqttLoad;
import org.tongguan.identity.ApiKeyPurpose;
import org.tongguan.identity.Caller;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.IngestCallback;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.ingest.TelemetryIngestion;

/**
 * The embedded broker's own throughput (no parsing, no storage): {@link MqttLoad}'s devices against a broker whose
 * "ingestion" acknowledges every message from another thread every 2 ms, as the batched store does. Arguments:
 * devices, window, seconds, broker event loops (default 10000 10 20 2); or {@code serve PORT LOOPS} to run only the
 * broker (devices {@code load-<n>}, secret {@code secret}; monitoring subscribers log in as {@code api-key} with
 * {@code secret}) for an {@link MqttLoad} in another process, since one
 * process may not hold 20,000 sockets here.
 */
public final class BrokerLoad {

	private BrokerLoad() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("serve")) {
			start(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
			Thread.sleep(Long.MAX_VALUE);
		}
		int devices = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int window = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		int loops = args.length > 3 ? Integer.parseInt(args[3]) : 2;
		EmbeddedBroker broker = start(0, loops);
		try {
			List<String> codes = IntStream.rangeClosed(1, devices).mapToObj(n -> "load-" + n).toList();
			System.out.println(MqttLoad.run("127.0.0.1", broker.port(), codes, "secret", window,
					Duration.ofSeconds(5), Duration.ofSeconds(seconds), 2));
		}
		finally {
			broker.stop();
		}
	}

	private static EmbeddedBroker start(int port, int loops) {
		BatchAcknowledger ingestion = new BatchAcknowledger();
		AnyDevice directory = new AnyDevice();
		MqttProperties settings = new MqttProperties(MqttProperties.Broker.EMBEDDED, "127.0.0.1", port, loops,
				DataSize.ofKilobytes(17), 100, Duration.ofSeconds(30), Duration.ofSeconds(5),
				new MqttProperties.LoginFailures(10, Duration.ofMinutes(1)),
				new MqttProperties.External(URI.create("tcp://localhost:1883"), "x", 1, null, null,
						Duration.ofSeconds(30), 10_000, Duration.ofSeconds(1), Duration.ofSeconds(60)));
		EmbeddedBroker broker = new EmbeddedBroker(settings, "127.0.0.1",
				new Logins(directory, BrokerLoad::monitor, ingestion), ingestion, Clock.systemUTC());
		broker.start();
		Thread store = new Thread(ingestion::run, "store");
		store.setDaemon(true);
		store.start();
		return broker;
	}

	/** A monitoring subscriber logs in with user "api-key" and the password "secret". */
	private static Optional<Caller> monitor(String key, ApiKeyPurpose purpose) {
		return "secret".equals(key) ? Optional.of(new Caller("monitor", "monitor", Set.of(), null, null))
				: Optional.empty();
	}

	/** Acknowledges what it accepted, in batches, from its own thread. */
	private static final class BatchAcknowledger implements TelemetryIngestion {

		private final Queue<IngestCallback> pending = new ConcurrentLinkedQueue<>();

		private final LongAdder accepted = new LongAdder();

		@Override
		public void accept(RegisteredDevice device, byte[] payload, IngestCallback callback) {
			accepted.increment();
			pending.add(callback);
		}

		@Override
		public void rejected(String deviceCode, Rejection reason) {
		}

		void run() {
			while (!Thread.currentThread().isInterrupted()) {
				IngestCallback callback;
				while ((callback = pending.poll()) != null) {
					callback.stored();
				}
				try {
					Thread.sleep(2);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}
	}

	/** Every well-formed code is a water-level gauge with the secret "secret". */
	private static final class AnyDevice implements DeviceDirectory {

		private final TestDevices types = new TestDevices();

		@Override
		public Optional<RegisteredDevice> find(String code) {
			RegisteredDevice gauge = types.find("gauge-1").orElseThrow();
			return Optional.of(new RegisteredDevice(new DeviceId(code.hashCode()), new DeviceCode(code), code,
					gauge.type(), 0, 0, null, null, DeviceStatus.ACTIVE));
		}

		@Override
		public Optional<RegisteredDevice> find(DeviceId id) {
			return Optional.empty();
		}

		@Override
		public boolean authenticate(RegisteredDevice device, String secret) {
			return "secret".equals(secret);
		}

		@Override
		public Collection<RegisteredDevice> all() {
			return List.of();
		}
	}
}
