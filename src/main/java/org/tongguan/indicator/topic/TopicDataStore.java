package org.tongguan.indicator.topic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
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
 * latest value of each (indicator, region) pair as one backward index probe each, many pairs to one statement.
 */
@Component
class TopicDataStore {

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

	/** The latest value up to {@code to} of each indicator in each of its regions, by indicator and region. */
	Map<IndicatorCode, Map<RegionCode, Latest>> latest(Map<IndicatorPlan, List<RegionCode>> regions, LocalDate to) {
		List<Probe> probes = new ArrayList<>();
		regions.forEach((plan, codes) -> codes.forEach(region -> probes.add(new Probe(plan, region))));
		Map<String, IndicatorPlan> plans = regions.keySet().stream()
			.collect(Collectors.toMap(plan -> plan.code().value(), plan -> plan));
		Map<IndicatorCode, Map<RegionCode, Latest>> latest = new HashMap<>();
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
					IndicatorPlan plan = plans.get(rows.getString(1));
					RegionCode region = RegionCode.of(rows.getString(2));
					latest.computeIfAbsent(plan.code(), code -> new HashMap<>())
						.put(region, new Latest(new TopicPage.Point(new Period(plan.frequency(),
								rows.getObject(3, LocalDate.class)), rows.getDouble(4)),
								ValueSource.valueOf(rows.getString(5))));
				});
		}
		return latest;
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
