package org.tongguan.indicator.warning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.WarningLevel;
import org.tongguan.indicator.warning.SeriesFigures.Figure;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.shared.PlatformProperties;

/**
 * 迟报 — the scheduled lateness check: an indicator in use whose source has delivered values before is late when no
 * value (for any region) has arrived for the latest period whose end plus the plan's expected delay has passed. A
 * late indicator raises one LATE warning (黄) for its city, sent to its source department; it moves on to the next
 * period while the source stays silent, and clears when a value for that period or a later one arrives. An indicator
 * that never had a value is not late (its source has not begun delivering); retired indicators never warn.
 */
@Component
class Lateness {

	private final JdbcClient jdbc;

	private final Indicators indicators;

	private final SeriesFigures figures;

	private final WarningStore store;

	private final Regions regions;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final WarningProperties properties;

	private final ZoneId zone;

	private final Clock clock;

	Lateness(JdbcClient jdbc, Indicators indicators, SeriesFigures figures, WarningStore store, Regions regions,
			ApplicationEventPublisher events, TransactionTemplate transactions, WarningProperties properties,
			PlatformProperties platform, Clock clock) {
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.figures = figures;
		this.store = store;
		this.regions = regions;
		this.events = events;
		this.transactions = transactions;
		this.properties = properties;
		this.zone = platform.zone();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tongguan.indicator.warning.lateness-interval:PT10M}",
			initialDelayString = "${tongguan.indicator.warning.lateness-interval:PT10M}")
	void scheduled() {
		if (properties.latenessCheck()) {
			check();
		}
	}

	/** Checks every indicator in use now; answers how many are late. */
	int check() {
		Instant now = clock.instant();
		List<IndicatorCode> codes = jdbc.sql("SELECT code FROM indicator_plan WHERE retired = FALSE ORDER BY code")
			.query((rs, row) -> IndicatorCode.of(rs.getString("code")))
			.list();
		Map<IndicatorCode, IndicatorPlan> plans = indicators.plans(codes);
		Map<Series, Map<WarningKind, IndicatorWarning>> open = store.open(codes);
		int late = 0;
		for (IndicatorPlan plan : plans.values()) {
			Optional<Figure> newest = figures.newest(plan.code());
			LocalDate due = newest.isEmpty() ? null : due(plan, now);
			if (due != null && newest.get().start().isBefore(due)) {
				late++;
				Series series = new Series(plan.code(), city(newest.get().region()));
				IndicatorWarning warning = open.getOrDefault(series, Map.of()).get(WarningKind.LATE);
				transactions.executeWithoutResult(status -> raise(plan, series, due, warning, now));
			}
		}
		return late;
	}

	private void raise(IndicatorPlan plan, Series series, LocalDate due, IndicatorWarning open, Instant now) {
		Period period = new Period(plan.frequency(), due);
		Finding finding = new Finding(WarningKind.LATE, WarningLevel.YELLOW, null, null, plan.name() + " " + period
				+ " 的数据应于统计期结束后 " + delay(plan.expectedDelay()) + "内报送，来源系统 " + plan.source().system()
				+ "（" + plan.source().department() + "）尚未报送");
		if (open == null) {
			long id = store.raise(series, due, finding, plan.source().department(), now);
			events.publishEvent(new IndicatorWarningRaised(id));
		}
		else if (!open.periodStart().equals(due)) {
			store.change(open, due, finding, now);
		}
	}

	private static String delay(Duration delay) {
		return delay.toHours() % 24 == 0 ? delay.toDays() + " 天" : delay.toHours() + " 小时";
	}

	/** The first day of the latest period whose end plus the expected delay has passed. */
	private LocalDate due(IndicatorPlan plan, Instant now) {
		Frequency frequency = plan.frequency();
		LocalDate start = frequency.start(LocalDate.ofInstant(now, zone));
		while (frequency.next(start).atStartOfDay(zone).plus(plan.expectedDelay()).toInstant().isAfter(now)) {
			start = frequency.start(start.minusDays(1));
		}
		return start;
	}

	/** The city the region lies in, or the region itself above the city level. */
	private RegionCode city(RegionCode region) {
		return regions.lineage(region)
			.stream()
			.filter(found -> found.level() == RegionLevel.CITY)
			.map(Region::code)
			.findFirst()
			.orElse(region);
	}
}
