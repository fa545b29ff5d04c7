package org.tongguan.region.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.tongguan.region.demo.DemoCity;
import org.tongguan.shared.PlatformProperties;

/**
 * Loads the stored regions into memory on start; an empty database is first filled with the Shenzhen demo city
 * when {@code tongguan.demo} is on. Runs before the other modules' demo data, which refers to regions.
 */
@Component
@Order(10)
class RegionStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegionStartup.class);

	private final RegionStore store;

	private final RegionService regions;

	private final TransactionOperations transactions;

	private final PlatformProperties platform;

	RegionStartup(RegionStore store, RegionService regions, TransactionOperations transactions,
			PlatformProperties platform) {
		this.store = store;
		this.regions = regions;
		this.transactions = transactions;
		this.platform = platform;
	}

	@Override
	public void run(ApplicationArguments args) {
		long start = System.nanoTime();
		if (platform.demo() && store.isEmpty()) {
			List<Boundary> city = DemoCity.generate();
			long generated = System.nanoTime();
			transactions.executeWithoutResult(status -> store.insert(city));
			long stored = System.nanoTime();
			int count = regions.install(RegionSnapshot.of(city));
			log.info("Demo city: {} regions generated in {} ms, stored in {} ms, indexed in {} ms", count,
					millis(start, generated), millis(generated, stored), millis(stored, System.nanoTime()));
		}
		else {
			int count = regions.reload();
			log.info("Regions: {} loaded and indexed in {} ms", count, millis(start, System.nanoTime()));
		}
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}
}
