package org.tongguan.sensing.mqtt;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tongguan.identity.ApiKeyPurpose;
import org.tongguan.identity.Caller;
import org.tongguan.identity.ExternalSystems;
import org.tongguan.identity.Role;
import org.tongguan.region.RegionCode;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.DeviceTypeSpec;
import org.tongguan.sensing.device.MetricSpec;
import org.tongguan.sensing.device.RegisteredDevice;

/** Two water-level gauges with the secret {@value #SECRET}, and one monitoring API key {@value #API_KEY}. */
final class TestDevices implements DeviceDirectory, ExternalSystems {

	static final String SECRET = "gauge-secret";

	static final String API_KEY = "tg_monitoring-key";

	private static final DeviceTypeSpec WATER_LEVEL = new DeviceTypeSpec("water-level", "积水监测仪",
			List.of(new MetricSpec("waterLevel", "水位", "m", 0, 10)), Duration.ofMinutes(10), false);

	private final Map<String, RegisteredDevice> devices = Map.of("gauge-1", device(1, "gauge-1"), "gauge-2",
			device(2, "gauge-2"));

	private static RegisteredDevice device(long id, String code) {
		return new RegisteredDevice(new DeviceId(id), new DeviceCode(code), code, WATER_LEVEL, 114.05, 22.54, null,
				null, DeviceStatus.ACTIVE);
	}

	@Override
	public Optional<RegisteredDevice> find(String code) {
		return Optional.ofNullable(devices.get(code));
	}

	@Override
	public Optional<RegisteredDevice> find(DeviceId id) {
		return devices.values().stream().filter(device -> device.id().equals(id)).findFirst();
	}

	@Override
	public boolean authenticate(RegisteredDevice device, String secret) {
		return SECRET.equals(secret);
	}

	@Override
	public Collection<RegisteredDevice> all() {
		return devices.values();
	}

	@Override
	public Optional<Caller> authenticate(String apiKey, ApiKeyPurpose purpose) {
		return API_KEY.equals(apiKey) && purpose == ApiKeyPurpose.TELEMETRY ? Optional.of(new Caller("flood-monitor", "防汛监测", Set.of(Role.EXTERNAL_SYSTEM),
				RegionCode.of("440300"), null)) : Optional.empty();
	}
}
