package org.tongguan.indicator.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.IndicatorCode;
import org.tongguan.indicator.Period;
import org.tongguan.region.Regions;
import org.tongguan.shared.PlatformProperties;

/**
 * The demo values of the pushed indicators: for each series model, two years of the periods its indicator's source
 * would have delivered by now (a period is due once it has ended and its expected delay has passed), drawn for every
 * city of the platform with the configured seed.
 */
@Component
class DemoValues {

	/** How far back the demo values reach. */
	static final int YEARS = 2;

	private final Regions regions;

	private final IndicatorDemoProperties properties;

	private final ZoneId zone;

	private final Clock clock;

	DemoValues(Regions regions, IndicatorDemoProperties properties, PlatformProperties platform, Clock clock) {
		this.regions = regions;
		this.properties = properties;
		this.zone = platform.zone();
		this.clock = clock;
	}

	/** The values of the models' indicators (models without a plan in {@code plans} are left out). */
	List<DemoValue> generate(List<SeriesModel> models, Map<IndicatorCode, IndicatorPlan> plans) {
		return generate(models, plans, new DemoSeries(properties.seed()));
	}

	/** The values drawn by the given series generator. */
	List<DemoValue> generate(List<SeriesModel> models, Map<IndicatorCode, IndicatorPlan> plans, DemoSeries series) {
		Instant now = clock.instant();
		List<CityTree> cities = CityTree.of(regions);
		List<DemoValue> values = new ArrayList<>();
		for (SeriesModel model : models) {
			IndicatorPlan plan = plans.get(model.code());
			if (plan == null) {
				continue;
			}
			List<Period> periods = due(plan, now);
			cities.forEach(city -> values.addAll(series.generate(plan, model, city, periods)));
		}
		return values;
	}

	/** The periods of the last {@link #YEARS} years whose values the indicator's source has delivered by now. */
	List<Period> due(IndicatorPlan plan, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		List<Period> periods = new ArrayList<>();
		for (LocalDate start = plan.frequency().start(today.minusYears(YEARS)); !start.isAfter(today);
				start = plan.frequency().next(start)) {
			Period period = new Period(plan.frequency(), start);
			if (!period.end().atStartOfDay(zone).plus(plan.expectedDelay()).toInstant().isAfter(now)) {
				periods.add(period);
			}
		}
		return periods;
	}
}
