package org.tongguan.indicator.quality;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.PlatformProperties;

/**
 * Computes an indicator's quality badge in one region over a window of periods that are due (their expected delay
 * has passed): 365 days, 52 weeks, 12 months, 8 quarters or 5 years back from now, starting no earlier than the
 * region's first value. One query reads the window's values with the arrival of their first revision.
 */
@Service
public class IndicatorQuality {

	private static final String VALUES = """
			SELECT v.period_start, v.figure, v.revision, COALESCE(r.arrived_at, v.arrived_at) AS first_arrived
			FROM indicator_value v LEFT JOIN indicator_value_revision r ON r.indicator_code = v.indicator_code
				AND r.region_code = v.region_code AND r.period_start = v.period_start AND r.revision = 1
			WHERE v.indicator_code = ? AND v.region_code = ? AND v.period_start >= ?""";

	private final JdbcClient jdbc;

	private final Indicators indicators;

	private final Regions regions;

	private final Callers callers;

	private final Clock clock;

	private final ZoneId zone;

	IndicatorQuality(JdbcClient jdbc, Indicators indicators, Regions regions, Callers callers, Clock clock,
			PlatformProperties platform) {
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.regions = regions;
		this.callers = callers;
		this.clock = clock;
		this.zone = platform.zone();
	}

	/**
	 * The badge of the indicator's values in the region.
	 *
	 * @throws NotFoundException for an indicator the caller may not see
	 * @throws InvalidInputException for a region the platform does not have
	 */
	public QualityBadge of(IndicatorCode code, String regionText, Caller caller) {
		IndicatorPlan plan = indicators.readable(code, caller)
			.orElseThrow(() -> new NotFoundException("The registry has no indicator " + code + " you may see"));
		if (regionText == null || !RegionCode.isValid(regionText.strip())
				|| regions.find(RegionCode.of(regionText.strip())).isEmpty()) {
			throw new InvalidInputException("region", "the platform has no region '" + regionText + "'");
		}
		RegionCode region = RegionCode.of(regionText.strip());
		callers.requireScope(caller, region);
		Instant now = clock.instant();
		Frequency frequency = plan.frequency();
		LocalDate windowStart = frequency.start(window(frequency, LocalDate.ofInstant(now, zone)));
		Map<LocalDate, Stored> values = new HashMap<>();
		jdbc.sql(VALUES).params(code.value(), region.value(), Date.valueOf(windowStart)).query((ResultSet row) -> {
			values.put(row.getObject(1, LocalDate.class), new Stored(row.getDouble(2), row.getInt(3),
					row.getObject(4, OffsetDateTime.class).toInstant()));
		});
		LocalDate first = values.keySet().stream().min(LocalDate::compareTo).orElse(windowStart);
		Tally tally = new Tally();
		for (LocalDate start = first; due(plan, start).compareTo(now) <= 0; start = frequency.next(start)) {
			tally.period(plan, values.get(start), due(plan, start));
		}
		return tally.badge(now);
	}

	/** When a value for the period starting then is due: its end plus the expected delay. */
	private Instant due(IndicatorPlan plan, LocalDate start) {
		return plan.frequency().next(start).atStartOfDay(zone).toInstant().plus(plan.expectedDelay());
	}

	private static LocalDate window(Frequency frequency, LocalDate today) {
		return switch (frequency) {
			case DAILY -> today.minusDays(365);
			case WEEKLY -> today.minusWeeks(52);
			case MONTHLY -> today.minusMonths(12);
			case QUARTERLY -> today.minusMonths(24);
			case YEARLY -> today.minusYears(5);
		};
	}

	/** A stored value: its figure, its revision and when its first revision arrived. */
	private record Stored(double figure, int revision, Instant firstArrived) {
	}

	/** The counts of the due periods met so far. */
	private static final class Tally {

		private int periods;

		private int values;

		private int timely;

		private int valid;

		private int unrevised;

		void period(IndicatorPlan plan, Stored value, Instant due) {
			periods++;
			if (value == null) {
				return;
			}
			values++;
			timely += value.firstArrived().compareTo(due) <= 0 ? 1 : 0;
			valid += plan.validRange().contains(value.figure()) ? 1 : 0;
			unrevised += value.revision() == 1 ? 1 : 0;
		}

		QualityBadge badge(Instant now) {
			return QualityBadge.of(periods == 0 ? 1 : (double) values / periods, ofValues(timely),
					ofValues(valid), ofValues(unrevised), periods, now);
		}

		/** The share of the values, 0 without any value (nothing shows the values' quality). */
		private double ofValues(int part) {
			return values == 0 ? 0 : (double) part / values;
		}
	}
}
