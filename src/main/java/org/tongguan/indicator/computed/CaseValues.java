package org.tongguan.indicator.computed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * per key: grouped by channel, and by sub-category when an indicator counts a 大类) and stores them as computed
 * values; a value equal to the stored one changes nothing. Runs every few seconds in the background.
 */
@Component
class CaseValues {

	private static final Logger LOG = LoggerFactory.getLogger(CaseValues.class);

	/** Keys recomputed in one flush at most; the next flush takes the rest. */
	private static final int KEYS_PER_FLUSH = 500;

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

	/** Recomputes up to {@value #KEYS_PER_FLUSH} marked keys; answers how many it took. */
	int flush() {
		flushing.lock();
		try {
			List<CaseMarks.Mark> marked = marks.marked(KEYS_PER_FLUSH);
			if (marked.isEmpty()) {
				return 0;
			}
			Map<IndicatorCode, IndicatorPlan> plans = indicators
				.plans(computed.cases().stream().map(CaseBasis::indicator).toList());
			for (CaseMarks.Mark mark : marked) {
				try {
					recompute(mark, plans);
				}
				catch (RuntimeException e) {
					LOG.warn("Cannot compute the case-based values of {} for {}", mark.region(), mark.period(), e);
				}
				marks.clear(mark);
			}
			return marked.size();
		}
		finally {
			flushing.unlock();
		}
	}

	private void recompute(CaseMarks.Mark mark, Map<IndicatorCode, IndicatorPlan> plans) {
		Optional<Region> region = regions.find(mark.region());
		if (region.isEmpty()) {
			return;
		}
		Map<CaseFigures.Grouping, CaseFigures.Report> reports = new EnumMap<>(CaseFigures.Grouping.class);
		List<CaseBasis> bases = computed.cases().stream().filter(basis -> {
			IndicatorPlan plan = plans.get(basis.indicator());
			return plan != null && !plan.retired() && plan.frequency() == mark.period().frequency()
					&& region.get().level().compareTo(plan.level()) <= 0;
		}).toList();
		boolean medians = bases.stream().anyMatch(basis -> basis.figure() == CaseFigure.MEDIAN_WORKING_HOURS);
		List<ValueDraft> values = new ArrayList<>();
		for (CaseBasis basis : bases) {
			CaseFigures.Report report = reports.computeIfAbsent(basis.grouping(), grouping -> statistics
				.figures(grouping, mark.region(), start(mark.period().start()), start(mark.period().end()), medians));
			Double value = basis.value(report, fewestCases);
			if (value != null && plans.get(basis.indicator()).validRange().contains(value)) {
				values.add(new ValueDraft(basis.indicator().value(), mark.region().value(), mark.period().text(),
						value));
			}
		}
		if (!values.isEmpty()) {
			ingest.storeComputed(values);
		}
	}

	private Instant start(LocalDate day) {
		return day.atStartOfDay(zone).toInstant();
	}
}
