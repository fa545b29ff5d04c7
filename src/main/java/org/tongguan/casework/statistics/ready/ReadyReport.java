package org.tongguan.casework.statistics.ready;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * answer holds every change committed before the query. Several queries over different periods are read together.
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
		return figures(List.of(query), scope).get(0);
	}

	/**
	 * The figures of several queries that differ only in their periods (e.g. every day of a year), in their order,
	 * read in one snapshot: each span's slices once over all the periods, and the late closures once from the first
	 * period's end, so that a series of periods costs about what its longest period does.
	 */
	public List<GroupFigures> figures(List<StatisticsQuery> queries, RegionCode scope) {
		ready.catchUp();
		return snapshot.execute(status -> read(queries, scope));
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
	private List<GroupFigures> read(List<StatisticsQuery> queries, RegionCode scope) {
		StatisticsQuery shape = queries.get(0);
		CellView view = view(shape, scope);
		GroupKeys keys = new GroupKeys(shape.groupBy(), regions);
		List<Reading> readings = queries.stream()
			.map(query -> new Reading(cells(query, scope), new GroupFigures(query.groupBy(), regions)))
			.toList();
		Map<String, List<Reading>> bySlice = new HashMap<>();
		List<CellQuery.Part> parts = new ArrayList<>();
		for (Reading reading : readings) {
			for (CellQuery.Part part : reading.cells().parts()) {
				for (LocalDate period = part.start(); period.isBefore(part.end()); period = part.span().next(period)) {
					bySlice.computeIfAbsent(part.span().name() + period, slice -> new ArrayList<>()).add(reading);
				}
				parts.add(part);
			}
		}
		String pieces = readings.get(0).cells().pieces();
		for (CellQuery.Part range : CellQuery.Part.joined(parts)) {
			Span span = range.span();
			ReadingsOfSlice readingsOf = new ReadingsOfSlice(span, bySlice);
			slices.cells().ranges().forEach(view, span.name(), range.start(), range.end(), pieces, (period, key, sums) -> {
				List<Reading> counting = readingsOf.slice(period);
				if (counting != null && sums.value(CellDeltas.EVENTS) > 0) {
					String district = SliceStore.district(key);
					String group = SliceStore.group(key);
					for (Reading reading : counting) {
						reading.count(keys, view, district, group, sums);
					}
				}
			});
		}
		LocalDate firstEnd = readings.stream().map(reading -> reading.cells().to()).reduce(ReadyReport::min)
			.orElseThrow();
		slices.cells().ranges().forEach(view, SliceStore.LATE, firstEnd, NO_END, pieces, (closedDay, key, sums) -> {
			List<Reading> due = bySlice.get(SliceStore.lateDueSlice(key));
			if (due != null) {
				String cell = SliceStore.lateDue(key);
				String district = SliceStore.district(cell);
				String group = SliceStore.group(cell);
				for (Reading reading : due) {
					if (!closedDay.isBefore(reading.cells().to()) && reading.cells().counts(district, group)) {
						reading.figures().closedLate(keys.of(view.groupKey(district, group)), -sums.value(0),
								-sums.value(1));
					}
				}
			}
		});
		if (shape.medians()) {
			readings.forEach(reading -> medians(view, keys, pieces, reading));
		}
		return readings.stream().map(Reading::figures).toList();
	}

	/** Which cells a query counts: its period's parts, its scope and its filters. */
	private CellQuery cells(StatisticsQuery query, RegionCode scope) {
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
		return cells;
	}

	/** The exact medians of one query's groups, from the runs of its period's days. */
	private void medians(CellView view, GroupKeys keys, String pieces, Reading reading) {
		CellQuery cells = reading.cells();
		GroupFigures figures = reading.figures();
		MedianSelection.Runs runs = each -> slices.times().ranges().forEach(view, Span.D.name(), cells.from(), cells.to(),
				pieces, (day, key, times) -> {
					String district = SliceStore.district(key);
					String group = SliceStore.group(key);
					if (cells.counts(district, group)) {
						each.accept(keys.of(view.groupKey(district, group)), times[0], times[1]);
					}
				});
		MedianSelection.Result medians = MedianSelection.of(runs, figures.groups());
		medians.groups().forEach((key, group) -> figures.medians(key, group.working(), group.calendar()));
		figures.totalMedians(medians.total().working(), medians.total().calendar());
	}

	/**
	 * The readings that count the slices of one span, by period, looked up once per slice as its cells come in order
	 * rather than once per cell.
	 */
	private static final class ReadingsOfSlice {

		private final Span span;

		private final Map<String, List<Reading>> bySlice;

		private LocalDate period;

		private List<Reading> readings;

		ReadingsOfSlice(Span span, Map<String, List<Reading>> bySlice) {
			this.span = span;
			this.bySlice = bySlice;
		}

		/** The readings counting the slice of this period, {@code null} for none. */
		List<Reading> slice(LocalDate period) {
			if (!period.equals(this.period)) {
				this.period = period;
				this.readings = bySlice.get(span.name() + period);
			}
			return readings;
		}
	}

	/** One query as it is read: the cells it counts and its figures so far. */
	private record Reading(CellQuery cells, GroupFigures figures) {

		/** Counts a cell of one of its slices, when the query counts its district and group. */
		void count(GroupKeys keys, CellView view, String district, String group, CellSums sums) {
			if (cells.counts(district, group)) {
				String groupKey = keys.of(view.groupKey(district, group));
				figures.count(groupKey, counts(sums), sums.name());
				figures.handlingSums(groupKey, sums.value(CellDeltas.HANDLED), sums.value(CellDeltas.WORKING),
						sums.value(CellDeltas.CALENDAR));
			}
		}
	}

	private static LocalDate min(LocalDate one, LocalDate other) {
		return one.isBefore(other) ? one : other;
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
