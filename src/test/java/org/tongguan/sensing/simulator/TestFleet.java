package org.tongguan.sensing.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionCode;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.DeviceTypeSpec;
import org.tongguan.sensing.device.RegisteredDevice;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Simulated devices made up for unit tests (not registered), and their messages read back. */
final class TestFleet {

	private static final ObjectMapper JSON = new ObjectMapper();

	private TestFleet() {
	}

	/** {@code count} devices of a type in a district, coded like the demo devices. */
	static List<SimulatedDevice> devices(String type, String district, int count) {
		DeviceModel model = DeviceModels.of(type);
		DeviceTypeSpec spec = new DeviceTypeSpec(type, type, List.of(), Duration.ofMinutes(10), false);
		List<SimulatedDevice> devices = new ArrayList<>();
		for (int n = 1; n <= count; n++) {
			String code = type.substring(0, 2).toUpperCase() + "-" + district + "-" + "%04d".formatted(n);
			RegisteredDevice registered = new RegisteredDevice(new DeviceId(n), new DeviceCode(code), code, spec, 114,
					22.6, RegionCode.of(district + "001001001"), new DepartmentCode(district + "-SW"),
					DeviceStatus.ACTIVE);
			devices.add(new SimulatedDevice(registered, model));
		}
		return devices;
	}

	/** A moment at a local hour and simulated time, with seeded noise. */
	static Moment at(double hour, long simulated, Rainstorm storm, SplittableRandom random) {
		return new Moment(1_795_000_000_000L + simulated, hour, simulated, storm, random);
	}

	/** The values the device reports at the moment, by metric. */
	static Map<String, Double> measure(SimulatedDevice device, Moment moment) {
		Payload payload = new Payload().begin(moment.wallMillis());
		device.model().measure(device, moment, payload);
		JsonNode message = JSON.readTree(payload.end());
		Map<String, Double> values = new LinkedHashMap<>();
		message.get("values").properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().asDouble()));
		return values;
	}
}
