package org.tongguan.indicator.warning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.region.RegionCode;

/**
 * Reads what warnings need of the stored values, in one query per indicator, never one per value: each region's
 * latest period, the figures of a few periods across the regions, an indicator's latest period at all.
 */
@Component
class SeriesFigures {

	private final JdbcClient jdbc;

	SeriesFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest period's first day of each region of the indicator with a value from {@code from} on. */
	Map<RegionCode, LocalDate> latest(IndicatorCode indicator, LocalDate from) {
		Map<RegionCode, LocalDate> latest = new HashMap<>();
		jdbc.sql("""
				SELECT region_code, MAX(period_start) AS latest FROM indicator_value
				WHERE indicator_code = ? AND period_start >= ? GROUP BY region_code""")
			.params(indicator.value(), from)
			.query(rs -> {
				latest.put(RegionCode.of(rs.getString("region_code")), rs.getObject("latest", LocalDate.class));
			});
		return latest;
	}

	/** The figures of the indicator in the periods starting on these days, by region and period start. */
	Map<Figure, Double> figures(IndicatorCode indicator, Collection<LocalDate> starts) {
		Map<Figure, Double> figures = new HashMap<>();
		if (starts.isEmpty()) {
			return figures;
		}
		List<LocalDate> days = starts.stream().distinct().toList();
		String marks = String.join(", ", days.stream().map(day -> "?").toList());
		jdbc.sql("SELECT region_code, period_start, figure FROM indicator_value WHERE indicator_code = ? AND "
				+ "period_start IN (" + marks + ")")
			.param(indicator.value())
			.params(days.toArray())
			.query(rs -> {
				figures.put(new Figure(RegionCode.of(rs.getString("region_code")),
						rs.getObject("period_start", LocalDate.class)), rs.getDouble("figure"));
			});
		return figures;
	}

	/** The indicator's latest period with a value for any region, and a region that has it; empty without values. */
	Optional<Figure> newest(IndicatorCode indicator) {
		return jdbc.sql("""
				SELECT region_code, period_start FROM indicator_value WHERE indicator_code = ?
				AND period_start = (SELECT MAX(period_start) FROM indicator_value WHERE indicator_code = ?)
				ORDER BY region_code LIMIT 1""")
			.params(indicator.value(), indicator.value())
			.query((rs, row) -> new Figure(RegionCode.of(rs.getString("region_code")),
					rs.getObject("period_start", LocalDate.class)))
			.optional();
	}

	/** A region and a period's first day. */
	record Figure(RegionCode region, LocalDate start) {
	}
}
