package org.tongguan.indicator.computed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;
import org.tongguan.indicator.value.ValueDraft;
import org.tongguan.indicator.value.ValueIngest;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;
import org.tongguan.sensing.DailyReading;
import org.tongguan.sensing.DailyReadings;
import org.tongguan.shared.PlatformProperties;

/**
 * Computes the sensing-based daily values of yesterday and today (the days whose totals still grow) per district and
 * city from the sensing day totals, never from the readings, and stores them as computed values; a value equal to
 * the stored one changes nothing. Runs every few minutes in the background.
 */
@Component
class SensingValues {

	private final ComputedIndicators computed;

	private final Indicators indicators;

	private final DailyReadings readings;

	private final Regions regions;

	private final ValueIngest ingest;

	private final Clock clock;

	private final ZoneId zone;

	SensingValues(ComputedIndicators computed, Indicators indicators, DailyReadings readings, Regions regions,
			ValueIngest ingest, Clock clock, PlatformProperties platform) {
		this.computed = computed;
		this.indicators = indicators;
		this.readings = readings;
		this.regions = regions;
		this.ingest = ingest;
		this.clock = clock;
		this.zone = platform.zone();
	}

	@Scheduled(initialDelay = 30, fixedDelay = 300, timeUnit = TimeUnit.SECONDS)
	void updateInBackground() {
		update();
	}

	/** Stores the values of yesterday and today; answers how many values it sent. */
	int update() {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		Map<IndicatorCode, IndicatorPlan> plans = indicators
			.plans(computed.sensing().stream().map(SensingBasis::indicator).toList());
		List<ValueDraft> values = new ArrayList<>();
		for (SensingBasis basis : computed.sensing()) {
			IndicatorPlan plan = plans.get(basis.indicator());
			if (plan != null && !plan.retired() && plan.frequency() == Frequency.DAILY) {
				values.addAll(values(basis, plan, readings.daily(basis.deviceType(), basis.metric(),
						today.minusDays(1), today)));
			}
		}
		if (!values.isEmpty()) {
			ingest.storeComputed(values);
		}
		return values.size();
	}

	/** The values of each district (when the plan is published for districts) and of each city, by day. */
	private List<ValueDraft> values(SensingBasis basis, IndicatorPlan plan, List<DailyReading> days) {
		Map<Key, List<DailyReading>> byRegionAndDay = new LinkedHashMap<>();
		boolean districts = plan.level().compareTo(RegionLevel.DISTRICT) >= 0;
		for (DailyReading day : days) {
			if (districts) {
				byRegionAndDay.computeIfAbsent(new Key(day.district(), day.day()), key -> new ArrayList<>()).add(day);
			}
			regions.find(day.district())
				.map(Region::parent)
				.ifPresent(city -> byRegionAndDay.computeIfAbsent(new Key(city, day.day()), key -> new ArrayList<>())
					.add(day));
		}
		List<ValueDraft> values = new ArrayList<>();
		byRegionAndDay.forEach((key, group) -> {
			double value = basis.value(group);
			if (plan.validRange().contains(value)) {
				values.add(new ValueDraft(plan.code().value(), key.region().value(), key.day().toString(), value));
			}
		});
		return values;
	}

	/** A region's day. */
	private record Key(RegionCode region, LocalDate day) {
	}
}
