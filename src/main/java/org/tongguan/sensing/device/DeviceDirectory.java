package org.tongguan.sensing.device;

import java.util.Collection;
import java.util.Optional;

/**
 * The registered devices in memory, for ingestion, rules and health: lock-free lookups that reflect every change of
 * the registry as soon as it is committed.
 */
public interface DeviceDirectory {

	/** The device with this code (any status), or empty. */
	Optional<RegisteredDevice> find(String code);

	/** The device with this id (any status), or empty. */
	Optional<RegisteredDevice> find(DeviceId id);

	/** Whether {@code secret} is the device's current credential; compared in constant time. */
	boolean authenticate(RegisteredDevice device, String secret);

	/** Every registered device, as of now. */
	Collection<RegisteredDevice> all();
}
