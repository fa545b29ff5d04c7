package org.tongguan.indicator.topic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * Reads a topic page's values in few statements on {@code indicator_value}'s primary key (indicator, region, period):
 * the ranges of periods of many (indicator, region) pairs as one join of a {@code VALUES} list of the pairs with the
 * table, which both databases answer by one range scan of the key per pair; the region's series of every indicator,
 * and the latest value of each pair from a short scan of its recent periods (with a probe of the whole history only
 * for pairs with nothing recent). Each statement is held to {@value #ROWS_PER_STATEMENT} rows at most, below what H2
 * keeps of an answer in memory before it writes the rest to a temporary file (40,000 rows per GB of heap). (An
 * {@code indicator_code IN (…)} list made H2 read every value of the listed indicators; a {@code UNION ALL} of one
 * scan per pair made it copy each row once per nesting level of the union, into temporary files: 0.3–1 s per page of
 * 50 daily indicators over two years.)
 */
@Component
class TopicDataStore {

	/** How many of the latest periods of each frequency the first look for latest values reads. */
	static final int RECENT_PERIODS = 8;

	/** How many (indicator, region) pairs go into one statement at most. */
	private static final int PAIRS_PER_STATEMENT = 128;

	/** How many values one statement may answer at most (by the periods its ranges span). */
	private static final int ROWS_PER_STATEMENT = 4096;

	private static final String RANGES = "SELECT v.indicator_code, v.region_code, v.period_start, v.figure, v.source "
			+ "FROM (VALUES %s) AS pair (indicator_code, region_code, first_day, last_day) JOIN indicator_value v ON "
			+ "v.indicator_code = pair.indicator_code AND v.region_code = pair.region_code "
			+ "AND v.period_start BETWEEN pair.first_day AND pair.last_day";

	private static final String PAIR = "(CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(15)), CAST(? AS DATE), "
			+ "CAST(? AS DATE))";

	private static final String PROBE = "(SELECT indicator_code, region_code, period_start, figure, source FROM "
			+ "indicator_value WHERE indicator_code = ? AND region_code = ? AND period_start <= ? "
			+ "ORDER BY period_start DESC LIMIT 1)";

	private final JdbcClient jdbc;

	TopicDataStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The region's values of each indicator whose periods begin from the period holding {@code from} up to
	 * {@code to}, as a trend over consecutive periods (each value put at its period's place, in whatever order the
	 * rows come).
	 */
	Map<IndicatorCode, TopicPage.Trend> series(Collection<IndicatorPlan> plans, RegionCode region, LocalDate from,
			LocalDate to) {
		List<Range> ranges = plans.stream()
			.map(plan -> new Range(plan, region, plan.frequency().start(from), to))
			.toList();
		Map<String, Range> byCode = ranges.stream()
			.collect(Collectors.toMap(range -> range.plan().code().value(), range -> range));
		Map<String, Double[]> values = new HashMap<>();
		byCode.forEach((code, range) -> values.put(code, new Double[(int) range.periods()]));
		scan(ranges, rows -> {
			String code = rows.getString(1);
			values.get(code)[byCode.get(code).place(rows.getObject(3, LocalDate.class))] = rows.getDouble(4);
		});
		return ranges.stream()
			.collect(Collectors.toMap(range -> range.plan().code(), range -> TopicPage.Trend
				.of(range.plan().frequency(), range.from(), values.get(range.plan().code().value()))));
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
		Map<String, RegionCode> codes = regions.values()
			.stream()
			.flatMap(List::stream)
			.distinct()
			.collect(Collectors.toMap(RegionCode::value, code -> code));
		List<Range> recent = new ArrayList<>();
		regions.forEach((plan, pairs) -> pairs
			.forEach(region -> recent.add(new Range(plan, region, recent(plan.frequency(), to), to))));
		RowCallbackHandler keeper = rows -> keep(latest, plans, codes, rows);
		scan(recent, keeper);
		List<Probe> probes = new ArrayList<>();
		regions.forEach((plan, pairs) -> pairs.stream()
			.filter(region -> !latest.getOrDefault(plan.code(), Map.of()).containsKey(region))
			.forEach(region -> probes.add(new Probe(plan, region))));
		for (List<Probe> chunk : chunks(probes, probe -> 1)) {
			jdbc.sql(String.join(" UNION ALL ", Collections.nCopies(chunk.size(), PROBE)))
				.params(chunk.stream()
					.flatMap(probe -> Stream.of(probe.plan().code().value(), probe.region().value(), to))
					.toList())
				.query(keeper);
		}
		return latest;
	}

	/** Hands every stored value within the ranges to the handler, in no particular order. */
	private void scan(List<Range> ranges, RowCallbackHandler handler) {
		for (List<Range> chunk : chunks(ranges, Range::periods)) {
			jdbc.sql(RANGES.formatted(String.join(", ", Collections.nCopies(chunk.size(), PAIR))))
				.params(chunk.stream()
					.flatMap(range -> Stream.of(range.plan().code().value(), range.region().value(), range.from(),
							range.to()))
					.toList())
				.query(handler);
		}
	}

	/**
	 * The items in order, cut into statements of at most {@value #PAIRS_PER_STATEMENT} items and
	 * {@value #ROWS_PER_STATEMENT} rows (by each item's most rows; an item with more stands alone).
	 */
	private static <T> List<List<T>> chunks(List<T> items, ToLongFunction<T> rows) {
		List<List<T>> chunks = new ArrayList<>();
		List<T> chunk = new ArrayList<>();
		long held = 0;
		for (T item : items) {
			long more = rows.applyAsLong(item);
			if (!chunk.isEmpty() && (chunk.size() == PAIRS_PER_STATEMENT || held + more > ROWS_PER_STATEMENT)) {
				chunks.add(chunk);
				chunk = new ArrayList<>();
				held = 0;
			}
			chunk.add(item);
			held += more;
		}
		if (!chunk.isEmpty()) {
			chunks.add(chunk);
		}
		return chunks;
	}

	private static Map<String, IndicatorPlan> byCode(Collection<IndicatorPlan> plans) {
		return plans.stream().collect(Collectors.toMap(plan -> plan.code().value(), plan -> plan));
	}

	/** The first day of the earliest of the recent periods up to {@code to}. */
	private static LocalDate recent(Frequency frequency, LocalDate to) {
		return frequency.plus(frequency.start(to), 1 - RECENT_PERIODS);
	}

	/** Keeps the row as its pair's latest value unless a later period's is kept already. */
	private static void keep(Map<IndicatorCode, Map<RegionCode, Latest>> latest, Map<String, IndicatorPlan> plans,
			Map<String, RegionCode> regions, ResultSet rows) throws SQLException {
		IndicatorPlan plan = plans.get(rows.getString(1));
		Latest row = new Latest(new TopicPage.Point(new Period(plan.frequency(), rows.getObject(3, LocalDate.class)),
				rows.getDouble(4)), ValueSource.valueOf(rows.getString(5)));
		latest.computeIfAbsent(plan.code(), code -> new HashMap<>())
			.merge(regions.get(rows.getString(2)), row, (kept, other) -> other.point().period().start()
				.isAfter(kept.point().period().start()) ? other : kept);
	}

	/** A range of periods of one (indicator, region) pair, from the first day of a period up to a day. */
	private record Range(IndicatorPlan plan, RegionCode region, LocalDate from, LocalDate to) {

		/** How many periods begin within the range: the most values it can hold. */
		long periods() {
			return place(plan.frequency().start(to)) + 1;
		}

		/** The place within the range of the period beginning on the day, from 0. */
		int place(LocalDate start) {
			return (int) plan.frequency().between(from, start);
		}
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
