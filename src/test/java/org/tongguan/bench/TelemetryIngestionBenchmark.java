package org.tongguan.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.infra.ThreadParams;
import org.openjdk.jmh.runner.IterationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongguan.TongguanApplication;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.health.DevicePresence;
import org.tongguan.sensing.health.PresenceState;
import org.tongguan.sensing.ingest.IngestCallback;
import org.tongguan.sensing.ingest.Rejection;
import org.tongguan.sensing.ingest.TelemetryIngestion;

/**
 * Telemetry messages fully processed per second: {@link TelemetryIngestion#accept} parses and validates each
 * message ({@code ts} and two values of a water-level gauge), every reading listener sees it (latest values, the rule
 * engine with the default rules), and the store writes it durably; an operation ends when its {@code stored()}
 * callback has been called. The demo platform boots once on its own database: {@code storage=test} is H2 in memory,
 * or a fresh PostgreSQL database when {@code TONGGUAN_TEST_POSTGRES_URL} is set; {@code storage=h2-file} is an H2
 * file database in a temporary directory, as the embedded platform runs. Two threads (as the MQTT broker's two event
 * loops) each send bursts of 10,000 messages from their half of 10,000 gauges and wait for them to be stored (the
 * per-device limit is lifted, since that is more than 10 messages per gauge and second); the readings table is
 * emptied between iterations. At the end the process CPU time per message is printed as well. Run with
 * {@code ./bench TelemetryIngestionBenchmark} (add {@code -p storage=h2-file} for the file database).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(TelemetryIngestionBenchmark.BURST)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Threads(2)
public class TelemetryIngestionBenchmark {

	static final int BURST = 10_000;

	private static final int GAUGES = 10_000;

	@Param({ "test" })
	public String storage;

	private ConfigurableApplicationContext platform;

	private TelemetryIngestion ingestion;

	private JdbcTemplate jdbc;

	private RegisteredDevice[] gauges;

	private byte[][] payloads;

	private boolean measuring;

	private long cpuAtStart;

	private final AtomicInteger stored = new AtomicInteger();

	private final List<Double> cpuMicrosPerMessage = new ArrayList<>();

	@Setup(Level.Trial)
	public void bootPlatformAndGreetEveryGauge() throws Exception {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(TongguanApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=warn",
					// Faster than real gauges (10 messages per second each at 100,000 per second): lift the limit,
					// whose bucket is still taken from for every message.
					"tongguan.sensing.telemetry.rate.messages-per-second=1000000");
		if (storage.equals("h2-file")) {
			String url = "jdbc:h2:file:" + Files.createTempDirectory("tongguan-telemetry-bench").resolve("bench")
					+ ";QUERY_CACHE_SIZE=256";
			// After the test database post-processor, so that the file database wins.
			builder.listeners(event -> {
				if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
					prepared.getEnvironment()
						.getPropertySources()
						.addFirst(new MapPropertySource("benchDatabase", Map.of("spring.datasource.url", url)));
				}
			});
		}
		else if (!storage.equals("test")) {
			throw new IllegalArgumentException("storage is test or h2-file, not " + storage);
		}
		platform = builder.run();
		ingestion = platform.getBean(TelemetryIngestion.class);
		jdbc = platform.getBean(JdbcTemplate.class);
		RegisteredDevice model = platform.getBean(DeviceDirectory.class)
			.all()
			.stream()
			.filter(device -> device.type().code().equals("water-level"))
			.findFirst()
			.orElseThrow();
		long now = System.currentTimeMillis();
		gauges = new RegisteredDevice[GAUGES];
		payloads = new byte[GAUGES][];
		for (int i = 0; i < GAUGES; i++) {
			gauges[i] = new RegisteredDevice(new DeviceId(50_000_000L + i), new DeviceCode("BENCH-WL-" + i),
					"基准积水点" + i, model.type(), model.longitude(), model.latitude(), model.grid(), model.owner(),
					DeviceStatus.ACTIVE);
			payloads[i] = ("{\"ts\":" + now + ",\"values\":{\"waterLevel\":" + (i % 10) / 100.0 + ",\"battery\":"
					+ (60 + i % 40) + "}}").getBytes(StandardCharsets.UTF_8);
		}
		greetEveryGauge();
	}

	/**
	 * Sends one message per gauge and waits until every gauge is online and its DeviceOnline event handled, so that
	 * coming online (once in a gauge's life) stays out of the measurement.
	 */
	private void greetEveryGauge() throws InterruptedException {
		Counter counter = new Counter();
		for (int i = 0; i < GAUGES; i++) {
			ingestion.accept(gauges[i], payloads[i], counter);
		}
		counter.await(GAUGES);
		DevicePresence presence = platform.getBean(DevicePresence.class);
		for (RegisteredDevice gauge : gauges) {
			while (presence.of(gauge.id()).state() != PresenceState.ONLINE) {
				Thread.sleep(10);
			}
		}
		while (jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
				Integer.class) > 0) {
			Thread.sleep(100);
		}
		jdbc.update("TRUNCATE TABLE sensing_reading");
	}

	/** One burst of messages from this thread's half of the gauges, until every one of them is stored. */
	@Benchmark
	public int ingestAndStore(Sender sender) throws InterruptedException {
		sender.counter.reset();
		for (int i = 0; i < BURST; i++) {
			int gauge = sender.next();
			ingestion.accept(gauges[gauge], payloads[gauge], sender.counter);
		}
		sender.counter.await(BURST);
		stored.addAndGet(BURST);
		return BURST;
	}

	@Setup(Level.Iteration)
	public void noteCpu(IterationParams iteration) {
		measuring = iteration.getType() == IterationType.MEASUREMENT;
		stored.set(0);
		cpuAtStart = processCpuNanos();
	}

	/** Checks that every stored message left its two rows, then empties the table. */
	@TearDown(Level.Iteration)
	public void checkAndEmptyReadings() {
		if (measuring && stored.get() > 0) {
			cpuMicrosPerMessage.add((processCpuNanos() - cpuAtStart) / 1000.0 / stored.get());
		}
		long rows = jdbc.queryForObject("SELECT COUNT(*) FROM sensing_reading", Long.class);
		if (rows != 2L * stored.get()) {
			throw new IllegalStateException(stored.get() + " messages stored, but " + rows + " rows");
		}
		jdbc.update("TRUNCATE TABLE sensing_reading");
	}

	@TearDown(Level.Trial)
	public void stopPlatform() {
		List<Double> sorted = cpuMicrosPerMessage.stream().sorted().toList();
		if (!sorted.isEmpty()) {
			double median = sorted.get(sorted.size() / 2);
			System.out.printf("%nProcess CPU time per message: median %.1f µs (%.0f messages per CPU-second) over "
					+ "%d iterations %s%n", median, 1e6 / median, sorted.size(), cpuMicrosPerMessage);
		}
		platform.close();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** One sending thread (an event loop): its half of the gauges, in turn, and the callbacks of its messages. */
	@State(Scope.Thread)
	public static class Sender {

		final Counter counter = new Counter();

		private int first;

		private int count;

		private int next;

		@Setup(Level.Trial)
		public void takeHalf(ThreadParams thread) {
			count = GAUGES / thread.getThreadCount();
			first = thread.getThreadIndex() * count;
		}

		int next() {
			int gauge = first + next;
			next = (next + 1) % count;
			return gauge;
		}
	}

	/** Counts stored messages; a rejection (the benchmark's messages are all valid) fails the wait. */
	static final class Counter implements IngestCallback {

		private final AtomicInteger stored = new AtomicInteger();

		private volatile String rejection;

		void reset() {
			stored.set(0);
		}

		void await(int expected) {
			while (stored.get() < expected) {
				if (rejection != null) {
					throw new IllegalStateException("A benchmark message was rejected: " + rejection);
				}
				LockSupport.parkNanos(this, 1_000_000);
			}
		}

		@Override
		public void stored() {
			stored.incrementAndGet();
		}

		@Override
		public void rejected(Rejection reason, String detail) {
			rejection = reason + " " + detail;
		}
	}
}
