package org.tongguan.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongguan.TongguanApplication;
import org.tongguan.casework.history.HistoryImport;
import org.tongguan.casework.history.ImportReport;
import org.tongguan.casework.history.Importer;
import org.tongguan.casework.history.ValueMaps;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.catalog.Catalog;
import org.tongguan.identity.Departments;
import org.tongguan.identity.Role;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;

/**
 * History import (历史案件导入) throughput in rows per second, one import at a time (each import parses and validates
 * on a reader thread while its own thread stores): the demo platform boots once on its own database (H2 in memory,
 * or a fresh PostgreSQL database when {@code TONGGUAN_TEST_POSTGRES_URL} is set), then each iteration imports the
 * same generated 100,000-row CSV through {@link HistoryImport} — parse, validate, locate, compute due times from the
 * catalogue and working calendar, batch insert of cases and timeline entries, commit — and the imported cases are
 * deleted between iterations. The file is an export in report order over 2025: points located in the demo city,
 * random categories and departments, 85 % closed. At the end the process CPU time per row is printed as well.
 * Run with {@code ./bench HistoryImportBenchmark}; to measure what indexes cost, drop some before the imports with
 * {@code ./bench HistoryImportBenchmark -jvmArgsAppend "-Xmx3g -DdropIndexes=casework_case_nearby,…"}.
 *
 * <p>{@code values=names} ({@code ./bench HistoryImportBenchmark -p values=names}) is the same export as a real old
 * system writes it, with value mapping on: categories and departments by name, a third of the categories as the old
 * system's codes translated by a category value map sent with the import, and 18 % of the rows without coordinates,
 * placed by a community name ({@code regionName}), a sixth of those through a region value map.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(HistoryImportBenchmark.ROWS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class HistoryImportBenchmark {

	static final int ROWS = 100_000;

	/** {@code codes}: platform codes and points throughout; {@code names}: names, value maps and region names. */
	@Param({ "codes", "names" })
	public String values;

	private ValueMaps valueMaps = ValueMaps.NONE;

	private static final Importer ADMIN = new Importer(new Actor("admin", "系统管理员", Role.ADMIN),
			RegionCode.PLATFORM);

	private ConfigurableApplicationContext platform;

	private HistoryImport history;

	private JdbcTemplate jdbc;

	private byte[] file;

	private long lastCase;

	private boolean measuring;

	private final List<Double> cpuMicrosPerRow = new ArrayList<>();

	@Setup(Level.Trial)
	public void bootPlatformAndWriteFile() {
		platform = new SpringApplicationBuilder(TongguanApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=warn")
			.run();
		history = platform.getBean(HistoryImport.class);
		jdbc = platform.getBean(JdbcTemplate.class);
		for (String index : System.getProperty("dropIndexes", "").split(",")) {
			if (!index.isBlank()) {
				jdbc.execute("DROP INDEX " + index.strip());
			}
		}
		HistoryExport export = new HistoryExport(platform.getBean(Regions.class), platform.getBean(Catalog.class),
				platform.getBean(Departments.class), values.equals("names"));
		file = export.generate(ROWS);
		valueMaps = export.valueMaps();
	}

	@Benchmark
	public ImportReport importHistory() {
		long cpu = processCpuNanos();
		ImportReport report = history.run(new ByteArrayInputStream(file), Map.of(), valueMaps, false, ADMIN);
		if (measuring) {
			cpuMicrosPerRow.add((processCpuNanos() - cpu) / 1000.0 / ROWS);
		}
		if (report.imported() != ROWS) {
			throw new IllegalStateException("Imported " + report.imported() + " of " + ROWS + ": " + report);
		}
		return report;
	}

	@Setup(Level.Iteration)
	public void noteLastCase(IterationParams iteration) {
		measuring = iteration.getType() == IterationType.MEASUREMENT;
		lastCase = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM casework_case", Long.class);
	}

	/** Deletes the iteration's cases by id range, which no database plans badly right after a large insert. */
	@TearDown(Level.Iteration)
	public void deleteImportedCases() {
		jdbc.update("DELETE FROM casework_timeline WHERE case_id > ?", lastCase);
		jdbc.update("DELETE FROM casework_case WHERE id > ?", lastCase);
	}

	/**
	 * Prints the CPU time the whole platform process (all threads, garbage collection included) spent per imported
	 * row: on a shared machine it stays put while the throughput follows the other processes' load.
	 */
	@TearDown(Level.Trial)
	public void stopPlatform() {
		List<Double> sorted = cpuMicrosPerRow.stream().sorted().toList();
		System.out.printf("%nProcess CPU time per row: median %.1f µs (%.0f rows per CPU-second) over %d imports %s%n",
				sorted.get(sorted.size() / 2), 1e6 / sorted.get(sorted.size() / 2), sorted.size(), cpuMicrosPerRow);
		platform.close();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}
}
