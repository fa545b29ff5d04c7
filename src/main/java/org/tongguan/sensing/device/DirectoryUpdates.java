package org.tongguan.sensing.device;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands changes of the registry to the in-memory directory once their transaction commits: the changed rows are read
 * inside the transaction (it sees its own writes) and installed after the commit; a rollback installs nothing.
 */
@Component
public class DirectoryUpdates {

	private final InMemoryDeviceDirectory directory;

	private final DeviceStore devices;

	private final DeviceTypeStore types;

	DirectoryUpdates(InMemoryDeviceDirectory directory, DeviceStore devices, DeviceTypeStore types) {
		this.directory = directory;
		this.devices = devices;
		this.types = types;
	}

	/** The devices with these codes were inserted or changed. */
	public void changed(Collection<String> codes) {
		List<DeviceRow> rows = devices.rows(codes);
		afterCommit(() -> directory.install(rows));
	}

	/** Every device may have changed (a bulk load). */
	public void reloadAll() {
		List<DeviceRow> rows = devices.rows();
		afterCommit(() -> directory.install(rows));
	}

	/** The device with this id was deleted. */
	public void deleted(DeviceId id) {
		afterCommit(() -> directory.remove(id));
	}

	/** A device type was created, changed or deleted. */
	void typesChanged() {
		var committed = types.all();
		afterCommit(() -> directory.installTypes(committed));
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}
}
