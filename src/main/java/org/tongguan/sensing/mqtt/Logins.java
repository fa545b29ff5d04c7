package org.tongguan.sensing.mqtt;

import java.util.Optional;

import org.tongguan.identity.ApiKeyPurpose;
import org.tongguan.identity.ExternalSystems;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.ingest.TelemetryIngestion;

/**
 * Checks the user name and password of an MQTT CONNECT: a device code and its secret, or {@value #API_KEY_USER} and a
 * platform API key; refused devices are counted per device. May block (API keys are looked up in the database), so the
 * broker calls it off its event loops.
 */
final class Logins {

	/** The user name a monitoring system connects with; its password is a platform API key for TELEMETRY. */
	static final String API_KEY_USER = "api-key";

	private final DeviceDirectory devices;

	private final ExternalSystems systems;

	private final TelemetryIngestion ingestion;

	Logins(DeviceDirectory devices, ExternalSystems systems, TelemetryIngestion ingestion) {
		this.devices = devices;
		this.systems = systems;
		this.ingestion = ingestion;
	}

	/** Who the credentials belong to, or empty when they are not valid. */
	Optional<Login> authenticate(String username, String password) {
		if (username == null || password == null) {
			return Optional.empty();
		}
		if (API_KEY_USER.equals(username)) {
			return systems.authenticate(password, ApiKeyPurpose.TELEMETRY)
				.map(caller -> Login.monitor(caller.username()));
		}
		if (!DeviceCode.isValid(username)) {
			return Optional.empty();
		}
		Optional<RegisteredDevice> device = devices.find(username);
		if (device.isEmpty()) {
			ingestion.rejected(username, Rejection.UNKNOWN_DEVICE);
			return Optional.empty();
		}
		if (!devices.authenticate(device.get(), password)) {
			ingestion.rejected(username, Rejection.BAD_CREDENTIALS);
			return Optional.empty();
		}
		return device.map(Login::device);
	}
}
