package org.tongguan.bench;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongguan.TongguanApplication;
import org.tongguan.casework.history.HistoryImport;
import org.tongguan.casework.history.Importer;
import org.tongguan.casework.history.ValueMaps;
import org.tongguan.casework.statistics.ReadyStatistics;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.catalog.Catalog;
import org.tongguan.identity.Departments;
import org.tongguan.identity.Role;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;

/**
 * Folding cases into the statistics' ready data (decision 0015), in cases per second: the demo platform boots once
 * (H2 in memory, or a fresh PostgreSQL database when {@code TONGGUAN_TEST_POSTGRES_URL} is set) and imports the
 * 100,000-row export of {@link HistoryImportBenchmark}; each invocation empties the ready data, marks every case
 * pending and folds them all with {@link ReadyStatistics#catchUp()} — computing each case's contribution and working
 * handling time, storing it, and writing the day and month cells of six views. Run with
 * {@code ./bench ReadyStatisticsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(ReadyStatisticsBenchmark.ROWS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class ReadyStatisticsBenchmark {

	static final int ROWS = 100_000;

	private ConfigurableApplicationContext platform;

	private ReadyStatistics ready;

	private JdbcTemplate jdbc;

	@Setup(Level.Trial)
	public void bootPlatformAndImport() {
		platform = new SpringApplicationBuilder(TongguanApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=warn")
			.run();
		ready = platform.getBean(ReadyStatistics.class);
		jdbc = platform.getBean(JdbcTemplate.class);
		byte[] file = new HistoryExport(platform.getBean(Regions.class), platform.getBean(Catalog.class),
				platform.getBean(Departments.class), false)
			.generate(ROWS);
		platform.getBean(HistoryImport.class)
			.run(new ByteArrayInputStream(file), Map.of(), ValueMaps.NONE, false,
					new Importer(new Actor("admin", "系统管理员", Role.ADMIN), RegionCode.PLATFORM));
		ready.catchUp();
	}

	/** Empties the ready data and marks every case pending, as after a restore from a backup without it. */
	@Setup(Level.Invocation)
	public void markEveryCasePending() {
		for (String table : new String[] { "casework_statistics_slice",
				"casework_statistics_case", "casework_statistics_times", "casework_statistics_pending" }) {
			jdbc.update("DELETE FROM " + table);
		}
		jdbc.update("INSERT INTO casework_statistics_pending (case_id) SELECT id FROM casework_case ORDER BY id");
	}

	@Benchmark
	public void foldEveryCase() {
		ready.catchUp();
	}

	@TearDown(Level.Trial)
	public void stopPlatform() {
		platform.close();
	}
}
