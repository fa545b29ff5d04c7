package org.tongguan.sensing;

import java.util.Comparator;
import java.util.List;

import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.RegisteredDevice;

/** Picks demo water-level gauges (积水监测仪) by district, so that each test can use gauges no other test uses. */
public final class DemoGauges {

	/** The demo devices' secret. */
	public static final String SECRET = "tongguan-demo";

	private DemoGauges() {
	}

	/** The {@code n}-th (from 0) active demo water-level gauge of the district (e.g. 440304 福田区), by code. */
	public static RegisteredDevice gauge(DeviceDirectory directory, String district, int n) {
		List<RegisteredDevice> gauges = directory.all().stream()
			.filter(device -> device.code().value().startsWith("WL-" + district + "-"))
			.filter(device -> device.status() == DeviceStatus.ACTIVE)
			.sorted(Comparator.comparing(device -> device.code().value()))
			.toList();
		return gauges.get(n);
	}
}
