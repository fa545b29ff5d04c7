package org.tongguan.indicator.composite;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Period;
import org.tongguan.region.RegionCode;

/**
 * A component's value for a period of the index: of an indicator of the same frequency its value for that period; of
 * a finer one (days, weeks in a month) the mean of its values whose periods begin within it; of a coarser one
 * (quarters, years for a month) the value of its period holding the index's period or, failing that, of the period
 * before (the latest published). One range query on the value table's primary key each.
 */
@Component
class ComponentValues {

	private final JdbcClient jdbc;

	ComponentValues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The indicator's value for the region and the index's period, empty when it has none. */
	Optional<Found> value(IndicatorPlan plan, RegionCode region, Period period) {
		Frequency own = plan.frequency();
		boolean finer = own.ordinal() < period.frequency().ordinal();
		LocalDate first;
		LocalDate last;
		if (finer) {
			first = period.start();
			last = period.end().minusDays(1);
		}
		else {
			last = own.start(period.start());
			first = own == period.frequency() ? last : own.start(last.minusDays(1));
		}
		List<Found> values = jdbc.sql("SELECT period_start, figure FROM indicator_value WHERE indicator_code = ? AND "
				+ "region_code = ? AND period_start BETWEEN ? AND ? ORDER BY period_start")
			.params(plan.code().value(), region.value(), first, last)
			.query((rows, row) -> new Found(rows.getDouble(2), List.of(new Period(own,
					rows.getObject(1, LocalDate.class)))))
			.list();
		if (values.isEmpty()) {
			return Optional.empty();
		}
		if (!finer) {
			return Optional.of(values.get(values.size() - 1));
		}
		return Optional.of(new Found(values.stream().mapToDouble(Found::value).average().orElseThrow(),
				values.stream().flatMap(found -> found.periods().stream()).toList()));
	}

	/**
	 * A component's value.
	 *
	 * @param value the value (a mean for a finer indicator)
	 * @param periods the periods of the indicator's own frequency it stands for
	 */
	record Found(double value, List<Period> periods) {
	}
}
