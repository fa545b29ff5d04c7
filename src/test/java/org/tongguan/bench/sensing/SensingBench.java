package org.tongguan.bench.sensing;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import org.tongguan.bench.BenchOptions;
import org.tongguan.bench.mqtt.MqttLoad;
import org.tongguan.sensing.mqtt.client.MqttClient;
import org.tongguan.sensing.mqtt.client.MqttClientOptions;
import org.tongguan.sensing.mqtt.client.MqttConnection;

import io.netty.handler.codec.mqtt.MqttQoS;

/**
 * The sensing load tool (issue 4): real MQTT device connections against a broker, in one of three modes, printing one
 * {@code RESULT} line per measured run. Usually started by {@code ./bench sensing} (scripts/sensing-bench.sh), which
 * starts the broker or the platform first.
 * <ul>
 * <li>{@code ceiling}: the broker alone (no platform processing) and a subscriber that only counts; every device keeps
 * {@code window} QoS 1 messages in flight; the subscriber's delivery rate is the ceiling.</li>
 * <li>{@code throughput}: the platform's devices, {@code window} QoS 1 messages in flight each (PUBACK once stored);
 * messages/s the platform accepted and stored.</li>
 * <li>{@code steady}: a fixed total rate for {@code seconds}, with alarms raised and cleared; samples the reading →
 * alarm delay (p50/p99) and the platform's resident memory every 10 s.</li>
 * </ul>
 */
public final class SensingBench {

	private static final Map<String, String> DEFAULTS = Map.ofEntries(Map.entry("mode", "throughput"),
			Map.entry("mqtt", "127.0.0.1:1883"), Map.entry("url", "http://localhost:18092"),
			Map.entry("devices", "10000"), Map.entry("secret", "tongguan-demo"), Map.entry("subscriber", ""),
			Map.entry("window", "4"), Map.entry("warmup", "10"), Map.entry("seconds", "30"), Map.entry("runs", "3"),
			Map.entry("rate", "10000"), Map.entry("alarms", "20"), Map.entry("pid", "0"));

	private final Map<String, String> options;

	private final String host;

	private final int port;

	private SensingBench(Map<String, String> options) {
		this.options = options;
		String[] mqtt = options.get("mqtt").split(":");
		this.host = mqtt[0];
		this.port = Integer.parseInt(mqtt[1]);
	}

	public static void main(String[] args) throws Exception {
		SensingBench bench = new SensingBench(BenchOptions.parse(args, DEFAULTS));
		switch (bench.options.get("mode")) {
			case "ceiling" -> bench.ceiling();
			case "throughput" -> bench.throughput();
			case "steady" -> bench.steady();
			default -> throw new IllegalArgumentException("Modes are ceiling, throughput and steady");
		}
		System.exit(0);
	}

	private void ceiling() throws Exception {
		List<Fleet.Device> devices = Fleet.generated(number("devices"));
		LongAdder delivered = new LongAdder();
		String[] login = options.get("subscriber").split(":", 2);
		try (MqttClient client = new MqttClient(1, "counter")) {
			MqttConnection counter = client.connect(new MqttClientOptions(host, port, "bench-counter",
					login[0].isEmpty() ? null : login[0], login.length > 1 ? login[1] : null, true,
					Duration.ofSeconds(60), message -> delivered.increment())).get();
			counter.subscribe("devices/+/telemetry", MqttQoS.AT_MOST_ONCE).get();
			for (int run = 1; run <= number("runs"); run++) {
				MqttLoad.Result result = closedLoop(devices, List.of(delivered::sum));
				System.out.printf("RESULT\tceiling\t%d\t%.0f\t%.0f%n", run, result.perSecond(),
						result.alsoCounted()[0] / seconds(result));
			}
		}
	}

