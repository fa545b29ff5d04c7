package org.tongguan.casework.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tongguan.calendar.CalendarKind;
import org.tongguan.calendar.WorkingCalendar;
import org.tongguan.casework.statistics.figures.Counts;
import org.tongguan.casework.statistics.figures.GroupFigures;
import org.tongguan.casework.statistics.figures.GroupKeys;
import org.tongguan.casework.statistics.figures.HandlingTimes;
import org.tongguan.casework.statistics.ready.ReadyReport;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.InvalidInputException;

/**
 * 案件统计 — the evaluation indicators of cases per province, city, district, street, community, grid, lead department,
 * sub-category or channel for a period {@code [from, to)}, imported history included. Counts are summed in SQL; handling times are computed here.
 *
 * <ul>
 * <li><b>reported</b> (上报数): cases reported in the period. <b>filed</b> (立案数): cases filed in the period.</li>
 * <li><b>due to close</b> (应结案数): cases that, in the period, either reached their overall due time without having
 * been closed before it, or were closed ahead of their due time — i.e. the period holds the earlier of the due time
 * and the closure. Every case is due to close in exactly one period, so consecutive periods add up. Cases that ended
 * without closure (voided, merged into a master case, transferred to 110) are never due.</li>
 * <li><b>closed</b> (结案数): cases due to close that were closed before the period's end. <b>closed on time</b>
 * (按期结案数): of those, the ones closed no later than their due time (approved extensions move the due time;
 * suspensions do not count).</li>
 * <li><b>结案率</b> = closed / due to close; <b>按期结案率</b> = closed on time / due to close, graded ≥ 90 % A,
 * ≥ 75 % B, ≥ 60 % C, ≥ 40 % D, else E.</li>
 * <li><b>reworked</b> (返工数): cases due to close that were sent back to the department at least once after a failed
 * verification; <b>返工率</b> = reworked / due to close.</li>
 * <li><b>dispatched</b> (派遣数): all dispatches (re-dispatches included) of the cases last dispatched in the period;
 * <b>wrongly dispatched</b>: how often those cases were returned by a department as not theirs (退回); <b>准确派遣</b>
 * = dispatched − wrongly dispatched, <b>准确派遣率</b> = that / dispatched.</li>
 * <li><b>handling time</b> (处置用时): filing to closure of the filed cases closed in the period, average and median,
 * in working time on the case's calendar ({@link WorkingCalendar#elapsed}) and in calendar time.</li>
 * <li><b>满意率</b> = satisfied (满意 or 基本满意) / evaluated, over the callbacks (回访) in the period.</li>
 * </ul>
 * A case belongs to the group of its province or city (its district's, by the region hierarchy), district, street,
 * community, grid, current lead department, sub-category or channel; a department
 * is credited with every dispatch and return of the cases it leads now.
 */
@Service
public class CaseStatistics {

	private final JdbcClient jdbc;

	private final Regions regions;

	private final WorkingCalendar calendar;

	private final ReadyReport ready;

	CaseStatistics(JdbcClient jdbc, Regions regions, WorkingCalendar calendar, ReadyReport ready) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.calendar = calendar;
		this.ready = ready;
	}

	/**
	 * The statistics of the cases within {@code scope} (the caller's data scope) that the query selects.
	 *
	 * @throws InvalidInputException for a region filter the platform does not have
	 * @throws AccessDeniedException for a region filter outside the scope
	 */
	public StatisticsReport report(StatisticsQuery query, RegionCode scope) {
		return reports(List.of(query), scope).get(0);
	}

	/**
	 * The statistics of several queries that differ only in their periods (e.g. every day of a year), in their order:
	 * read together from the ready data when it answers them, else one by one from the cases.
	 *
	 * @throws InvalidInputException for a region filter the platform does not have
	 * @throws AccessDeniedException for a region filter outside the scope
	 */
	public List<StatisticsReport> reports(List<StatisticsQuery> queries, RegionCode scope) {
		known("scope", scope);
		RegionCode region = queries.get(0).region();
		if (region != null) {
			known("district", region);
			if (!regions.isWithin(region, scope)) {
				throw new AccessDeniedException("Region " + region + " lies outside the caller's data scope");
			}
		}
		List<GroupFigures> figures = queries.stream().allMatch(query -> ready.answers(query, scope))
				? ready.figures(queries, scope) : queries.stream().map(query -> fromCases(query, scope)).toList();
		List<StatisticsReport> reports = new ArrayList<>(queries.size());
		for (int i = 0; i < queries.size(); i++) {
			reports.add(figures.get(i).report(queries.get(i)));
		}
		return reports;
	}

	/** The figures computed from the cases themselves: for periods not of whole days, and for grids. */
	private GroupFigures fromCases(StatisticsQuery query, RegionCode scope) {
		StatisticsSql sql = new StatisticsSql(query);
		sql.within("scope", scope);
		if (query.region() != null) {
			sql.within("region", query.region());
		}
		GroupFigures figures = new GroupFigures(query.groupBy(), regions);
		GroupKeys keys = new GroupKeys(query.groupBy(), regions);
		boolean named = query.groupBy().nameColumn() != null;
		jdbc.sql(sql.counts(query.groupBy())).params(sql.params()).query((ResultSet rs) -> figures
			.count(keys.of(rs.getString("group_key")), counts(rs), named ? rs.getString("group_name") : null));
		Map<String, HandlingTimes> times = new HashMap<>();
		HandlingTimes allTimes = new HandlingTimes();
		jdbc.sql(sql.handlingTimes(query.groupBy())).params(sql.params()).query((ResultSet rs) -> {
			Instant filed = instant(rs, "filed_at");
			Instant closed = instant(rs, "closed_at");
			long working = calendar.elapsed(filed, closed, CalendarKind.valueOf(rs.getString("calendar_kind")))
				.toSeconds();
			long total = Duration.between(filed, closed).toSeconds();
			times.computeIfAbsent(keys.of(rs.getString("group_key")), key -> new HandlingTimes()).add(working, total);
			allTimes.add(working, total);
		});
		times.forEach((key, time) -> figures.handling(key, time.summary()));
		figures.total(allTimes.summary());
		return figures;
	}

	private RegionCode known(String field, RegionCode code) {
		if (!code.isPlatform() && regions.find(code).isEmpty()) {
			throw new InvalidInputException(field, "'" + code + "' is not a region of the platform");
		}
		return code;
	}

	private static Counts counts(ResultSet rs) throws SQLException {
		return new Counts(rs.getLong("reported"), rs.getLong("filed"), rs.getLong("due_to_close"),
				rs.getLong("closed"), rs.getLong("closed_on_time"), rs.getLong("reworked"), rs.getLong("dispatched"),
				rs.getLong("returned"), rs.getLong("evaluated"), rs.getLong("satisfied"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}
}
