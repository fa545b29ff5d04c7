package org.tongguan.bench.mqtt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.mqtt.TelemetryTopic;
import org.tongguan.sensing.mqtt.client.MqttClient;
import org.tongguan.sensing.mqtt.client.MqttClientOptions;
import org.tongguan.sensing.mqtt.client.MqttConnection;

import io.netty.handler.codec.mqtt.MqttQoS;

/**
 * MQTT load generator: many device connections each keep a window of QoS 1 telemetry messages in flight, for a
 * warm-up and then a measured period; counts the messages the broker acknowledged (for the platform's broker: stored).
 * Run against a platform with the demo devices:
 * {@code java -cp … org.tongguan.bench.mqtt.MqttLoad localhost 1883 tongguan-demo 20 60 WL-440306-0001 …}, or see
 * {@code BrokerLoad} for the broker alone.
 */
public final class MqttLoad {

	/** What one run measured. */
	public record Result(int connections, long acknowledged, long failed, Duration measured, long[] alsoCounted) {

		public double perSecond() {
			return acknowledged / (measured.toNanos() / 1e9);
		}

		@Override
		public String toString() {
			return "%d connections: %,.0f msg/s acknowledged (%d in %d s, %d failed)".formatted(connections,
					perSecond(), acknowledged, measured.toSeconds(), failed);
		}
	}

	private static final byte[] WATER_LEVEL = "{\"values\":{\"waterLevel\":0.05,\"battery\":87}}"
		.getBytes(StandardCharsets.UTF_8);

	private final LongAdder acknowledged = new LongAdder();

	private final LongAdder failed = new LongAdder();

	private volatile boolean running = true;

	private MqttLoad() {
	}

	/** Connects every device, lets each keep {@code window} messages in flight, and measures after the warm-up. */
	public static Result run(String host, int port, List<String> codes, String secret, int window, Duration warmup,
			Duration measure, int threads) throws Exception {
		return run(host, port, codes, code -> WATER_LEVEL, secret, window, warmup, measure, threads);
	}

	/** As above, with each device's payload. */
	public static Result run(String host, int port, List<String> codes, Function<String, byte[]> payloads,
			String secret, int window, Duration warmup, Duration measure, int threads) throws Exception {
		return run(host, port, codes, payloads, secret, window, warmup, measure, threads, List.of());
	}

	/**
	 * As above; also reads other counters (a subscriber's deliveries, the platform's stored messages) at the start
	 * and the end of the measured period and answers their increase in {@link Result#alsoCounted}.
	 */
	public static Result run(String host, int port, List<String> codes, Function<String, byte[]> payloads,
			String secret, int window, Duration warmup, Duration measure, int threads, List<LongSupplier> counters)
			throws Exception {
		MqttLoad load = new MqttLoad();
		try (MqttClient client = new MqttClient(threads, "mqtt-load")) {
			List<MqttConnection> connections = connect(client, host, port, codes, secret);
			for (int i = 0; i < connections.size(); i++) {
				byte[] payload = payloads.apply(codes.get(i));
				String topic = TelemetryTopic.of(new DeviceCode(codes.get(i)));
				for (int w = 0; w < window; w++) {
					load.publish(connections.get(i), topic, payload);
				}
			}
			Thread.sleep(warmup.toMillis());
			long[] counted = counters.stream().mapToLong(LongSupplier::getAsLong).toArray();
			long before = load.acknowledged.sum();
			long started = System.nanoTime();
			Thread.sleep(measure.toMillis());
			long count = load.acknowledged.sum() - before;
			Duration measured = Duration.ofNanos(System.nanoTime() - started);
			for (int i = 0; i < counted.length; i++) {
				counted[i] = counters.get(i).getAsLong() - counted[i];
			}
			load.running = false;
			return new Result(connections.size(), count, load.failed.sum(), measured, counted);
		}
	}

	private void publish(MqttConnection connection, String topic, byte[] payload) {
		connection.publish(topic, payload, MqttQoS.AT_LEAST_ONCE).whenComplete((done, failure) -> {
			if (failure != null) {
				failed.increment();
			}
			else {
				acknowledged.increment();
				if (running) {
					publish(connection, topic, payload);
				}
			}
		});
	}

	/** Connects the devices, at most 500 connection attempts at a time. */
	public static List<MqttConnection> connect(MqttClient client, String host, int port, List<String> codes,
			String secret) throws Exception {
		List<MqttConnection> connections = new ArrayList<>(codes.size());
		for (int from = 0; from < codes.size(); from += 500) {
			List<CompletableFuture<MqttConnection>> batch = codes.subList(from, Math.min(codes.size(), from + 500))
				.stream()
				.map(code -> client.connect(MqttClientOptions.device(host, port, new DeviceCode(code), secret)))
				.toList();
			for (CompletableFuture<MqttConnection> connecting : batch) {
				connections.add(connecting.get(30, TimeUnit.SECONDS));
			}
		}
		return connections;
	}

	/**
	 * Arguments: host port secret window seconds code… (or "prefix*count", e.g. "load-*10000", or "@file" with lines
	 * of a code, a tab and its payload).
	 */
	public static void main(String[] args) throws Exception {
		List<String> codes = new ArrayList<>();
		Map<String, byte[]> payloads = new HashMap<>();
		for (int i = 5; i < args.length; i++) {
			int star = args[i].indexOf('*');
			if (args[i].startsWith("@")) {
				for (String line : Files.readAllLines(Path.of(args[i].substring(1)))) {
					String[] fields = line.split("\t", 2);
					codes.add(fields[0]);
					payloads.put(fields[0], fields[1].getBytes(StandardCharsets.UTF_8));
				}
			}
			else if (star < 0) {
				codes.add(args[i]);
			}
			else {
				String prefix = args[i].substring(0, star);
				IntStream.rangeClosed(1, Integer.parseInt(args[i].substring(star + 1)))
					.forEach(n -> codes.add(prefix + n));
			}
		}
		Result result = run(args[0], Integer.parseInt(args[1]), codes,
				code -> payloads.getOrDefault(code, WATER_LEVEL), args[2], Integer.parseInt(args[3]),
				Duration.ofSeconds(10), Duration.ofSeconds(Integer.parseInt(args[4])), 2);
		System.out.println(result);
	}
}
