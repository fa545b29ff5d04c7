package org.tongguan.sensing.device;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;

/** The device types (设备类型): read from memory, edited by administrators; every edit reaches the directory. */
@Service
public class DeviceTypes {

	private final DeviceTypeStore store;

	private final InMemoryDeviceDirectory directory;

	private final DirectoryUpdates updates;

	DeviceTypes(DeviceTypeStore store, InMemoryDeviceDirectory directory, DirectoryUpdates updates) {
		this.store = store;
		this.directory = directory;
		this.updates = updates;
	}

	/** Every type, by code. */
	public List<DeviceTypeSpec> all() {
		return directory.types().values().stream().sorted(Comparator.comparing(DeviceTypeSpec::code)).toList();
	}

	/** The type with this code, as last committed. */
	public Optional<DeviceTypeSpec> find(String code) {
		return Optional.ofNullable(code == null ? null : directory.types().get(code));
	}

	@Transactional
	public DeviceTypeSpec create(DeviceTypeDraft draft) {
		DeviceTypeSpec type = DeviceTypeValidator.validate(draft);
		if (store.exists(type.code())) {
			throw new ConflictException("A device type " + type.code() + " exists already");
		}
		try {
			store.insert(type);
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("A device type " + type.code() + " exists already");
		}
		updates.typesChanged();
		return type;
	}

	/**
	 * Changes a type's name, metrics and timeout; its camera flag (kept when the draft has none) only while no device
	 * has the type.
	 */
	@Transactional
	public DeviceTypeSpec update(String code, DeviceTypeDraft draft) {
		DeviceTypeSpec current = find(code).orElseThrow(() -> new NotFoundException("No device type " + code));
		if (draft.code() != null && !draft.code().equals(code)) {
			throw new InvalidInputException("code", "the code of a type cannot change");
		}
		DeviceTypeSpec type = DeviceTypeValidator.validate(new DeviceTypeDraft(code, draft.name(), draft.metrics(),
				draft.inactivityTimeoutSeconds(), draft.camera() != null ? draft.camera() : current.camera()));
		if (type.camera() != current.camera() && store.devicesOf(code) > 0) {
			throw new ConflictException("Device type " + code + " is in use: whether it is a camera cannot change");
		}
		store.update(type);
		updates.typesChanged();
		return type;
	}

	/** Deletes a type no device has and no rule names. */
	@Transactional
	public void delete(String code) {
		if (!store.exists(code)) {
			throw new NotFoundException("No device type " + code);
		}
		long devices = store.devicesOf(code);
		if (devices > 0) {
			throw new ConflictException("Device type " + code + " is in use by " + devices + " devices");
		}
		try {
			store.delete(code);
		}
		catch (DataIntegrityViolationException e) {
			throw new ConflictException("Device type " + code + " is still referred to (e.g. by alarm rules)");
		}
		updates.typesChanged();
	}
}