	private void throughput() throws Exception {
		URI platform = URI.create(options.get("url"));
		List<Fleet.Device> devices = Fleet.ofPlatform(platform, number("devices"));
		PlatformMetrics metrics = PlatformMetrics.of(platform);
		System.out.printf("devices: %d%n", devices.size());
		for (int run = 1; run <= number("runs"); run++) {
			MqttLoad.Result result = closedLoop(devices, List.of(metrics::acceptedMessages, metrics::storedValues,
					metrics::rejectedMessages));
			System.out.printf("RESULT\tthroughput\t%d\t%.0f\t%.0f\t%.0f\t%d%n", run, result.perSecond(),
					result.alsoCounted()[0] / seconds(result), result.alsoCounted()[1] / seconds(result),
					result.alsoCounted()[2]);
		}
	}

	private void steady() throws Exception {
		URI platform = URI.create(options.get("url"));
		List<Fleet.Device> devices = Fleet.ofPlatform(platform, number("devices"));
		PlatformMetrics metrics = PlatformMetrics.of(platform);
		long pid = Long.parseLong(options.get("pid"));
		try (MqttClient client = new MqttClient(2, "steady")) {
			List<MqttConnection> connections = MqttLoad.connect(client, host, port,
					devices.stream().map(Fleet.Device::code).toList(), options.get("secret"));
			SteadyLoad load = new SteadyLoad(devices, connections);
			long accepted = metrics.acceptedMessages();
			long started = System.nanoTime();
			ScheduledExecutorService ticks = load.start(number("rate"), number("alarms"));
			System.out.println("second\tsent/s\tstored/s\tp50 ms\tp99 ms\tRSS MiB");
			long lastAccepted = accepted;
			long lastSent = 0;
			TreeMap<Double, Long> firstDelays = metrics.alarmDelays();
			TreeMap<Double, Long> lastDelays = firstDelays;
			for (int second = 10; second <= number("seconds"); second += 10) {
				Thread.sleep(Math.max(0, started / 1_000_000 + second * 1000L - System.nanoTime() / 1_000_000));
				long nowAccepted = metrics.acceptedMessages();
				long nowSent = load.sent();
				TreeMap<Double, Long> delays = metrics.alarmDelays();
				System.out.printf("RESULT\tsteady\t%d\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f%n", second,
						(nowSent - lastSent) / 10.0, (nowAccepted - lastAccepted) / 10.0,
						PlatformMetrics.quantileMillis(lastDelays, delays, 0.5),
						PlatformMetrics.quantileMillis(lastDelays, delays, 0.99),
						pid > 0 ? PlatformMetrics.residentMiB(pid) : 0);
				lastAccepted = nowAccepted;
				lastSent = nowSent;
				lastDelays = delays;
			}
			System.out.printf("RESULT\tsteady-all\t%.0f\t%.0f%n", PlatformMetrics.quantileMillis(firstDelays,
					lastDelays, 0.5), PlatformMetrics.quantileMillis(firstDelays, lastDelays, 0.99));
			ticks.shutdownNow();
			double alarms = metrics.read("tongguan.sensing.alarm.delay", "COUNT");
			System.out.printf("sent %d, acknowledged %d, failed %d; alarm changes timed %.0f, max delay %.0f ms%n",
					load.sent(), load.acknowledged(), load.failed(), alarms,
					metrics.read("tongguan.sensing.alarm.delay", "MAX") * 1000);
		}
	}

	private MqttLoad.Result closedLoop(List<Fleet.Device> devices, List<LongSupplier> counters) throws Exception {
		Map<String, byte[]> payloads = new HashMap<>();
		devices.forEach(device -> payloads.put(device.code(), device.reading()));
		return MqttLoad.run(host, port, new ArrayList<>(payloads.keySet()), payloads::get, options.get("secret"),
				number("window"), Duration.ofSeconds(number("warmup")), Duration.ofSeconds(number("seconds")), 2,
				counters);
	}

	private static double seconds(MqttLoad.Result result) {
		return result.measured().toNanos() / 1e9;
	}

	private int number(String option) {
		return Integer.parseInt(options.get(option));
	}
}
