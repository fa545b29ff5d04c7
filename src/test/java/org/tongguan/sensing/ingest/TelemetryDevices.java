package org.tongguan.sensing.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionCode;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.DeviceTypeSpec;
import org.tongguan.sensing.device.MetricSpec;
import org.tongguan.sensing.device.RegisteredDevice;

/** Devices of the standard water-level type and telemetry settings as bound from the defaults, for unit tests. */
public final class TelemetryDevices {

	public static final DeviceTypeSpec WATER_LEVEL = new DeviceTypeSpec("water-level", "积水监测仪",
			List.of(new MetricSpec("waterLevel", "积水深度", "m", 0, 10), new MetricSpec("battery", "电量", "%", 0, 100),
					new MetricSpec("signal", "信号强度", "dBm", -140, 0)),
			Duration.ofMinutes(10), false);

	private TelemetryDevices() {
	}

	/** An active water-level sensor in a Futian grid. */
	public static RegisteredDevice waterLevel(long id) {
		return device(id, DeviceStatus.ACTIVE);
	}

	public static RegisteredDevice device(long id, DeviceStatus status) {
		return new RegisteredDevice(new DeviceId(id), new DeviceCode("WL-" + id), "积水点" + id, WATER_LEVEL, 114.05,
				22.54, RegionCode.of("440304001001001"), new DepartmentCode("440304-SW"), status);
	}

	/** The default settings, with these overrides (e.g. {@code "rate.burst", "3"}). */
	public static TelemetryProperties properties(String... overrides) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < overrides.length; i += 2) {
			values.put("tongguan.sensing.telemetry." + overrides[i], overrides[i + 1]);
		}
		return new Binder(new MapConfigurationPropertySource(values))
			.bindOrCreate("tongguan.sensing.telemetry", Bindable.of(TelemetryProperties.class));
	}
}
