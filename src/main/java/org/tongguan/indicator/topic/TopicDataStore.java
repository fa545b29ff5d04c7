package org.tongguan.indicator.topic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.ValueSource;
import org.tongguan.region.RegionCode;

/**
 * Reads a topic page's values in few statements on {@code indicator_value}'s primary key (indicator, region, period),
 * each a {@code UNION ALL} of range scans of one (indicator, region) pair: the region's series of every indicator, and
 * the latest value of each pair from a short scan of its recent periods. (An {@code indicator_code IN (…)} list with
 * the region and the periods as further conditions made H2 read every value of the listed indicators: 20–65 s for a
 * page of 50 indicators.)
 */
@Component
class TopicDataStore {

	/** How many of the latest periods of each frequency the first look for latest values reads. */
	static final int RECENT_PERIODS = 8;

	/** How many (indicator, region) scans or probes go into one statement. */
	private static final int PAIRS_PER_STATEMENT = 128;

	private static final String SCAN = "(SELECT indicator_code, region_code, period_start, figure, source FROM "
			+ "indicator_value WHERE indicator_code = ? AND region_code = ? AND period_start BETWEEN ? AND ?)";

	private static final String PROBE = "(SELECT indicator_code, region_code, period_start, figure, source FROM "
			+ "indicator_value WHERE indicator_code = ? AND region_code = ? AND period_start <= ? "
			+ "ORDER BY period_start DESC LIMIT 1)";

	private final JdbcClient jdbc;

	TopicDataStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The region's values of each indicator whose periods begin from the period holding {@code from} up to
	 * {@code to}, in period order.
	 */
	Map<IndicatorCode, List<TopicPage.Point>> series(Collection<IndicatorPlan> plans, RegionCode region,
			LocalDate from, LocalDate to) {
		Map<IndicatorCode, List<TopicPage.Point>> series = new HashMap<>();
		Map<String, IndicatorPlan> byCode = byCode(plans);
		scan(plans.stream().map(plan -> new Range(plan, region, plan.frequency().start(from), to)).toList(),
				rows -> {
					IndicatorPlan plan = byCode.get(rows.getString(1));
					series.computeIfAbsent(plan.code(), code -> new ArrayList<>())
						.add(new TopicPage.Point(new Period(plan.frequency(), rows.getObject(3, LocalDate.class)),
								rows.getDouble(4)));
				});
		series.values().forEach(points -> points.sort(Comparator.comparing(point -> point.period().start())));
		return series;
	}

	/**
	 * The latest value up to {@code to} of each indicator in each of its regions, by indicator and region: first
	 * within the last {@value #RECENT_PERIODS} periods of each frequency, a forward range scan per pair (H2 walks an
	 * index only forwards, so a backward probe would read a pair's whole history); then, for the pairs with nothing so
	 * recent, a probe of all their history.
	 */
	Map<IndicatorCode, Map<RegionCode, Latest>> latest(Map<IndicatorPlan, List<RegionCode>> regions, LocalDate to) {
		Map<IndicatorCode, Map<RegionCode, Latest>> latest = new HashMap<>();
		Map<String, IndicatorPlan> plans = byCode(regions.keySet());
		List<Range> recent = new ArrayList<>();
		regions.forEach((plan, codes) -> codes
			.forEach(region -> recent.add(new Range(plan, region, recent(plan.frequency(), to), to))));
		scan(recent, rows -> keep(latest, plans, rows));
		List<Probe> probes = new ArrayList<>();
		regions.forEach((plan, codes) -> codes.stream()
			.filter(region -> !latest.getOrDefault(plan.code(), Map.of()).containsKey(region))
			.forEach(region -> probes.add(new Probe(plan, region))));
		union(probes, PROBE, probe -> List.of(probe.plan().code().value(), probe.region().value(), to),
				rows -> keep(latest, plans, rows));
		return latest;
	}

	/**
	 * Hands every stored value within the ranges to the handler, in no particular order (a sort of the whole answer
	 * would hold it in the database's memory).
	 */
	private void scan(List<Range> ranges, RowCallbackHandler handler) {
		union(ranges, SCAN, range -> List.of(range.plan().code().value(), range.region().value(), range.from(),
				range.to()), handler);
	}

	/**
	 * Runs the query {@code part} once per item, {@value #PAIRS_PER_STATEMENT} items to a {@code UNION ALL}
	 * statement, with each item's parameters, handing every row to the handler.
	 */
	private <T> void union(List<T> items, String part, Function<T, List<?>> parameters, RowCallbackHandler handler) {
		for (int first = 0; first < items.size(); first += PAIRS_PER_STATEMENT) {
			List<T> chunk = items.subList(first, Math.min(items.size(), first + PAIRS_PER_STATEMENT));
			jdbc.sql(String.join(" UNION ALL ", Collections.nCopies(chunk.size(), part)))
				.params(chunk.stream().flatMap(item -> parameters.apply(item).stream()).toList())
				.query(handler);
		}
	}

	private static Map<String, IndicatorPlan> byCode(Collection<IndicatorPlan> plans) {
		return plans.stream().collect(Collectors.toMap(plan -> plan.code().value(), plan -> plan));
	}

	/** The first day of the earliest of the recent periods up to {@code to}. */
	private static LocalDate recent(Frequency frequency, LocalDate to) {
		LocalDate first = frequency.start(to);
		for (int i = 1; i < RECENT_PERIODS; i++) {
			first = frequency.start(first.minusDays(1));
		}
		return first;
	}

	/** Keeps the row as its pair's latest value unless a later period's is kept already. */
	private static void keep(Map<IndicatorCode, Map<RegionCode, Latest>> latest, Map<String, IndicatorPlan> plans,
			ResultSet rows) throws SQLException {
		IndicatorPlan plan = plans.get(rows.getString(1));
		Latest row = new Latest(new TopicPage.Point(new Period(plan.frequency(), rows.getObject(3, LocalDate.class)),
				rows.getDouble(4)), ValueSource.valueOf(rows.getString(5)));
		latest.computeIfAbsent(plan.code(), code -> new HashMap<>())
			.merge(RegionCode.of(rows.getString(2)), row, (kept, other) -> other.point().period().start()
				.isAfter(kept.point().period().start()) ? other : kept);
	}

	/** A range of periods of one (indicator, region) pair. */
	private record Range(IndicatorPlan plan, RegionCode region, LocalDate from, LocalDate to) {
	}

	/** One (indicator, region) pair whose latest value is asked for. */
	private record Probe(IndicatorPlan plan, RegionCode region) {
	}

	/**
	 * A latest value with how it came in.
	 *
	 * @param point its period and value
	 * @param source how it came in
	 */
	record Latest(TopicPage.Point point, ValueSource source) {
	}
}
