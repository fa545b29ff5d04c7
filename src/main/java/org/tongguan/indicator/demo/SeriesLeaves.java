package org.tongguan.indicator.demo;

import java.util.ArrayList;
import java.util.List;

import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.demo.SeriesModel.Aggregate;
import org.tongguan.region.Region;
import org.tongguan.region.RegionLevel;

/**
 * The regions a demo series is drawn for at its indicator's finest level (the city itself, its districts or their
 * streets), each with its factor of the city's value: for a total its share, for a mean its level; a district's
 * factor from the series' district profile, strayed by the seeded spread and normalised so that the districts make
 * the city's value (their sum, or their weighted mean), a street's from its district's and a seeded share of it.
 */
final class SeriesLeaves {

	private static final long DISTRICT_SALT = 101;

	private static final long STREET_SALT = 103;

	private SeriesLeaves() {
	}

	/** The leaves of the series in the city. */
	static List<Leaf> of(IndicatorPlan plan, SeriesModel model, CityTree city, long seed) {
		List<Region> districts = city.districts();
		if (plan.level() == RegionLevel.CITY || districts.isEmpty()) {
			return List.of(new Leaf(city.city(), null, 1));
		}
		double[] factors = new double[districts.size()];
		double total = 0;
		for (int d = 0; d < factors.length; d++) {
			Region district = districts.get(d);
			factors[d] = model.profile().of(district.code().value()) * stray(seed, model, district, DISTRICT_SALT);
			total += factors[d] * (model.aggregate() == Aggregate.SUM ? 1 : weight(model, city, district));
		}
		List<Leaf> leaves = new ArrayList<>();
		for (int d = 0; d < factors.length; d++) {
			Region district = districts.get(d);
			if (plan.level() == RegionLevel.DISTRICT || city.streetsOf(district).isEmpty()) {
				leaves.add(new Leaf(district, null, factors[d] / total));
			}
			else {
				addStreets(leaves, model, city.streetsOf(district), district, factors[d] / total, seed);
			}
		}
		return leaves;
	}

	/** The district's weight in the city's mean (the weights profile, normalised over the city's districts). */
	static double weight(SeriesModel model, CityTree city, Region district) {
		double total = city.districts().stream().mapToDouble(d -> model.weights().of(d.code().value())).sum();
		return model.weights().of(district.code().value()) / total;
	}

	private static void addStreets(List<Leaf> leaves, SeriesModel model, List<Region> streets, Region district,
			double factor, long seed) {
		double[] shares = new double[streets.size()];
		double total = 0;
		for (int i = 0; i < shares.length; i++) {
			shares[i] = 0.5 + DemoNoise.uniform(seed, model.code().value().hashCode(),
					streets.get(i).code().value().hashCode(), STREET_SALT);
			total += shares[i];
		}
		for (int i = 0; i < shares.length; i++) {
			double own = model.aggregate() == Aggregate.SUM ? shares[i] / total
					: stray(seed, model, streets.get(i), STREET_SALT);
			leaves.add(new Leaf(streets.get(i), district, factor * own));
		}
	}

	/** 1 plus the series' spread times a seeded number from −1 to 1 for the region. */
	private static double stray(long seed, SeriesModel model, Region region, long salt) {
		return 1 + model.spread() * (2 * DemoNoise.uniform(seed, model.code().value().hashCode(),
				region.code().value().hashCode(), salt) - 1);
	}

	/**
	 * A region a series is drawn for.
	 *
	 * @param region the region
	 * @param district the district of a street, {@code null} for a district or the city
	 * @param factor its factor of the city's value
	 */
	record Leaf(Region region, Region district, double factor) {
	}
}
