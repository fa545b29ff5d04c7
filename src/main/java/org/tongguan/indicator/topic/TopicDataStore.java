package org.tongguan.indicator.topic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.ValueSource;
import org.tongguan.region.RegionCode;

/**
 * Reads a topic page's values in few queries on {@code indicator_value}'s primary key (indicator, region, period):
 * the region's series of every indicator of one frequency in one range scan per indicator within one query, and the
 * latest value of each (indicator, region) pair from a short range scan of its recent periods, one query per region
 * and frequency.
 */
@Component
class TopicDataStore {

	/** How many of the latest periods of each frequency the first look for latest values reads. */
	static final int RECENT_PERIODS = 8;

	/** How many (indicator, region) probes go into one statement. */
	private static final int PROBES_PER_STATEMENT = 128;

	private static final String PROBE = "(SELECT indicator_code, region_code, period_start, figure, source FROM "
			+ "indicator_value WHERE indicator_code = ? AND region_code = ? AND period_start <= ? "
			+ "ORDER BY period_start DESC LIMIT 1)";

	private final JdbcClient jdbc;

	TopicDataStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The region's values of each indicator whose periods begin from the period holding {@code from} up to
	 * {@code to}, in period order: one query per frequency.
	 */
	Map<IndicatorCode, List<TopicPage.Point>> series(Collection<IndicatorPlan> plans, RegionCode region,
			LocalDate from, LocalDate to) {
		Map<IndicatorCode, List<TopicPage.Point>> series = new HashMap<>();
		Map<Frequency, List<IndicatorPlan>> byFrequency = plans.stream()
			.collect(Collectors.groupingBy(IndicatorPlan::frequency));
		byFrequency.forEach((frequency, group) -> {
			List<Object> parameters = new ArrayList<>();
			parameters.add(region.value());
			group.forEach(plan -> parameters.add(plan.code().value()));
			parameters.add(frequency.start(from));
			parameters.add(to);
			jdbc.sql("SELECT indicator_code, period_start, figure FROM indicator_value WHERE region_code = ? AND "
					+ "indicator_code IN (" + "?, ".repeat(group.size() - 1) + "?) AND period_start BETWEEN ? AND ? "
					+ "ORDER BY indicator_code, period_start")
				.params(parameters)
				.query(rows -> {
					series.computeIfAbsent(IndicatorCode.of(rows.getString(1)), code -> new ArrayList<>())
						.add(new TopicPage.Point(new Period(frequency, rows.getObject(2, LocalDate.class)),
								rows.getDouble(3)));
				});
		});
		return series;
	}

	/**
	 * The latest value up to {@code to} of each indicator in each of its regions, by indicator and region: first
	 * within the last {@value #RECENT_PERIODS} periods of each frequency, one forward range scan per region and
	 * frequency (H2 walks an index only forwards, so a backward probe would read a pair's whole history); then, for
	 * the pairs with nothing so recent, a probe of all their history.
	 */
	Map<IndicatorCode, Map<RegionCode, Latest>> latest(Map<IndicatorPlan, List<RegionCode>> regions, LocalDate to) {
		Map<IndicatorCode, Map<RegionCode, Latest>> latest = new HashMap<>();
		Map<String, IndicatorPlan> plans = regions.keySet().stream()
			.collect(Collectors.toMap(plan -> plan.code().value(), plan -> plan));
		Map<Frequency, Map<RegionCode, List<IndicatorPlan>>> groups = new EnumMap<>(Frequency.class);
		regions.forEach((plan, codes) -> codes.forEach(region -> groups
			.computeIfAbsent(plan.frequency(), frequency -> new LinkedHashMap<>())
			.computeIfAbsent(region, code -> new ArrayList<>())
			.add(plan)));
		groups.forEach((frequency, byRegion) -> byRegion.forEach((region, group) -> {
			List<Object> parameters = new ArrayList<>();
			parameters.add(region.value());
			group.forEach(plan -> parameters.add(plan.code().value()));
			parameters.add(recent(frequency, to));
			parameters.add(to);
			jdbc.sql("SELECT indicator_code, region_code, period_start, figure, source FROM indicator_value WHERE "
					+ "region_code = ? AND indicator_code IN (" + "?, ".repeat(group.size() - 1) + "?) AND "
					+ "period_start BETWEEN ? AND ? ORDER BY indicator_code, period_start")
				.params(parameters)
				.query(rows -> {
					keep(latest, plans, rows);
				});
		}));
		List<Probe> probes = new ArrayList<>();
		regions.forEach((plan, codes) -> codes.stream()
			.filter(region -> !latest.getOrDefault(plan.code(), Map.of()).containsKey(region))
			.forEach(region -> probes.add(new Probe(plan, region))));
		for (int first = 0; first < probes.size(); first += PROBES_PER_STATEMENT) {
			List<Probe> chunk = probes.subList(first, Math.min(probes.size(), first + PROBES_PER_STATEMENT));
			List<Object> parameters = new ArrayList<>();
			chunk.forEach(probe -> {
				parameters.add(probe.plan().code().value());
				parameters.add(probe.region().value());
				parameters.add(to);
			});
			jdbc.sql(String.join(" UNION ALL ", Collections.nCopies(chunk.size(), PROBE)))
				.params(parameters)
				.query(rows -> {
					keep(latest, plans, rows);
				});
		}
		return latest;
	}

	/** The first day of the earliest of the recent periods up to {@code to}. */
	private static LocalDate recent(Frequency frequency, LocalDate to) {
		LocalDate first = frequency.start(to);
		for (int i = 1; i < RECENT_PERIODS; i++) {
			first = frequency.start(first.minusDays(1));
		}
		return first;
	}

	/** Keeps the row as its pair's latest value (rows come in period order). */
	private static void keep(Map<IndicatorCode, Map<RegionCode, Latest>> latest, Map<String, IndicatorPlan> plans,
			ResultSet rows) throws SQLException {
		IndicatorPlan plan = plans.get(rows.getString(1));
		latest.computeIfAbsent(plan.code(), code -> new HashMap<>())
			.put(RegionCode.of(rows.getString(2)), new Latest(new TopicPage.Point(new Period(plan.frequency(),
					rows.getObject(3, LocalDate.class)), rows.getDouble(4)), ValueSource.valueOf(rows.getString(5))));
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
