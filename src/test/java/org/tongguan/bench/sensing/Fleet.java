package org.tongguan.bench.sensing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.tongguan.bench.load.PlatformClient;

import tools.jackson.databind.JsonNode;

/**
 * The simulated devices of a benchmark: the platform's active devices that report metrics (read over its API), or
 * generated {@code load-<n>} gauges for a broker alone; each with a normal reading well inside the default rules.
 */
final class Fleet {

	/** Values well inside every default rule, by metric name. */
	private static final Map<String, Double> NORMAL = Map.ofEntries(Map.entry("waterLevel", 0.02),
			Map.entry("rainfall", 0.0), Map.entry("tilt", 1.0), Map.entry("displaced", 0.0), Map.entry("smoke", 0.0),
			Map.entry("temperature", 26.0), Map.entry("pm25", 18.0), Map.entry("pm10", 35.0), Map.entry("aqi", 42.0),
			Map.entry("noise", 52.0), Map.entry("strain", 120.0), Map.entry("signal", -71.0));

	/** One device: its code, its normal values as JSON members, and whether it reports a battery level. */
	record Device(String code, String values, boolean hasBattery) {

		/** A reading measured at {@code timestamp}; with a battery of 10 % (电量低) when {@code lowBattery}. */
		byte[] reading(long timestamp, boolean lowBattery) {
			return ("{\"ts\":" + timestamp + ",\"values\":{" + values + battery(lowBattery) + "}}")
				.getBytes(StandardCharsets.UTF_8);
		}

		/** A reading without a timestamp (the platform takes the arrival time). */
		byte[] reading() {
			return ("{\"values\":{" + values + battery(false) + "}}").getBytes(StandardCharsets.UTF_8);
		}

		private String battery(boolean low) {
			String level = "\"battery\":" + (low ? "10" : "87");
			return !hasBattery ? "" : values.isEmpty() ? level : "," + level;
		}
	}

	private Fleet() {
	}

	/** Up to {@code limit} of the platform's active devices that report metrics. */
	static List<Device> ofPlatform(URI platform, int limit) throws Exception {
		PlatformClient api = PlatformClient.signIn(platform, "admin", "tongguan-demo");
		Map<String, Device> byType = new HashMap<>();
		for (JsonNode type : api.get("/api/sensing/device-types")) {
			List<String> values = new ArrayList<>();
			boolean battery = false;
			for (JsonNode metric : type.path("metrics")) {
				String name = metric.path("name").asString();
				battery |= name.equals("battery");
				if (!name.equals("battery")) {
					values.add("\"" + name + "\":" + NORMAL.getOrDefault(name,
							(metric.path("min").asDouble() + metric.path("max").asDouble()) / 2));
				}
			}
			if (!values.isEmpty() || battery) {
				byType.put(type.path("code").asString(), new Device(null, String.join(",", values), battery));
			}
		}
		List<Device> devices = new ArrayList<>();
		for (int page = 0; devices.size() < limit; page++) {
			JsonNode answer = api.get("/api/sensing/devices?status=ACTIVE&size=200&page=" + page);
			if (answer.path("items").isEmpty()) {
				break;
			}
			for (JsonNode device : answer.path("items")) {
				Device type = byType.get(device.path("type").asString());
				if (type != null && devices.size() < limit) {
					devices.add(new Device(device.path("code").asString(), type.values(), type.hasBattery()));
				}
			}
		}
		return devices;
	}

	/** {@code count} generated water-level gauges {@code load-<n>} for a broker without the platform. */
	static List<Device> generated(int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj(n -> new Device("load-" + n, "\"waterLevel\":0.02", true))
			.toList();
	}
}
