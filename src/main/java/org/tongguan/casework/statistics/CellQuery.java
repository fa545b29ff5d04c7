package org.tongguan.casework.statistics;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.tongguan.casework.internal.RegionBounds;
import org.tongguan.region.RegionCode;

/**
 * The SQL of a statistics query answered from the ready data (decision 0015) over the city-local days
 * {@code [from, to)}: the counts from the cells of one view, the closures after the due time from the late cells,
 * and the runs of handling times for the exact medians from the cells' runs. The days split into at most a
 * partial month of day cells, whole months of month cells and a partial month of day cells.
 */
final class CellQuery {

	private final CellView view;

	private final List<String> periods = new ArrayList<>();

	/** Conditions on the cells. */
	private final List<String> cellFilters = new ArrayList<>();

	private final Map<String, Object> params = new HashMap<>();

	CellQuery(CellView view, LocalDate from, LocalDate to) {
		this.view = view;
		params.put("view", view.name());
		params.put("toDay", Date.valueOf(to));
		LocalDate day = from;
		if (day.getDayOfMonth() != 1) {
			day = period(Span.D, day, min(to, day.withDayOfMonth(1).plusMonths(1)));
		}
		if (to.withDayOfMonth(1).isAfter(day)) {
			day = period(Span.M, day, to.withDayOfMonth(1));
		}
		if (to.isAfter(day)) {
			period(Span.D, day, to);
		}
	}

	private LocalDate period(Span span, LocalDate start, LocalDate end) {
		int i = periods.size();
		periods.add("span = '" + span.name() + "' AND period >= :start" + i + " AND period < :end" + i);
		params.put("start" + i, Date.valueOf(start));
		params.put("end" + i, Date.valueOf(end));
		return end;
	}

	/** Restricts the query to a region's subtree: any region at district level or above, else one in the view. */
	void within(String name, RegionCode region) {
		if (region.value().length() <= 6) {
			List<RegionBounds.Bound> bounds = RegionBounds.of(region);
			for (int i = 0; i < bounds.size(); i++) {
				RegionBounds.Bound bound = bounds.get(i);
				String condition = bound.column() + " " + bound.operator() + " :" + name + i;
				cellFilters.add(condition);
				params.put(name + i, bound.value());
			}
			return;
		}
		cellFilters.add("district_code = :" + name + "District AND group_key >= :" + name);
		params.put(name + "District", region.district().value());
		params.put(name, region.value());
		region.subtreeEnd().ifPresent(end -> {
			cellFilters.add("group_key < :" + name + "End");
			params.put(name + "End", end);
		});
	}

	/** Restricts the query to one group of the view (a department or a category). */
	void group(String key) {
		cellFilters.add("group_key = :group");
		params.put("group", key);
	}

	/**
	 * The counts per district and cell key: one query per span and range of periods, each one range of the cells'
	 * primary key (view, span, period), whose figures add up.
	 */
	List<String> counts() {
		StringJoiner sums = new StringJoiner(", ");
		CellStore.MEASURES.forEach(measure -> sums.add("SUM(" + measure + ") AS " + measure));
		return periods.stream()
			.map(period -> "SELECT district_code, group_key, MAX(group_name) AS group_name, " + sums
					+ " FROM casework_statistics_cell" + cellWhere(period) + " GROUP BY district_code, group_key")
			.toList();
	}

	/**
	 * The closures after the due time that came on or after the period's end — not closed within the period — per
	 * district and cell key: one range of the late cells' key (view, closure day from the period's end), none for a
	 * period ending today.
	 */
	String closedAfterTheEnd() {
		return "SELECT district_code, group_key, SUM(closed) AS closed, SUM(closed_on_time) AS closed_on_time"
				+ " FROM casework_statistics_late" + cellWhere("closed_day >= :toDay AND (("
						+ String.join(") OR (", periods) + "))")
				+ " GROUP BY district_code, group_key";
	}

	/**
	 * The runs of handling times of the cases closed in the period, per district and cell key: one query per span
	 * and range of periods, as {@link #counts()}.
	 */
	List<String> times() {
		return periods.stream()
			.map(period -> "SELECT district_code, group_key, working, calendar FROM casework_statistics_times"
					+ cellWhere(period))
			.toList();
	}

	Map<String, Object> params() {
		return params;
	}

	private String cellWhere(String period) {
		StringJoiner where = new StringJoiner(" AND ", " WHERE ", "");
		where.add("view_name = :view").add(period);
		cellFilters.forEach(where::add);
		return where.toString();
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}
