package org.tongguan.sensing.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.RegisteredDevice;

/**
 * Which devices the simulator runs: the active devices that still have the demo secret (so devices registered for
 * real, with their own secrets, are left alone) and whose type it can simulate (not cameras), in code order, or an
 * even sample of them when limited.
 */
final class DemoFleet {

	private DemoFleet() {
	}

	static List<SimulatedDevice> select(DeviceDirectory directory, String demoSecret, int maxDevices) {
		List<SimulatedDevice> all = directory.all()
			.stream()
			.filter(device -> device.status() == DeviceStatus.ACTIVE && device.type() != null)
			.filter(device -> DeviceModels.of(device.type().code()) != null)
			.filter(device -> directory.authenticate(device, demoSecret))
			.sorted(Comparator.comparing((RegisteredDevice device) -> device.code().value()))
			.map(device -> new SimulatedDevice(device, DeviceModels.of(device.type().code())))
			.toList();
		if (maxDevices == 0 || all.size() <= maxDevices) {
			return all;
		}
		List<SimulatedDevice> sample = new ArrayList<>(maxDevices);
		for (int i = 0; i < maxDevices; i++) {
			sample.add(all.get((int) ((long) i * all.size() / maxDevices)));
		}
		return List.copyOf(sample);
	}
}
