package org.tongguan.sensing.archive;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.alarm.ArchiveAlarms;
import org.tongguan.sensing.device.DeviceDirectory;
import org.tongguan.sensing.device.MetricSpec;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.Reading;
import org.tongguan.sensing.ingest.TelemetryProperties;
import org.tongguan.sensing.rule.ArchiveRules;
import org.tongguan.sensing.rule.RuleEngine;
import org.tongguan.sensing.telemetry.ArchiveStore;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/**
 * 历史档案导入 — imports a sensor archive all or nothing: reads and validates every line first (400 naming the lines),
 * refuses an archive that overlaps readings a device has stored (409), then, in one transaction, stores the readings
 * with their measured times and the alarms that the rules, applied to each device's readings in time order, imply.
 * One import runs at a time.
 */
@Component
public class ArchiveImport {

	private final DeviceDirectory directory;

	private final ArchiveStore store;

	private final ArchiveRules rules;

	private final ArchiveAlarms alarms;

	private final RuleEngine engine;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final TelemetryProperties telemetry;

	private final ArchiveProperties properties;

	private final ReentrantLock running = new ReentrantLock();

	ArchiveImport(DeviceDirectory directory, ArchiveStore store, ArchiveRules rules, ArchiveAlarms alarms,
			RuleEngine engine, TransactionTemplate transactions, Clock clock, TelemetryProperties telemetry,
			ArchiveProperties properties) {
		this.directory = directory;
		this.store = store;
		this.rules = rules;
		this.alarms = alarms;
		this.engine = engine;
		this.transactions = transactions;
		this.clock = clock;
		this.telemetry = telemetry;
		this.properties = properties;
	}

	/** The formats of an archive. */
	public enum Format {
		/** {@code text/csv}, wide or long. */
		CSV,
		/** {@code application/x-ndjson}. */
		JSON_LINES
	}

	/** Imports the archive; devices outside {@code inScope} are refused like unknown ones. */
	public ArchiveResult importArchive(Format format, Reader body, Predicate<RegisteredDevice> inScope)
			throws IOException {
		Instant now = clock.instant();
		ArchiveErrors errors = new ArchiveErrors(properties.maxErrors());
		ArchiveCheck check = new ArchiveCheck(directory, inScope,
				new ArchiveTimes(clock.getZone(), now, telemetry.maxFutureSkew()), errors, properties.maxReadings());
		boolean longForm = format == Format.CSV ? CsvArchive.read(body, check) : JsonLinesArchive.read(body, check);
		errors.throwIfAny();
		if (check.readings().isEmpty()) {
			throw new InvalidInputException("line 1", "the archive has no readings");
		}
		List<ArchiveSeries> series = ArchiveSeries.of(check.readings(), longForm, errors);
		errors.throwIfAny();
		running.lock();
		try {
			Tally tally = transactions.execute(status -> store(series, now));
			tally.kept.forEach(Runnable::run);
			return tally.result(series);
		}
		finally {
			running.unlock();
		}
	}

	private Tally store(List<ArchiveSeries> series, Instant now) {
		List<Violation> conflicts = new ArrayList<>();
		boolean[] later = new boolean[series.size()];
		for (int i = 0; i < series.size(); i++) {
			later[i] = laterReadings(series.get(i), conflicts);
		}
		if (!conflicts.isEmpty()) {
			throw new ArchiveConflict(conflicts);
		}
		Tally tally = new Tally();
		long recent = now.minus(telemetry.maxAge()).toEpochMilli();
		for (int i = 0; i < series.size(); i++) {
			ArchiveSeries one = series.get(i);
			List<Reading> readings = new ArrayList<>(one.readings().size());
			one.readings().forEach(reading -> readings.add(reading.toReading(now)));
			tally.values += store.insert(readings);
			tally.readings += readings.size();
			Set<RuleId> current = later[i] ? Set.of() : alarms.activeRules(one.device().id());
			boolean stays = !later[i];
			ArchiveAlarms.Outcome outcome = alarms.store(one.device(), rules.replay(one.device(), readings),
					Instant.ofEpochMilli(one.to()), rule -> stays && !current.contains(rule), one.to() >= recent);
			tally.add(one.device(), outcome);
		}
		return tally;
	}

	/**
	 * Whether the device has readings stored after the archive's period of it; notes a conflict when it has any
	 * within that period.
	 */
	private boolean laterReadings(ArchiveSeries series, List<Violation> conflicts) {
		RegisteredDevice device = series.device();
		boolean later = false;
		for (MetricSpec metric : device.type() == null ? List.<MetricSpec>of() : device.type().metrics()) {
			Long first = store.firstStoredFrom(device.id(), metric.name(), series.from());
			if (first != null && first <= series.to()) {
				conflicts.add(new Violation("line " + series.firstLine(), "device: '" + device.code() + "' has a "
						+ metric.name() + " reading stored at " + Instant.ofEpochMilli(first) + ", within the "
						+ "archive's period of it (" + Instant.ofEpochMilli(series.from()) + " to "
						+ Instant.ofEpochMilli(series.to()) + "): imported before, or sent live"));
				return false;
			}
			later |= first != null;
		}
		return later;
	}

	/** What the transaction stored, and the alarms the live engine takes on once it committed. */
	private final class Tally {

		long readings;

		long values;

		int raised;

		int cleared;

		int active;

		int ended;

		final List<Runnable> kept = new ArrayList<>();

		void add(RegisteredDevice device, ArchiveAlarms.Outcome outcome) {
			raised += outcome.raised();
			cleared += outcome.cleared();
			active += outcome.active();
			ended += outcome.ended();
			outcome.kept().forEach(alarm -> kept.add(() -> engine.adopt(device, alarm.ruleId(), alarm.level())));
		}

		ArchiveResult result(List<ArchiveSeries> series) {
			long from = series.stream().mapToLong(ArchiveSeries::from).min().orElseThrow();
			long to = series.stream().mapToLong(ArchiveSeries::to).max().orElseThrow();
			return new ArchiveResult(readings, values, series.size(), raised, cleared, active, ended,
					Instant.ofEpochMilli(from), Instant.ofEpochMilli(to));
		}
	}
}
