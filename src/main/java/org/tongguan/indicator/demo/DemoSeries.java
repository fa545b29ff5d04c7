package org.tongguan.indicator.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.ValueRange;
import org.tongguan.indicator.demo.SeriesLeaves.Leaf;
import org.tongguan.indicator.demo.SeriesModel.Aggregate;
import org.tongguan.region.Region;

/**
 * Draws the demo values of one indicator in one city from its series model: each leaf region's value is the city's
 * trend times the season, times the leaf's factor, times noise (a city-wide part and the region's own, three days
 * smoothed for daily series; log-normal where values cannot be negative); a few threshold breaches are set
 * ({@link Breaches}); values are rounded into the valid range, and the streets' values make their districts', the
 * districts' the city's.
 */
final class DemoSeries {

	/** The day a model's base value is for. */
	static final LocalDate REFERENCE = LocalDate.of(2025, 1, 1);

	/** How much of a region's noise is the city-wide part (the rest, √(1 − 0.8²) = 0.6, is its own). */
	private static final double COMMON = 0.8;

	private final long seed;

	DemoSeries(long seed) {
		this.seed = seed;
	}

	/** The values of the indicator in the city for the periods, leaves first, then districts, then the city. */
	List<DemoValue> generate(IndicatorPlan plan, SeriesModel model, CityTree city, List<Period> periods) {
		if (periods.isEmpty()) {
			return List.of();
		}
		List<Leaf> leaves = SeriesLeaves.of(plan, model, city, seed);
		double[][] values = new double[leaves.size()][periods.size()];
		boolean nonNegative = plan.validRange().min() != null && plan.validRange().min() >= 0;
		Double rain = model.season().rain();
		for (int p = 0; p < periods.size(); p++) {
			Period period = periods.get(p);
			double expected = model.base() * Math.pow(1 + model.growth(), years(period)) * model.season().factor(period);
			for (int l = 0; l < leaves.size(); l++) {
				values[l][p] = draw(model, leaves.get(l), period, expected, rain, leaves.size() == 1, nonNegative);
			}
		}
		if (model.aggregate() == Aggregate.MEAN || leaves.size() == 1) {
			Breaches.add(plan, values, periods, seed);
		}
		List<DemoValue> generated = new ArrayList<>();
		Map<Region, List<double[]>> streetsByDistrict = new LinkedHashMap<>();
		Map<Region, double[]> districts = new LinkedHashMap<>();
		for (int l = 0; l < leaves.size(); l++) {
			Leaf leaf = leaves.get(l);
			double[] rounded = rounded(plan, model, values[l]);
			add(generated, plan, leaf.region(), periods, rounded);
			if (leaf.district() != null) {
				streetsByDistrict.computeIfAbsent(leaf.district(), d -> new ArrayList<>()).add(rounded);
			}
			else if (!leaf.region().equals(city.city())) {
				districts.put(leaf.region(), rounded);
			}
		}
		streetsByDistrict.forEach((district, streets) -> {
			double[] value = rounded(plan, model, combine(model, streets, null));
			districts.put(district, value);
			add(generated, plan, district, periods, value);
		});
		if (!districts.isEmpty()) {
			List<Double> weights = districts.keySet().stream().map(d -> SeriesLeaves.weight(model, city, d)).toList();
			add(generated, plan, city.city(), periods,
					rounded(plan, model, combine(model, List.copyOf(districts.values()), weights)));
		}
		return generated;
	}

	private double draw(SeriesModel model, Leaf leaf, Period period, double expected, Double rain, boolean cityOnly,
			boolean nonNegative) {
		long code = model.code().value().hashCode();
		long region = leaf.region().code().value().hashCode();
		if (rain != null) {
			return Rain.draw(seed, code, region, period.start(), model.base() * leaf.factor(), rain, model.noise());
		}
		double normal = cityOnly ? normal(period, code, 0)
				: COMMON * normal(period, code, 0) + Math.sqrt(1 - COMMON * COMMON) * normal(period, code, region);
		return expected * leaf.factor() * noise(model.noise() * normal, nonNegative);
	}

	/**
	 * The factor of the noise: log-normal (always positive, skewed upwards like pollution or counts) for a quantity
	 * that cannot be negative, else symmetric (growth rates, which may turn negative).
	 */
	private static double noise(double deviation, boolean nonNegative) {
		return nonNegative ? Math.exp(deviation - deviation * deviation / 2) : 1 + deviation;
	}

	/** A standard normal number for the period, over three days for a daily period (so days follow each other). */
	private double normal(Period period, long code, long region) {
		long day = period.start().toEpochDay();
		if (period.frequency() != Frequency.DAILY) {
			return DemoNoise.gaussian(seed, code, region, day);
		}
		return (DemoNoise.gaussian(seed, code, region, day) + 0.8 * DemoNoise.gaussian(seed, code, region, day - 1)
				+ 0.6 * DemoNoise.gaussian(seed, code, region, day - 2)) / Math.sqrt(2);
	}

	/** The sum (SUM) or the weighted mean (MEAN; equal weights when {@code weights} is null) of the series. */
	private static double[] combine(SeriesModel model, List<double[]> series, List<Double> weights) {
		double[] combined = new double[series.get(0).length];
		for (int s = 0; s < series.size(); s++) {
			double weight = model.aggregate() == Aggregate.SUM ? 1
					: weights == null ? 1.0 / series.size() : weights.get(s);
			for (int p = 0; p < combined.length; p++) {
				combined[p] += weight * series.get(s)[p];
			}
		}
		return combined;
	}

	private static double[] rounded(IndicatorPlan plan, SeriesModel model, double[] values) {
		double[] rounded = new double[values.length];
		for (int p = 0; p < values.length; p++) {
			rounded[p] = round(clamp(values[p], plan.validRange()), model.decimals());
		}
		return rounded;
	}

	private static double clamp(double value, ValueRange range) {
		double low = range.min() == null ? value : Math.max(value, range.min());
		return range.max() == null ? low : Math.min(low, range.max());
	}

	private static double round(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
	}

	private static void add(List<DemoValue> values, IndicatorPlan plan, Region region, List<Period> periods,
			double[] figures) {
		for (int p = 0; p < periods.size(); p++) {
			values.add(new DemoValue(plan.code(), region.code(), periods.get(p), figures[p]));
		}
	}

	/** Years from the reference day to the middle of the period. */
	private static double years(Period period) {
		long days = ChronoUnit.DAYS.between(period.start(), period.end());
		return ChronoUnit.DAYS.between(REFERENCE, period.start().plusDays(days / 2)) / 365.25;
	}
}
