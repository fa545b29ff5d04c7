package org.tongguan.sensing.device.registry;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.identity.Callers;
import org.tongguan.region.RegionCode;
import org.tongguan.sensing.device.Device;
import org.tongguan.sensing.device.DeviceDraft;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.DeviceSecrets;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.DeviceStore;
import org.tongguan.sensing.device.DeviceValidator;
import org.tongguan.sensing.device.DirectoryUpdates;
import org.tongguan.sensing.device.ValidDevice;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;

/**
 * Registers and maintains devices (设备登记): every change is validated, checked against the caller's data scope and
 * reaches the in-memory directory once committed. Secrets are generated here and shown only in the answer.
 */
@Service
public class DeviceRegistry {

	private final DeviceStore store;

	private final DeviceValidator validator;

	private final DirectoryUpdates updates;

	private final Callers callers;

	private final Clock clock;

	DeviceRegistry(DeviceStore store, DeviceValidator validator, DirectoryUpdates updates, Callers callers,
			Clock clock) {
		this.store = store;
		this.validator = validator;
		this.updates = updates;
		this.callers = callers;
		this.clock = clock;
	}

	/** The device with this code, if the caller's scope covers it. */
	@Transactional(readOnly = true)
	public Device find(String code) {
		Device device = store.find(code).orElseThrow(() -> new NotFoundException("No device " + code));
		callers.requireScope(finest(device));
		return device;
	}

	/** Registers a new device with a generated secret. */
	@Transactional
	public Registration register(DeviceDraft draft) {
		ValidDevice device = valid(draft);
		if (store.exists(draft.code())) {
			throw new ConflictException("A device " + draft.code() + " is registered already");
		}
		callers.requireScope(device.location().finest().code());
		String secret = DeviceSecrets.generate();
		try {
			store.insert(List.of(device), List.of(DeviceSecrets.storedHash(secret)), clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("A device " + draft.code() + " is registered already");
		}
		updates.changed(List.of(draft.code()));
		return new Registration(store.find(draft.code()).orElseThrow(), secret);
	}

	/** Replaces what is known about a device; its code and secret stay, and its status unless the draft names one. */
	@Transactional
	public Device update(String code, DeviceDraft draft) {
		if (draft.code() != null && !draft.code().equals(code)) {
			throw new InvalidInputException("code", "the code of a device cannot change; register a new device");
		}
		Device current = find(code);
		DeviceDraft withCode = new DeviceDraft(code, draft.name(), draft.type(), draft.longitude(), draft.latitude(),
				draft.owner(), draft.installedOn(), draft.installer(), draft.address(), draft.note(),
				draft.streamUrl(), draft.status() != null ? draft.status() : current.status());
		ValidDevice device = valid(withCode);
		callers.requireScope(device.location().finest().code());
		store.update(List.of(device), clock.instant());
		updates.changed(List.of(code));
		return store.find(code).orElseThrow();
	}

	/** Puts a device in use, into maintenance or out of use (停用). */
	@Transactional
	public Device changeStatus(String code, DeviceStatus status) {
		if (status == null) {
			throw new InvalidInputException("status", "ACTIVE, MAINTENANCE or RETIRED");
		}
		find(code);
		store.setStatus(code, status, clock.instant());
		updates.changed(List.of(code));
		return store.find(code).orElseThrow();
	}

	/** Gives a device a new secret; the old one stops working once this commits. */
	@Transactional
	public IssuedSecret rotateSecret(String code) {
		find(code);
		String secret = DeviceSecrets.generate();
		store.setSecret(code, DeviceSecrets.storedHash(secret), clock.instant());
		updates.changed(List.of(code));
		return new IssuedSecret(code, secret);
	}

	/** Removes a device from the registry (to keep its history visible, retire it instead). */
	@Transactional
	public void delete(String code) {
		Device device = find(code);
		store.delete(device.id());
		updates.deleted(new DeviceId(device.id()));
	}

	private ValidDevice valid(DeviceDraft draft) {
		DeviceValidator.Checked checked = validator.check(draft);
		if (checked.device() == null) {
			throw new InvalidInputException("The device is invalid", checked.problems());
		}
		return checked.device();
	}

	static RegionCode finest(Device device) {
		String finest = device.grid() != null ? device.grid()
				: device.community() != null ? device.community()
						: device.street() != null ? device.street() : device.district();
		return RegionCode.of(finest);
	}
}
