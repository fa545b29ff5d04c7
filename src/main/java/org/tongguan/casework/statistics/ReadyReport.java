package org.tongguan.casework.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.PlatformProperties;

/**
 * Answers a statistics query from the ready data (decision 0015) when it can: a period of whole city-local days, a
 * grouping with a view, a scope and region filter at district level or above (or a street or community within a
 * street or community view), and a department or category filter only in its own view. Catches up first, so the
 * answer holds every change committed before the query.
 */
@Component
class ReadyReport {

	private final JdbcClient jdbc;

	private final ReadyStatistics ready;

	private final Regions regions;

	private final ZoneId zone;

	private final TransactionTemplate snapshot;

	ReadyReport(JdbcClient jdbc, ReadyStatistics ready, Regions regions, PlatformProperties platform,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ready = ready;
		this.regions = regions;
		this.zone = platform.zone();
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** Whether the query can be answered from the ready data within this scope. */
	boolean answers(StatisticsQuery query, RegionCode scope) {
		CellView view = CellView.of(query.groupBy());
		return view != null && midnight(query.from()) && midnight(query.to()) && scope.value().length() <= 6
				&& (query.region() == null || view.selects(query.region().value().length()))
				&& (query.department() == null || view == CellView.DEPARTMENT)
				&& (query.category() == null || view == CellView.CATEGORY);
	}

	/**
	 * The figures of the query, by group: counts and handling times from the cells, and when the query asks for them
	 * the exact medians from the cells' runs of handling times.
	 */
	GroupFigures figures(StatisticsQuery query, RegionCode scope) {
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
		CellQuery sql = new CellQuery(view, day(query.from()), day(query.to()));
		sql.within("scope", scope);
		if (query.region() != null) {
			sql.within("region", query.region());
		}
		if (query.department() != null) {
			sql.group(query.department().value());
		}
		if (query.category() != null) {
			sql.group(query.category().value());
		}
		GroupKeys keys = new GroupKeys(query.groupBy(), regions);
		GroupFigures figures = new GroupFigures(query.groupBy(), regions);
		for (String counts : sql.counts()) {
			jdbc.sql(counts).params(sql.params()).query((ResultSet rs) -> {
				if (rs.getLong("events") > 0) {
					String key = keys.of(view.groupKey(rs.getString("district_code"), rs.getString("group_key")));
					figures.count(key, counts(rs), rs.getString("group_name"));
					figures.handlingSums(key, rs.getLong("handled"), rs.getLong("working_seconds"),
							rs.getLong("calendar_seconds"));
				}
			});
		}
		jdbc.sql(sql.closedAfterTheEnd()).params(sql.params()).query((ResultSet rs) -> {
			String key = keys.of(view.groupKey(rs.getString("district_code"), rs.getString("group_key")));
			figures.closedLate(key, -rs.getLong("closed"), -rs.getLong("closed_on_time"));
		});
		if (!query.medians()) {
			return figures;
		}
		Map<String, HandlingRuns> runs = new HashMap<>();
		HandlingRuns all = new HandlingRuns(new ArrayList<>(), new ArrayList<>());
		for (String times : sql.times()) {
			jdbc.sql(times).params(sql.params()).query((ResultSet rs) -> {
				String key = keys.of(view.groupKey(rs.getString("district_code"), rs.getString("group_key")));
				HandlingRuns group = runs.computeIfAbsent(key,
						k -> new HandlingRuns(new ArrayList<>(), new ArrayList<>()));
				for (HandlingRuns into : List.of(group, all)) {
					into.working().add(rs.getBytes("working"));
					into.calendar().add(rs.getBytes("calendar"));
				}
			});
		}
		MedianSelection selection = new MedianSelection();
		runs.forEach((key, group) -> figures.medians(key, selection.median(group.working()),
				selection.median(group.calendar())));
		figures.totalMedians(selection.median(all.working()), selection.median(all.calendar()));
		return figures;
	}

	/** The runs of working and of calendar handling times of a group's cells. */
	private record HandlingRuns(List<byte[]> working, List<byte[]> calendar) {
	}

	private static Counts counts(ResultSet rs) throws SQLException {
		return new Counts(rs.getLong("reported"), rs.getLong("filed"), rs.getLong("due_to_close"),
				rs.getLong("closed_early") + rs.getLong("closed_late"),
				rs.getLong("closed_early_on_time") + rs.getLong("closed_late_on_time"), rs.getLong("reworked"),
				rs.getLong("dispatched"), rs.getLong("returned"), rs.getLong("evaluated"), rs.getLong("satisfied"));
	}

	private boolean midnight(Instant instant) {
		return instant.atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT);
	}

	private LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, zone);
	}
}
