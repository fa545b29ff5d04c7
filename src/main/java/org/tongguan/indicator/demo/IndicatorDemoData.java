package org.tongguan.indicator.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.tongguan.identity.Caller;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Departments;
import org.tongguan.identity.Role;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;
import org.tongguan.indicator.registry.RegistryImport;
import org.tongguan.indicator.registry.RegistryImportResult;
import org.tongguan.indicator.registry.RegistryQuery;
import org.tongguan.indicator.registry.RegistrySearch;
import org.tongguan.region.RegionCode;
import org.tongguan.shared.PlatformProperties;

/**
 * Fills an empty indicator registry with the demo registry, two years of its pushed indicators' values, the demo
 * topics and the composite index when the platform runs in demo mode: in the background, so the platform is ready as
 * soon as without them (they follow a few seconds later), in one transaction, so a load cut short leaves nothing and
 * the next start loads again. Starts after the demo departments (order 20) and devices (order 50). A registry holding
 * anything is left alone, so a second start adds nothing; a database whose departments lack the demo bureaus (made
 * before them) gets no demo indicators, with a warning.
 */
@Component
@Order(60)
class IndicatorDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IndicatorDemoData.class);

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** Who the demo registry is imported by, as its versions show. */
	private static final String EDITOR = "demo";

	private static final Caller ADMINISTRATOR = new Caller(EDITOR, "演示数据", Set.of(Role.ADMIN), RegionCode.PLATFORM,
			null);

	private final PlatformProperties platform;

	private final IndicatorDemoProperties properties;

	private final RegistrySearch search;

	private final RegistryImport registry;

	private final Indicators indicators;

	private final Departments departments;

	private final DemoValues values;

	private final DemoValueImport valueImport;

	private final DemoTopics topics;

	private final TransactionOperations transactions;

	private final ExecutorService loading = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "indicator-demo-data");
		thread.setDaemon(true);
		return thread;
	});

	IndicatorDemoData(PlatformProperties platform, IndicatorDemoProperties properties, RegistrySearch search,
			RegistryImport registry, Indicators indicators, Departments departments, DemoValues values,
			DemoValueImport valueImport, DemoTopics topics, TransactionOperations transactions) {
		this.platform = platform;
		this.properties = properties;
		this.search = search;
		this.registry = registry;
		this.indicators = indicators;
		this.departments = departments;
		this.values = values;
		this.valueImport = valueImport;
		this.topics = topics;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (platform.demo() && properties.enabled()) {
			start();
		}
	}

	/**
	 * Loads the demo indicators in the background unless the registry holds anything by the time it runs (loads run
	 * one after another); the future completes when the load is done or found nothing to do.
	 */
	CompletableFuture<Void> start() {
		return CompletableFuture.runAsync(this::loadIntoEmptyRegistry, loading).whenComplete((done, failure) -> {
			if (failure != null) {
				log.error("Demo data: the demo indicators could not be loaded", failure);
			}
		});
	}

	/** Lets a running load finish before the platform stops (a load cut short would be rolled back whole). */
	@PreDestroy
	void stop() throws InterruptedException {
		loading.shutdown();
		loading.awaitTermination(1, TimeUnit.MINUTES);
	}

	private void loadIntoEmptyRegistry() {
		if (!registryEmpty()) {
			return;
		}
		String csv = DemoResources.text(DemoResources.REGISTRY);
		List<DepartmentCode> missing = DemoResources.departments(csv)
			.stream()
			.filter(code -> departments.find(code).isEmpty())
			.toList();
		if (!missing.isEmpty()) {
			log.warn("Demo data: no demo indicators, the departments {} are missing (a database from before the demo "
					+ "bureaus; start on an empty data directory to get them)", missing);
			return;
		}
		long start = System.nanoTime();
		long cpu = THREADS.getCurrentThreadCpuTime();
		transactions.executeWithoutResult(status -> {
			RegistryImportResult imported = registry.importCsv(csv, EDITOR);
			List<SeriesModel> models = SeriesModel.read(DemoResources.text(DemoResources.SERIES));
			Map<IndicatorCode, IndicatorPlan> plans = indicators.plans(models.stream().map(SeriesModel::code).toList());
			long generating = System.nanoTime();
			List<DemoValue> generated = values.generate(models, plans);
			long storing = System.nanoTime();
			int stored = valueImport.store(generated, plans);
			int topicCount = topics.store(EDITOR);
			log.info("Demo data: {} indicators, {} values of {} pushed indicators (seed {}), {} topics and the "
					+ "composite index; registry {} ms, values generated in {} ms, stored in {} ms; {} ms of CPU",
					imported.created(), stored, plans.size(), properties.seed(), topicCount,
					(generating - start) / 1_000_000, (storing - generating) / 1_000_000,
					(System.nanoTime() - storing) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
		});
	}

	private boolean registryEmpty() {
		return search.search(new RegistryQuery(null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, true, 0, 1), ADMINISTRATOR).total() == 0;
	}
}
