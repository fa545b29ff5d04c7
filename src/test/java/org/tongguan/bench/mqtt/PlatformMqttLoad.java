package org.tongguan.bench.mqtt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.tongguan.TongguanApplication;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.MetricSpec;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.ingest.RejectionCounters;
import org.tongguan.sensing.mqtt.MqttEndpoint;

/**
 * Telemetry fully processed (parsed, rules evaluated, stored; PUBACK once stored): the demo platform on a fresh H2
 * file database with its embedded broker, and {@link MqttLoad} publishing as the demo devices (all but cameras) in the
 * same process. Each device sends the lowest value of its type's first metric, so no alarm fires; the per-device
 * rate limit is lifted, and what ingestion rejected anyway is printed after the run. Arguments: demo scale, window,
 * seconds (default 1 10 20); or {@code serve SCALE FILE} to run only the platform (MQTT port 1884) and write the
 * devices and payloads to FILE for {@code MqttLoad localhost 1884 tongguan-demo 10 30 @FILE} in another process, since
 * one process may not hold 20,000 sockets here.
 */
public final class PlatformMqttLoad {

	private PlatformMqttLoad() {
	}

	public static void main(String[] args) throws Exception {
		boolean serve = args.length > 0 && args[0].equals("serve");
		String scale = serve ? args[1] : args.length > 0 ? args[0] : "1";
		int window = !serve && args.length > 1 ? Integer.parseInt(args[1]) : 10;
		int seconds = !serve && args.length > 2 ? Integer.parseInt(args[2]) : 20;
		Path data = Files.createTempDirectory("tongguan-mqtt-load");
		Map<String, Object> settings = new HashMap<>();
		settings.put("tongguan.data-dir", data.toString());
		settings.put("server.port", "0");
		settings.put("tongguan.sensing.mqtt.port", serve ? "1884" : "0");
		settings.put("tongguan.sensing.simulator.enabled", "false");
		settings.put("tongguan.sensing.devices.demo-scale", scale);
		// The load is many times what a real device sends: lift the per-device limit so that nothing is rate-limited.
		settings.put("tongguan.sensing.telemetry.rate.messages-per-second", "100000");
		settings.put("tongguan.sensing.telemetry.rate.burst", "100000");
		try (ConfigurableApplicationContext platform = new SpringApplicationBuilder(TongguanApplication.class)
			.initializers(context -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("mqttLoad", settings)))
			.run()) {
			List<RegisteredDevice> devices = platform.getBean(DeviceDirectory.class)
				.all()
				.stream()
				.filter(device -> device.status() == DeviceStatus.ACTIVE && !device.type().metrics().isEmpty())
				.toList();
			Map<String, byte[]> payloads = new HashMap<>();
			devices.forEach(device -> payloads.put(device.code().value(), lowest(device)));
			RejectionCounters rejections = platform.getBean(RejectionCounters.class);
			if (serve) {
				Files.write(Path.of(args[2]), devices.stream()
					.map(device -> device.code().value() + "\t" + new String(payloads.get(device.code().value())))
					.toList());
				while (true) {
					Thread.sleep(10_000);
					System.out.println("rejected: " + rejected(devices, rejections));
				}
			}
			MqttEndpoint broker = platform.getBean(MqttEndpoint.class);
			System.out.println(MqttLoad.run(broker.host(), broker.port(),
					devices.stream().map(device -> device.code().value()).toList(), payloads::get, "tongguan-demo",
					window, Duration.ofSeconds(10), Duration.ofSeconds(seconds), 1));
			System.out.println("rejected: " + rejected(devices, rejections));
		}
	}

	private static Map<Rejection, Long> rejected(List<RegisteredDevice> devices, RejectionCounters rejections) {
		return devices.stream()
			.flatMap(device -> rejections.of(device.id()).entrySet().stream())
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.summingLong(Map.Entry::getValue)));
	}

	private static byte[] lowest(RegisteredDevice device) {
		MetricSpec metric = device.type().metrics().get(0);
		return ("{\"values\":{\"" + metric.name() + "\":" + metric.min() + "}}").getBytes(StandardCharsets.UTF_8);
	}
}
