package org.tongguan.sensing.device;

import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionCode;
import org.tongguan.sensing.DeviceCode;

/**
 * Every registered device in memory, by code and by id: loaded on start, then changed only after a change of the
 * registry is committed (see {@link DirectoryUpdates}). Lookups are lock-free and allocate nothing.
 */
@Component
class InMemoryDeviceDirectory implements DeviceDirectory, InitializingBean {

	private final Map<String, DirectoryEntry> byCode = new ConcurrentHashMap<>(1 << 14);

	private final Map<DeviceId, DirectoryEntry> byId = new ConcurrentHashMap<>(1 << 14);

	private final DeviceStore devices;

	private final DeviceTypeStore typeStore;

	private volatile Map<String, DeviceTypeSpec> types = Map.of();

	InMemoryDeviceDirectory(DeviceStore devices, DeviceTypeStore typeStore) {
		this.devices = devices;
		this.typeStore = typeStore;
	}

	@Override
	public void afterPropertiesSet() {
		types = Map.copyOf(typeStore.all());
		install(devices.rows());
	}

	@Override
	public Optional<RegisteredDevice> find(String code) {
		DirectoryEntry entry = code == null ? null : byCode.get(code);
		return entry == null ? Optional.empty() : entry.found();
	}

	@Override
	public Optional<RegisteredDevice> find(DeviceId id) {
		DirectoryEntry entry = byId.get(id);
		return entry == null ? Optional.empty() : entry.found();
	}

	@Override
	public boolean authenticate(RegisteredDevice device, String secret) {
		DirectoryEntry entry = device == null ? null : byId.get(device.id());
		if (entry == null || secret == null) {
			return false;
		}
		return MessageDigest.isEqual(entry.secretHash(), DeviceSecrets.hash(secret));
	}

	@Override
	public Collection<RegisteredDevice> all() {
		return byId.values().stream().map(DirectoryEntry::device).toList();
	}

	/** The device types as last committed, by code. */
	Map<String, DeviceTypeSpec> types() {
		return types;
	}

	/** The entries of every device, for queries that scan (cameras around a point). */
	Collection<DirectoryEntry> entries() {
		return byId.values();
	}

	/** Installs the committed state of these rows; an older revision never replaces a newer one. */
	synchronized void install(List<DeviceRow> rows) {
		for (DeviceRow row : rows) {
			DirectoryEntry current = byId.get(row.id());
			if (current == null || current.revision() <= row.revision()) {
				DirectoryEntry entry = entry(row);
				byId.put(row.id(), entry);
				byCode.put(row.code(), entry);
			}
		}
	}

	/** Forgets a deleted device. */
	synchronized void remove(DeviceId id) {
		DirectoryEntry entry = byId.remove(id);
		if (entry != null) {
			byCode.remove(entry.device().code().value());
		}
	}

	/** Installs the committed state of the device types and gives every device of a changed type the new one. */
	synchronized void installTypes(Map<String, DeviceTypeSpec> committed) {
		types = Map.copyOf(committed);
		for (DirectoryEntry entry : byId.values()) {
			RegisteredDevice device = entry.device();
			DeviceTypeSpec type = types.get(device.type().code());
			if (type != null && !type.equals(device.type())) {
				DirectoryEntry retyped = new DirectoryEntry(new RegisteredDevice(device.id(), device.code(),
						device.name(), type, device.longitude(), device.latitude(), device.grid(), device.owner(),
						device.status()), entry.secretHash(), entry.streamUrl(), entry.revision());
				byId.put(device.id(), retyped);
				byCode.put(device.code().value(), retyped);
			}
		}
	}

	private DirectoryEntry entry(DeviceRow row) {
		RegisteredDevice device = new RegisteredDevice(row.id(), new DeviceCode(row.code()), row.name(),
				types.get(row.type()), row.longitude(), row.latitude(),
				row.grid() == null ? null : new RegionCode(row.grid()), new DepartmentCode(row.owner()),
				row.status());
		return new DirectoryEntry(device, HexFormat.of().parseHex(row.secretHash()), row.streamUrl(), row.revision());
	}
}
