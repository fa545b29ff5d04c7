package org.tongguan.casework.statistics.ready;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.casework.statistics.ReadyStatistics;
import org.tongguan.casework.statistics.StatisticsQuery;
import org.tongguan.casework.statistics.figures.Counts;
import org.tongguan.casework.statistics.figures.GroupFigures;
import org.tongguan.casework.statistics.figures.GroupKeys;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.PlatformProperties;

/**
 * Answers a statistics query from the ready data (decision 0015) when it can: a period of whole city-local days, a
 * scope and region filter at district level or above (or below it, within a region view of that level or finer),
 * and a department or category filter only in its own view. Catches up first, so the
 * answer holds every change committed before the query.
 */
@Component
public class ReadyReport {

	/** The end of the late closures' slices read: every closure day from a period's end on. */
	private static final LocalDate NO_END = LocalDate.of(9999, 12, 31);

	private final SliceStore slices;

	private final ReadyStatistics ready;

	private final Regions regions;

	private final ZoneId zone;

	private final TransactionTemplate snapshot;

	ReadyReport(SliceStore slices, ReadyStatistics ready, Regions regions, PlatformProperties platform,
			PlatformTransactionManager transactions) {
		this.slices = slices;
		this.ready = ready;
		this.regions = regions;
		this.zone = platform.zone();
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** Whether the query can be answered from the ready data within this scope. */
	public boolean answers(StatisticsQuery query, RegionCode scope) {
		CellView view = CellView.of(query.groupBy());
		return midnight(query.from()) && midnight(query.to()) && view.selects(scope.value().length())
				&& (query.region() == null || view.selects(query.region().value().length()))
				&& (query.department() == null || view == CellView.DEPARTMENT)
				&& (query.category() == null || view == CellView.CATEGORY);
	}

	/**
	 * The figures of the query, by group: counts and handling times from the cells, and when the query asks for them
	 * the exact medians from the cells' runs of handling times.
	 */
	public GroupFigures figures(StatisticsQuery query, RegionCode scope) {
		ready.catchUp();
		return snapshot.execute(status -> read(query, scope));
	}

	/** The view for the query: a city view when neither scope nor region filter is a single district. */
	private static CellView view(StatisticsQuery query, RegionCode scope) {
		int finest = scope.significantPrefix().length();
		if (query.region() != null) {
			finest = Math.max(finest, query.region().significantPrefix().length());
		}
		return CellView.of(query.groupBy(), finest);
	}

	/** Reads the figures in one snapshot of the ready data, so that a fold committing meanwhile is seen by all or none. */
	private GroupFigures read(StatisticsQuery query, RegionCode scope) {
		CellView view = view(query, scope);
		CellQuery cells = new CellQuery(day(query.from()), day(query.to()));
		cells.within(scope);
		if (query.region() != null) {
			cells.within(query.region());
		}
		if (query.department() != null) {
			cells.group(query.department().value());
		}
		if (query.category() != null) {
			cells.group(query.category().value());
		}
		GroupKeys keys = new GroupKeys(query.groupBy(), regions);
		GroupFigures figures = new GroupFigures(query.groupBy(), regions);
		for (CellQuery.Part part : cells.parts()) {
			slices.cells().forEach(view, part.span().name(), part.start(), part.end(), cells.pieces(),
					(period, key, sums) -> {
				String district = SliceStore.district(key);
				String group = SliceStore.group(key);
				if (sums.value(CellDeltas.EVENTS) > 0 && cells.counts(district, group)) {
					String groupKey = keys.of(view.groupKey(district, group));
					figures.count(groupKey, counts(sums), sums.name());
					figures.handlingSums(groupKey, sums.value(CellDeltas.HANDLED), sums.value(CellDeltas.WORKING),
							sums.value(CellDeltas.CALENDAR));
				}
			});
		}
		slices.cells().forEach(view, SliceStore.LATE, cells.to(), NO_END, cells.pieces(), (closedDay, key, sums) -> {
			String due = SliceStore.lateDue(key);
			String district = SliceStore.district(due);
			String group = SliceStore.group(due);
			if (cells.covers(SliceStore.lateSpan(key), SliceStore.latePeriod(key)) && cells.counts(district, group)) {
				figures.closedLate(keys.of(view.groupKey(district, group)), -sums.value(0), -sums.value(1));
			}
		});
		if (!query.medians()) {
			return figures;
		}
		MedianSelection.Runs runs = each -> slices.times().forEach(view, Span.D.name(), cells.from(), cells.to(),
				cells.pieces(), (day, key, times) -> {
					String district = SliceStore.district(key);
					String group = SliceStore.group(key);
					if (cells.counts(district, group)) {
						each.accept(keys.of(view.groupKey(district, group)), times[0], times[1]);
					}
				});
		MedianSelection.Result medians = MedianSelection.of(runs, figures.groups());
		medians.groups().forEach((key, group) -> figures.medians(key, group.working(), group.calendar()));
		figures.totalMedians(medians.total().working(), medians.total().calendar());
		return figures;
	}

	private static Counts counts(CellSums sums) {
		return new Counts(sums.value(CellDeltas.REPORTED), sums.value(CellDeltas.FILED), sums.value(CellDeltas.DUE),
				sums.value(CellDeltas.CLOSED_EARLY) + sums.value(CellDeltas.CLOSED_LATE),
				sums.value(CellDeltas.CLOSED_EARLY_ON_TIME) + sums.value(CellDeltas.CLOSED_LATE_ON_TIME),
				sums.value(CellDeltas.REWORKED), sums.value(CellDeltas.DISPATCHED), sums.value(CellDeltas.RETURNED),
				sums.value(CellDeltas.EVALUATED), sums.value(CellDeltas.SATISFIED));
	}

	private boolean midnight(Instant instant) {
		return instant.atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT);
	}

	private LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, zone);
	}
}
