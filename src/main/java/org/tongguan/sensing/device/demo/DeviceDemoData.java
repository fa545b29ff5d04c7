package org.tongguan.sensing.device.demo;

import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Departments;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.sensing.device.DeviceSecrets;
import org.tongguan.sensing.device.DeviceStore;
import org.tongguan.sensing.device.DevicesProperties;
import org.tongguan.sensing.device.DirectoryUpdates;
import org.tongguan.sensing.device.ValidDevice;
import org.tongguan.shared.PlatformProperties;

/**
 * Fills an empty device registry with the demo devices when the platform runs in demo mode; runs after the demo city
 * (order 10) and the demo departments (order 20), before anything that starts publishing as demo devices.
 */
@Component
@Order(50)
class DeviceDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DeviceDemoData.class);

	private final PlatformProperties platform;

	private final DevicesProperties properties;

	private final Regions regions;

	private final Departments departments;

	private final DeviceStore store;

	private final DirectoryUpdates updates;

	private final TransactionOperations transactions;

	private final Clock clock;

	DeviceDemoData(PlatformProperties platform, DevicesProperties properties, Regions regions, Departments departments,
			DeviceStore store, DirectoryUpdates updates, TransactionOperations transactions, Clock clock) {
		this.platform = platform;
		this.properties = properties;
		this.regions = regions;
		this.departments = departments;
		this.store = store;
		this.updates = updates;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!platform.demo() || !store.isEmpty()) {
			return;
		}
		long start = System.nanoTime();
		List<ValidDevice> devices = withExistingOwner(
				new DemoDevices(regions).generate(regions.list(RegionLevel.DISTRICT), properties.demoScale()));
		long generated = System.nanoTime();
		String hash = DeviceSecrets.storedHash(properties.demoSecret());
		transactions.executeWithoutResult(status -> {
			store.insert(devices, Collections.nCopies(devices.size(), hash), clock.instant());
			updates.reloadAll();
		});
		log.info("Demo data: {} devices (e.g. {}) with the demo-only secret from tongguan.sensing.devices.demo-secret, "
				+ "generated in {} ms, stored in {} ms", devices.size(),
				devices.isEmpty() ? "-" : devices.get(0).draft().code(), (generated - start) / 1_000_000,
				(System.nanoTime() - generated) / 1_000_000);
	}

	/** The devices whose owner department exists (each department looked up once). */
	private List<ValidDevice> withExistingOwner(List<ValidDevice> devices) {
		Map<String, Boolean> exists = devices.stream()
			.map(device -> device.draft().owner())
			.distinct()
			.collect(Collectors.toMap(Function.identity(),
					owner -> departments.find(new DepartmentCode(owner)).isPresent()));
		return devices.stream().filter(device -> exists.get(device.draft().owner())).toList();
	}
}
