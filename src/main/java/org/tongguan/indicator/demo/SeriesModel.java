package org.tongguan.indicator.demo;

import java.util.ArrayList;
import java.util.List;

import org.tongguan.indicator.IndicatorCode;
import org.tongguan.shared.CsvTable;

/**
 * How the demo values of one pushed indicator are drawn: its city value at the start of 2025, growing by
 * {@code growth} a year, moved by its season, with relative noise; spread over the districts (and streets) by a
 * district profile, either as shares of a total ({@link Aggregate#SUM}) or as levels around a mean
 * ({@link Aggregate#MEAN}, the city's value the mean weighted by {@code weights}).
 *
 * @param code the indicator
 * @param base the city's value on 1 January 2025
 * @param growth the relative growth per year, e.g. {@code 0.05}
 * @param season the seasonality
 * @param noise the relative standard deviation of the noise
 * @param aggregate how the districts' values make the city's
 * @param profile SUM: the districts' shares; MEAN: their levels
 * @param weights MEAN: the weights of the districts in the city's mean
 * @param spread how far, relatively, a district (or street) strays from its profile, seeded
 * @param decimals the decimals a value is rounded to
 */
record SeriesModel(IndicatorCode code, double base, double growth, Season season, double noise, Aggregate aggregate,
		DistrictProfile profile, DistrictProfile weights, double spread, int decimals) {

	/**
	 * The models of the CSV text ({@code code, base, growth, season, noise, aggregate, profile, weights, spread,
	 * decimals}).
	 *
	 * @throws IllegalStateException naming the line of a model that cannot be read
	 */
	static List<SeriesModel> read(String csv) {
		List<SeriesModel> models = new ArrayList<>();
		for (CsvTable.Row row : CsvTable.parse(csv).rows()) {
			try {
				models.add(new SeriesModel(IndicatorCode.of(row.get("code")), number(row, "base"),
						number(row, "growth"), Season.parse(row.get("season")), number(row, "noise"),
						Aggregate.valueOf(row.get("aggregate")), DistrictProfile.valueOf(row.get("profile")),
						row.get("weights") == null ? DistrictProfile.EVEN : DistrictProfile.valueOf(row.get("weights")),
						number(row, "spread"), Integer.parseInt(row.get("decimals"))));
			}
			catch (IllegalArgumentException | NullPointerException e) {
				throw new IllegalStateException("The demo series line " + row.line() + " cannot be read: " + e, e);
			}
		}
		return models;
	}

	private static double number(CsvTable.Row row, String column) {
		return Double.parseDouble(row.get(column));
	}

	/** How the districts' values make the city's. */
	enum Aggregate {
		/** The city's value is the sum of its districts' (a total: output, counts). */
		SUM,
		/** The city's value is the weighted mean of its districts' (a rate, a concentration, a price). */
		MEAN
	}
}
