package org.tongguan.indicator.computed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;
import org.tongguan.indicator.value.ValueDraft;
import org.tongguan.indicator.value.ValueIngest;
import org.tongguan.region.RegionCode;

/**
 * Recomputes the case-based values of the marked regions and periods from the case statistics and stores them as
 * computed values; a value equal to the stored one changes nothing. Runs every few seconds in the background: a run
 * takes the latest marked keys, recomputes them series by series (one region's periods of one frequency, read from
 * the statistics together by {@link RegionSeries}; a series a history import marked is taken whole, up to
 * {@value #SERIES_KEYS} periods, so that a backfill reads each region's history once) and stores each series' values
 * in one batch, until no key is marked or its time is up, so that a backlog drains without holding the scheduler's
 * thread for much longer than {@link #TIME_PER_FLUSH} at a time. Latest first keeps a backfill from raising warnings
 * for the past: a value is evaluated only while no later period of its series is stored.
 */
@Component
class CaseValues {

	private static final Logger LOG = LoggerFactory.getLogger(CaseValues.class);

	/** The latest keys a run looks at at once. */
	private static final int KEYS_PER_BATCH = 200;

	/** The periods of a series marked by a history import recomputed together at most (over three years of days). */
	private static final int SERIES_KEYS = 1_200;

	/** How long one run takes further series. */
	private static final Duration TIME_PER_FLUSH = Duration.ofSeconds(20);

	private final CaseMarks marks;

	private final RegionSeries series;

	private final ComputedIndicators computed;

	private final Indicators indicators;

	private final ValueIngest ingest;

	private final ReentrantLock flushing = new ReentrantLock();

	CaseValues(CaseMarks marks, RegionSeries series, ComputedIndicators computed, Indicators indicators,
			ValueIngest ingest) {
		this.marks = marks;
		this.series = series;
		this.computed = computed;
		this.indicators = indicators;
		this.ingest = ingest;
	}

	@Scheduled(initialDelay = 20, fixedDelay = 10, timeUnit = TimeUnit.SECONDS)
	void flushInBackground() {
		flush();
	}

	/** Recomputes marked keys series by series until none is left or the run's time is up; answers how many. */
	int flush() {
		flushing.lock();
		try {
			long started = System.nanoTime();
			int taken = 0;
			List<CaseMarks.Mark> marked = marks.marked(KEYS_PER_BATCH);
			while (!marked.isEmpty()) {
				Map<IndicatorCode, IndicatorPlan> plans = indicators
					.plans(computed.cases().stream().map(CaseBasis::indicator).toList());
				for (List<CaseMarks.Mark> found : bySeries(marked)) {
					List<CaseMarks.Mark> keys = whole(found);
					recompute(keys, plans);
					taken += keys.size();
					if (timeUp(started)) {
						break;
					}
				}
				marked = timeUp(started) ? List.of() : marks.marked(KEYS_PER_BATCH);
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

	/** The keys by region and frequency, each series' latest key first, the series with the latest key first. */
	private static List<List<CaseMarks.Mark>> bySeries(List<CaseMarks.Mark> marked) {
		Map<SeriesKey, List<CaseMarks.Mark>> series = new LinkedHashMap<>();
		marked.forEach(mark -> series
			.computeIfAbsent(new SeriesKey(mark.region(), mark.period().frequency()), key -> new ArrayList<>())
			.add(mark));
		return List.copyOf(series.values());
	}

	/** The keys of a series to recompute: a series a history import marked whole (its older periods too). */
	private List<CaseMarks.Mark> whole(List<CaseMarks.Mark> found) {
		if (found.stream().noneMatch(CaseMarks.Mark::importedOnly)) {
			return found;
		}
		CaseMarks.Mark latest = found.get(0);
		List<CaseMarks.Mark> whole = marks.series(latest.region(), latest.period().frequency(), SERIES_KEYS);
		return whole.isEmpty() ? found : whole;
	}

	private static boolean timeUp(long started) {
		return System.nanoTime() - started >= TIME_PER_FLUSH.toNanos();
	}

	/**
	 * Recomputes one series' keys, stores their values together and clears the keys; when the series cannot be read
	 * together, each key alone, so that one bad period costs only its own values.
	 */
	private void recompute(List<CaseMarks.Mark> keys, Map<IndicatorCode, IndicatorPlan> plans) {
		List<List<ValueDraft>> values;
		try {
			values = series.values(keys, plans);
		}
		catch (RuntimeException e) {
			LOG.warn("Cannot compute the case-based values of {} for {} periods together; one by one",
					keys.get(0).region(), keys.size(), e);
			values = keys.stream().map(key -> alone(key, plans)).toList();
		}
		store(values);
		marks.clear(keys);
	}

	private List<ValueDraft> alone(CaseMarks.Mark key, Map<IndicatorCode, IndicatorPlan> plans) {
		try {
			return series.values(List.of(key), plans).get(0);
		}
		catch (RuntimeException e) {
			LOG.warn("Cannot compute the case-based values of {} for {}", key.region(), key.period(), e);
			return List.of();
		}
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

	/** A region's periods of one frequency. */
	private record SeriesKey(RegionCode region, Frequency frequency) {
	}
}
