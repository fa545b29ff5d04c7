package org.tongguan.indicator.computed;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseFigures;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;
import org.tongguan.indicator.internal.IndicatorProperties;
import org.tongguan.indicator.value.ValueDraft;
import org.tongguan.indicator.value.ValueIngest;
import org.tongguan.region.Region;
import org.tongguan.region.Regions;
import org.tongguan.shared.PlatformProperties;

/**
 * Recomputes the case-based values of the marked regions and periods from the case statistics (one or two reports
 * per key: grouped by channel, and by sub-category when an indicator counts a 大类; only the total when that is all
 * the key needs, e.g. a street's keys marked by a history import, whose indicators of one channel imports do not
 * move) and stores them as computed values, those of a batch of keys in one batch; a value equal to the stored one
 * changes nothing. Runs every few seconds in the background; a run takes batch after batch, the latest periods first,
 * until no key is marked or its time is up, so that a history import's backlog drains without holding the
 * scheduler's thread for longer than {@link #TIME_PER_FLUSH} at a time. Latest first keeps a backfill from raising
 * warnings for the past: a value is evaluated only while no later period of its series is stored.
 */
@Component
class CaseValues {

	private static final Logger LOG = LoggerFactory.getLogger(CaseValues.class);

	/** Keys recomputed together, their values stored in one batch. */
	private static final int KEYS_PER_BATCH = 200;

	/** How long one run takes further batches. */
	private static final Duration TIME_PER_FLUSH = Duration.ofSeconds(20);

	private final CaseMarks marks;

	private final ComputedIndicators computed;

	private final Indicators indicators;

	private final CaseFigures statistics;

	private final Regions regions;

	private final ValueIngest ingest;

	private final ZoneId zone;

	private final long fewestCases;

	private final ReentrantLock flushing = new ReentrantLock();

	CaseValues(CaseMarks marks, ComputedIndicators computed, Indicators indicators, CaseFigures statistics,
			Regions regions, ValueIngest ingest, PlatformProperties platform, IndicatorProperties properties) {
		this.marks = marks;
		this.computed = computed;
		this.indicators = indicators;
		this.statistics = statistics;
		this.regions = regions;
		this.ingest = ingest;
		this.zone = platform.zone();
		this.fewestCases = properties.fewestCasesForRates();
	}

	@Scheduled(initialDelay = 20, fixedDelay = 10, timeUnit = TimeUnit.SECONDS)
	void flushInBackground() {
		flush();
	}

	/** Recomputes marked keys batch after batch until none is left or the run's time is up; answers how many. */
	int flush() {
		flushing.lock();
		try {
			long started = System.nanoTime();
			int taken = 0;
			List<CaseMarks.Mark> marked = marks.marked(KEYS_PER_BATCH);
			while (!marked.isEmpty()) {
				recompute(marked);
				taken += marked.size();
				marked = System.nanoTime() - started < TIME_PER_FLUSH.toNanos() ? marks.marked(KEYS_PER_BATCH)
						: List.of();
			}
			if (taken > KEYS_PER_BATCH) {
				LOG.info("Recomputed the case-based values of {} regions and periods in {} ms", taken,
						(System.nanoTime() - started) / 1_000_000);
			}
			return taken;
		}
		finally {
			flushing.unlock();
		}
	}

	/** Recomputes a batch of keys, stores their values together and clears the keys. */
	private void recompute(List<CaseMarks.Mark> marked) {
		Map<IndicatorCode, IndicatorPlan> plans = indicators
			.plans(computed.cases().stream().map(CaseBasis::indicator).toList());
		List<List<ValueDraft>> values = new ArrayList<>();
		for (CaseMarks.Mark mark : marked) {
			try {
				values.add(values(mark, plans));
			}
			catch (RuntimeException e) {
				LOG.warn("Cannot compute the case-based values of {} for {}", mark.region(), mark.period(), e);
			}
		}
		store(values);
		marks.clear(marked);
	}

	/**
	 * Stores the values of every key in one batch; when the batch is refused (a plan retired meanwhile, another node
	 * writing the same values), the values of each key alone.
	 */
	private void store(List<List<ValueDraft>> byKey) {
		List<ValueDraft> all = byKey.stream().flatMap(List::stream).toList();
		if (all.isEmpty()) {
			return;
		}
		try {
			ingest.storeComputed(all);
		}
		catch (RuntimeException batch) {
			for (List<ValueDraft> values : byKey) {
				try {
					if (!values.isEmpty()) {
						ingest.storeComputed(values);
					}
				}
				catch (RuntimeException e) {
					LOG.warn("Cannot store the computed values {}", values, e);
				}
			}
		}
	}

	/**
	 * The values of one key, none when its region is gone: each report asked for once, the totals read from any
	 * report the key needs anyway, else from one grouped by the region's subdivisions.
	 */
	private List<ValueDraft> values(CaseMarks.Mark mark, Map<IndicatorCode, IndicatorPlan> plans) {
		Optional<Region> region = regions.find(mark.region());
		if (region.isEmpty()) {
			return List.of();
		}
		List<CaseBasis> bases = computed.cases().stream().filter(basis -> {
			IndicatorPlan plan = plans.get(basis.indicator());
			return plan != null && !plan.retired() && plan.frequency() == mark.period().frequency()
					&& region.get().level().compareTo(plan.level()) <= 0
					&& (!mark.importedOnly() || basis.movedByImports());
		}).toList();
		boolean medians = bases.stream().anyMatch(basis -> basis.figure() == CaseFigure.MEDIAN_WORKING_HOURS);
		CaseFigures.Grouping totals = bases.stream()
			.map(CaseBasis::grouping)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(CaseFigures.Grouping.TOTAL);
		Map<CaseFigures.Grouping, CaseFigures.Report> reports = new EnumMap<>(CaseFigures.Grouping.class);
		List<ValueDraft> values = new ArrayList<>();
		for (CaseBasis basis : bases) {
			CaseFigures.Report report = reports.computeIfAbsent(
					basis.grouping() == null ? totals : basis.grouping(), grouping -> statistics.figures(grouping,
							mark.region(), start(mark.period().start()), start(mark.period().end()), medians));
			Double value = basis.value(report, fewestCases);
			if (value != null && plans.get(basis.indicator()).validRange().contains(value)) {
				values.add(new ValueDraft(basis.indicator().value(), mark.region().value(), mark.period().text(),
						value));
			}
		}
		return values;
	}

	private Instant start(LocalDate day) {
		return day.atStartOfDay(zone).toInstant();
	}
}
